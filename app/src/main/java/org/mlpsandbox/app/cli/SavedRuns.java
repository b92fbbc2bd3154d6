package org.mlpsandbox.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.mlpsandbox.app.model.InputMapping;
import org.mlpsandbox.app.model.RunThumbnail;
import org.mlpsandbox.engine.data.Dataset;
import org.mlpsandbox.engine.data.Normalization;
import org.mlpsandbox.engine.io.DataSpec;
import org.mlpsandbox.engine.io.Experiment;
import org.mlpsandbox.engine.io.ExperimentFiles;
import org.mlpsandbox.engine.io.HistoryRow;
import org.mlpsandbox.engine.io.LoadedData;
import org.mlpsandbox.engine.io.SavedRun;
import org.mlpsandbox.engine.net.Network;
import org.mlpsandbox.engine.plugin.PluginRegistry;
import org.mlpsandbox.engine.train.Evaluation;
import org.mlpsandbox.engine.train.Trainer;

/** Training runs as the app's Runs tab keeps them: made from a finished trainer, added to an experiment file. */
final class SavedRuns {

    private SavedRuns() {
    }

    /**
     * A finished run: its settings, initial weights (so it can be repeated), loss curve, final results, epochs and
     * training time, and a thumbnail of its output plane.
     */
    static SavedRun of(String name, Trainer trainer, Network initial, LoadedData data, DataSpec spec,
                       List<HistoryRow> history) {
        Evaluation train = trainer.evaluate(data.train());
        Evaluation test = data.test().size() > 0 ? trainer.evaluate(data.test()) : Evaluation.NONE;
        SavedRun run = SavedRun.of(name, initial, trainer.settings(), spec, history, train.loss(),
                test.loss(), train.accuracy(), test.accuracy());
        RunThumbnail thumb = thumbnail(trainer.network(), data);
        run = run.withTime(trainer.epochCount(), trainer.progress(false).elapsedNanos() / 1e9);
        return thumb.isEmpty() ? run : run.withThumbnail(thumb.size(), thumb.classes(), thumb.cells());
    }

    /**
     * The run's thumbnail as the app draws it: over the plane of the raw data (both parts, the square the output view
     * shows), each point scaled as in training before the network sees it. {@code data} holds the scaled inputs the
     * network trained on; its normalisation gives the raw values back.
     */
    static RunThumbnail thumbnail(Network network, LoadedData data) {
        Normalization n = data.normalization();
        Dataset raw = n.restore(both(data.train(), data.test()));
        return RunThumbnail.of(network, raw, InputMapping.identity(data.inputCount()).withNormalization(n),
                RunThumbnail.SIZE);
    }

    /** The samples of {@code a}, then those of {@code b}. */
    private static Dataset both(Dataset a, Dataset b) {
        if (b.size() == 0) {
            return a;
        }
        double[] x = java.util.Arrays.copyOf(a.x(), a.x().length + b.x().length);
        System.arraycopy(b.x(), 0, x, a.x().length, b.x().length);
        double[] y = java.util.Arrays.copyOf(a.y(), a.y().length + b.y().length);
        System.arraycopy(b.y(), 0, y, a.y().length, b.y().length);
        return new Dataset(a.name(), a.inputCount(), a.targetCount(), a.classCount(), x, y);
    }

    /**
     * Adds the run to the {@code "runs"} of an experiment file (made from this run when missing), named after the
     * highest run number there ("Run 4" after "Run 3").
     *
     * @return what was written, for the summary
     */
    static String append(Path file, Trainer trainer, Network initial, LoadedData data, DataSpec spec,
                         List<HistoryRow> history, PluginRegistry plugins) throws IOException {
        Experiment target = Files.exists(file) ? ExperimentFiles.load(file, plugins)
                : Experiment.of(trainer.network(), trainer.settings(), spec, history);
        int number = 1;
        for (SavedRun r : target.runs()) {
            number = Math.max(number, r.number() + 1);
        }
        List<SavedRun> runs = new ArrayList<>(target.runs());
        runs.add(of("Run " + number, trainer, initial, data, spec, history));
        ExperimentFiles.save(file, target.withRuns(runs));
        return "run " + number + " to " + file;
    }
}
