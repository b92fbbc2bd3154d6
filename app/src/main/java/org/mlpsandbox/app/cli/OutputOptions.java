package org.mlpsandbox.app.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code train}'s output options: what is written at the end. */
final class OutputOptions {

    @Option(names = "--save", paramLabel = "FILE",
            description = "Save the experiment (network, weights, settings, data, history) as JSON.")
    Path save;

    @Option(names = "--history", paramLabel = "FILE",
            description = "Write the loss history as CSV: epoch, step, train loss, test loss, accuracy.")
    Path history;

    @Option(names = "--chart", paramLabel = "FILE", description = "Draw the loss chart into a PNG file.")
    Path chart;

    @Option(names = "--append-history", paramLabel = "FILE",
            description = {"Add this run (settings, initial weights, loss curve, final results) to the run "
                    + "history of an experiment file, as the app's Runs tab shows it; the file's own network "
                    + "stays. A missing file is made from this run."})
    Path appendHistory;

    @Option(names = {"-q", "--quiet"}, description = "No progress display, only the summary.")
    boolean quiet;
}
