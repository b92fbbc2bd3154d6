package org.mlpsandbox.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.mlpsandbox.engine.data.Dataset;
import org.mlpsandbox.engine.io.DataSpec;
import org.mlpsandbox.engine.io.LoadedData;
import org.mlpsandbox.engine.math.Vectors;
import org.mlpsandbox.engine.net.Network;
import org.mlpsandbox.engine.net.Workspace;
import org.mlpsandbox.engine.train.Evaluation;
import org.mlpsandbox.engine.train.Evaluator;
import org.mlpsandbox.engine.train.RegressionMetrics;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code eval MODEL}: loss and accuracy of a saved model on its own data (made again from the saved data spec, with
 * the same train/test split) or on other data, and for classification the confusion matrix.
 */
@Command(name = "eval", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true,
        abbreviateSynopsis = true,
        description = {"Evaluates a saved model: loss, accuracy and, for classification, a confusion matrix.",
            "Without --data, on the data it was trained on (made again from the file, same split); options such as "
                    + "--noise or --seed change that data. With --data, on all samples of that data unless "
                    + "--test-ratio is given."},
        footerHeading = "%nExamples:%n",
        footer = {"  eval model.json", "  eval model.json --noise 0.5 --seed 7", "  eval model.json --data test.csv"})
final class EvalCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "MODEL", description = "An experiment file written by train --save.")
    Path model;

    @ArgGroup(validate = false, heading = "%nData (default: the model's own):%n")
    DataOptions dataGroup;

    @Option(names = "--seed", paramLabel = "S",
            description = "Seed of the data (default: the one saved in the model).")
    Long seed;

    @Mixin
    PluginOptions pluginOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        DataOptions dataOptions = dataGroup != null ? dataGroup : new DataOptions();
        var plugins = pluginOptions.registry();
        SavedModel opened = SavedModel.open(model, plugins);
        Network network = opened.network();
        DataSpec saved = opened.experiment().data();
        DataSpec dataSpec;
        try {
            if (dataOptions.normalize != null) {
                throw new IllegalArgumentException("--normalize is chosen when training; the model scales its "
                        + "inputs with the statistics it was trained with");
            }
            dataSpec = dataOptions.given()
                    ? dataOptions.spec(null, 0.0, seed != null ? seed : saved.seed(), plugins.dataSources())
                            .withNormalization(saved.normalization())
                    : dataOptions.over(saved, seed);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        LoadedData data = dataSpec.load(plugins.dataSources());
        if (data.inputCount() != network.inputs()) {
            throw new CommandFailedException("the model " + model + " takes " + network.inputs() + " inputs, but the "
                    + "data " + dataSpec.name() + " has " + data.inputCount() + " per sample");
        }
        LoadedData fitted;
        try {
            fitted = data.withTargetColumns(network.outputs());
        } catch (IllegalArgumentException e) {
            throw new CommandFailedException("the model " + model + " does not fit the data: " + e.getMessage(), e);
        }

        out.println("model  " + model + ": " + Text.network(network.spec()) + "  (" + network.spec().loss().id()
                + ")");
        out.println("data   " + dataSpec.describe());
        boolean classifies = fitted.isClassification();
        out.println(String.format("%-6s %8s  %-10s  %s", "part", "samples", "loss",
                classifies ? "accuracy" : String.format("%-10s  %-10s  %s", "R^2", "RMSE", "MAE")));
        boolean split = fitted.test().size() > 0;
        row(out, split ? "train" : "all", Evaluator.evaluate(network, fitted.train()), network, fitted.train());
        if (split) {
            row(out, "test", Evaluator.evaluate(network, fitted.test()), network, fitted.test());
        }
        if (fitted.isClassification()) {
            Dataset part = split ? fitted.test() : fitted.train();
            out.println();
            String where = split ? "the test part" : "all " + part.size() + " samples";
            out.println("confusion matrix on " + where + " (rows: true class, columns: predicted class)");
            printMatrix(out, confusion(network, part), data.classNames());
        }
        out.flush();
        return 0;
    }

    private static void row(PrintWriter out, String part, Evaluation e, Network network, Dataset data) {
        String quality;
        if (data.isClassification()) {
            quality = Text.percent(e.accuracy());
        } else {
            RegressionMetrics m = RegressionMetrics.of(network, data);
            quality = String.format("%-10s  %-10s  %s", Text.loss(m.r2()), Text.loss(m.rmse()), Text.loss(m.mae()));
        }
        out.println(String.format("%-6s %8d  %-10s  %s", part, e.samples(), Text.loss(e.loss()), quality));
    }

    /** counts[true][predicted] over the samples of {@code data}. */
    static long[][] confusion(Network network, Dataset data) {
        int classes = data.classCount();
        long[][] counts = new long[classes][classes];
        int in = data.inputCount();
        int outs = network.outputs();
        Workspace ws = network.newWorkspace(Math.min(256, data.size()));
        double[] x = new double[ws.capacity() * in];
        for (int start = 0; start < data.size(); start += ws.capacity()) {
            int rows = Math.min(ws.capacity(), data.size() - start);
            System.arraycopy(data.x(), start * in, x, 0, rows * in);
            network.forward(x, rows, ws);
            for (int r = 0; r < rows; r++) {
                counts[data.label(start + r)][Vectors.classOf(ws.output(), r * outs, outs)]++;
            }
        }
        return counts;
    }

    static void printMatrix(PrintWriter out, long[][] counts, List<String> names) {
        int classes = counts.length;
        String[] labels = new String[classes];
        int width = 5;
        for (int c = 0; c < classes; c++) {
            String name = c < names.size() ? names.get(c) : String.valueOf(c);
            labels[c] = name.length() > 12 ? name.substring(0, 11) + "~" : name;
            width = Math.max(width, labels[c].length() + 1);
            for (long v : counts[c]) {
                width = Math.max(width, String.valueOf(v).length() + 1);
            }
        }
        StringBuilder header = new StringBuilder(" ".repeat(width));
        for (String label : labels) {
            header.append(String.format("%" + width + "s", label));
        }
        out.println(header);
        for (int t = 0; t < classes; t++) {
            StringBuilder line = new StringBuilder(String.format("%" + width + "s", labels[t]));
            for (int p = 0; p < classes; p++) {
                line.append(String.format("%" + width + "d", counts[t][p]));
            }
            out.println(line);
        }
    }
}
