package org.mlpsandbox.app.cli;

import java.util.List;

/** The list of subcommands, in the order {@code --help} shows them. Add a command here to make it available. */
final class Subcommands {

    private Subcommands() {
    }

    static List<Object> all() {
        return List.of(new TrainCommand(), new EvalCommand(), new PredictCommand(), new ExportCommand(),
                new SweepCommand(), new BenchCommand(), new PluginsCommand(), new RenderCommand());
    }
}
