package org.mlpsandbox.app;

import org.mlpsandbox.app.cli.RootCommand;
import picocli.CommandLine;

/**
 * Entry point of the one jar. With a subcommand it runs headless; with none it opens the window, or, where there is no
 * display, explains how to run headless.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(RootCommand.execute(args, System.out, System.err));
    }
}
