package org.mlpsandbox.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import org.mlpsandbox.engine.limits.MemoryBudget;
import org.mlpsandbox.engine.limits.NotEnoughMemoryException;
import org.mlpsandbox.engine.plugin.PluginFailedException;
import org.mlpsandbox.engine.train.TrainingStoppedException;
import picocli.CommandLine;

/**
 * Turns an exception from a command into one line on stderr and exit code 1; the stack trace only with
 * {@code --verbose} (or the system property {@code mlpsandbox.verbose}). {@link Usage} does the same for bad
 * arguments, with exit code 2.
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine cl, CommandLine.ParseResult parseResult) {
        boolean verbose = Boolean.getBoolean("mlpsandbox.verbose") || hasVerbose(parseResult);
        PrintWriter err = cl.getErr();
        err.println("error: " + describe(e) + (verbose || expected(e) ? "" : " (run with --verbose for details)"));
        if (verbose) {
            e.printStackTrace(err);
        }
        err.flush();
        return 1;
    }

    /**
     * The line for a command that ran out of memory after all (the {@link NotEnoughMemoryException} checks come
     * first, so this is the last resort): what happened and how to get more.
     */
    static String outOfMemory() {
        return "error: ran out of memory (Java heap maximum " + MemoryBudget.format(Runtime.getRuntime().maxMemory())
                + "); start java with a larger -Xmx, e.g. java -Xmx4g -jar mlp-sandbox.jar ...";
    }

    /** One line saying what went wrong, without the exception's class name where the message says it all. */
    static String describe(Throwable e) {
        if (e instanceof NoSuchFileException f) {
            return f.getReason() != null ? f.getFile() + ": " + f.getReason() : "no such file: " + f.getFile();
        }
        if (e instanceof AccessDeniedException f) {
            return "permission denied: " + f.getFile();
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getFile() + ": " + f.getReason();
        }
        String message = firstLine(e.getMessage());
        if (message.isEmpty()) {
            return e.getClass().getSimpleName();
        }
        return expected(e) ? message : e.getClass().getSimpleName() + ": " + message;
    }

    /** Failures a user can cause and whose message explains them; anything else may be a bug. */
    private static boolean expected(Throwable e) {
        return e instanceof IOException || e instanceof IllegalArgumentException
                || e instanceof CommandFailedException || e instanceof TrainingStoppedException
                || e instanceof PluginFailedException;
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }

    private static boolean hasVerbose(CommandLine.ParseResult pr) {
        for (CommandLine.ParseResult p = pr; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Bad arguments: "error: <what is wrong and what is allowed>", suggestions for a mistyped option, and where to
     * find the options; exit code 2.
     */
    static final class Usage implements CommandLine.IParameterExceptionHandler {

        @Override
        public int handleParseException(CommandLine.ParameterException e, String[] args) {
            CommandLine cl = e.getCommandLine();
            PrintWriter err = cl.getErr();
            if (e.getCause() instanceof NotEnoughMemoryException tooLarge) {
                // well-formed arguments asking for more than this JVM has: a refusal, not a usage mistake
                err.println("error: " + firstLine(tooLarge.getMessage()));
                err.flush();
                return 1;
            }
            err.println("error: " + firstLine(e.getMessage()));
            CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
            err.println("Usage: " + cl.getHelp().synopsis(0).strip().replaceAll("\\s+", " "));
            err.println("Run '" + cl.getCommandSpec().qualifiedName() + " --help' for all options.");
            err.flush();
            return cl.getCommandSpec().exitCodeOnInvalidInput();
        }
    }
}
