package org.mlpsandbox.app.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.mlpsandbox.engine.math.Kernels;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ScopeType;

/**
 * {@code mlp-sandbox [command]}: no command opens the desktop app; subcommands run headless.
 */
@Command(name = "mlp-sandbox", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Build multi-layer perceptrons, train them with backpropagation, watch them learn.%n"
                + "Without a command, opens the desktop app (with EXPERIMENT open, when one is given).",
        subcommands = {CommandLine.HelpCommand.class},
        footerHeading = "%nExit codes:%n",
        footer = {"  0 success, 1 failure (one line on stderr: 'error: ...'), 2 bad arguments."})
public final class RootCommand implements Callable<Integer> {

    @Mixin
    PluginOptions pluginOptions;

    @Option(names = "--verbose", scope = ScopeType.INHERIT,
            description = "Print the stack trace with an error message, and which backend computes the matrix"
                    + " products (OpenBLAS or the Java kernels).")
    boolean verbose;

    @Parameters(arity = "0..1", paramLabel = "EXPERIMENT",
            description = "An experiment file (.json) to open in the window, as a double-click in the file manager does.")
    Path experiment;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (experiment != null && !Files.isRegularFile(experiment)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "'" + experiment + "' is neither a command nor an experiment file");
        }
        List<String> headless = spec.commandLine().getSubcommands().entrySet().stream()
                .filter(e -> !e.getValue().getCommandSpec().helpCommand()).map(Map.Entry::getKey).toList();
        return DesktopLauncher.launch(pluginOptions, experiment, headless, spec.commandLine().getOut(),
                spec.commandLine().getErr());
    }

    /** Builds the command line with every subcommand. */
    public static CommandLine commandLine(PrintStream out, PrintStream err) {
        CommandLine cl = new CommandLine(new RootCommand());
        for (Object sub : Subcommands.all()) {
            cl.addSubcommand(sub);
        }
        CommandLine predict = cl.getSubcommands().get("predict");
        if (predict != null) {
            // Samples such as -1.2,0.5 start with a dash; they are values, not unknown options.
            predict.setUnmatchedOptionsArePositionalParams(true);
        }
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        cl.setExecutionExceptionHandler(new ErrorHandler());
        cl.setParameterExceptionHandler(new ErrorHandler.Usage());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionStrategy(parseResult -> {
            if (Boolean.getBoolean("mlpsandbox.verbose") || ErrorHandler.hasVerbose(parseResult)) {
                cl.getErr().println("matrix products: " + Kernels.description());
            }
            return new CommandLine.RunLast().execute(parseResult);
        });
        return cl;
    }

    /** Runs the command line and returns its exit code. In-process tests call this too. */
    public static int execute(String[] args, PrintStream out, PrintStream err) {
        try {
            return commandLine(out, err).execute(args);
        } catch (OutOfMemoryError e) {
            err.println(ErrorHandler.outOfMemory());
            err.flush();
            return 1;
        }
    }
}
