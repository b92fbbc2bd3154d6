package org.mlpsandbox.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.mlpsandbox.engine.plugin.PluginFolders;

/**
 * Runs the command line in-process with captured output. Unless a test chose a home folder of its own (the system
 * property {@link PluginFolders#HOME_PROPERTY}), a private one is used, so that plugin jars in the real per-user folder
 * cannot change the results and the tests create nothing there.
 */
final class Cli {

    private static final Path HOME;

    static {
        try {
            HOME = Files.createTempDirectory("mlp-sandbox-cli-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What one run printed and returned. */
    record Result(int exitCode, String out, String err) {

        /** Asserts the exit code, showing both streams when it differs. */
        Result expect(int code) {
            assertEquals(code, exitCode, "exit code; stdout:\n" + out + "\nstderr:\n" + err);
            return this;
        }

        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    private Cli() {
    }

    static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String savedHome = System.getProperty(PluginFolders.HOME_PROPERTY);
        if (savedHome == null) {
            System.setProperty(PluginFolders.HOME_PROPERTY, HOME.toString());
        }
        try {
            int code = RootCommand.execute(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            if (savedHome == null) {
                System.clearProperty(PluginFolders.HOME_PROPERTY);
            } else {
                System.setProperty(PluginFolders.HOME_PROPERTY, savedHome);
            }
        }
    }
}
