package org.mlpsandbox.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.mlpsandbox.engine.data.Dataset;
import org.mlpsandbox.engine.io.DataSpec;
import org.mlpsandbox.engine.io.Experiment;
import org.mlpsandbox.engine.io.ExperimentFiles;
import org.mlpsandbox.engine.io.HistoryCsv;
import org.mlpsandbox.engine.io.HistoryRow;
import org.mlpsandbox.app.lesson.Lesson;
import org.mlpsandbox.app.lesson.LessonLibrary;
import org.mlpsandbox.app.lesson.LessonRun;
import org.mlpsandbox.app.lesson.LessonSetup;
import org.mlpsandbox.engine.io.LoadedData;
import org.mlpsandbox.engine.net.LayerSpec;
import org.mlpsandbox.engine.net.Network;
import org.mlpsandbox.engine.net.NetworkSpec;
import org.mlpsandbox.engine.plugin.PluginChoice;
import org.mlpsandbox.engine.plugin.PluginKind;
import org.mlpsandbox.engine.plugin.PluginRegistry;
import org.mlpsandbox.engine.train.Evaluation;
import org.mlpsandbox.engine.train.LearningRateSchedule;
import org.mlpsandbox.engine.train.ProgressEvent;
import org.mlpsandbox.engine.train.RegressionMetrics;
import org.mlpsandbox.engine.train.StopConditions;
import org.mlpsandbox.engine.train.Trainer;
import org.mlpsandbox.engine.train.TrainingSettings;
import org.mlpsandbox.engine.train.TrainingStoppedException;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code train}: builds a network for the data, trains it epoch by epoch with a progress display, prints a summary and
 * writes the model, the loss history and the loss chart on request.
 *
 * <p>One {@code --seed S} makes the whole run reproducible: the data uses S (and S + 1 for the train/test split), the
 * initial weights S + 2 and the shuffling S + 3. Same arguments ⇒ the same history file, bit for bit.
 */
@Command(name = "train", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true,
        abbreviateSynopsis = true,
        description = "Trains a multi-layer perceptron on a dataset and reports loss, accuracy and speed.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  train --data circle --layers 8:tanh,8:tanh --epochs 200 --save model.json",
            "  train --data spiral --layers 16:relu,16:relu --optimizer adam --lr 0.01",
            "  train --data iris.csv --target species --layers 16:leaky-relu:alpha=0.1",
            "  train --data digits --epochs 10 --batch 32 --chart loss.png",
            "  train --lesson 6            (a lesson's setup; see the app's Lessons menu)",
            "",
            "Plugin parameters: ID(KEY=VALUE,...), quoted in a shell, or ID:KEY=VALUE:...",
            "e.g. '8:leaky-relu(alpha=0.1)' or 8:leaky-relu:alpha=0.1; the same for --output,",
            "--loss, --init and --optimizer. 'mlp-sandbox plugins list' shows the plugins."})
final class TrainCommand implements Callable<Integer> {

    static final String DEFAULT_DATA = "circle";
    static final double DEFAULT_TEST_RATIO = 0.2;

    @Option(names = "--lesson", paramLabel = "NAME", order = 0,
            description = "Train a lesson's setup (its number or id, e.g. 6 or hidden-layer-circle) instead of "
                    + "giving data and network options; --epochs and the output options still apply.")
    String lesson;

    @ArgGroup(validate = false, heading = "%nData:%n", order = 1)
    DataOptions dataGroup;

    @ArgGroup(validate = false, heading = "%nNetwork:%n", order = 2)
    NetworkOptions networkGroup;

    @ArgGroup(validate = false, heading = "%nTraining:%n", order = 3)
    TrainingOptions trainingGroup;

    @ArgGroup(validate = false, heading = "%nStopping early:%n", order = 4)
    StopOptions stopGroup;

    @ArgGroup(validate = false, heading = "%nOutput:%n", order = 5)
    OutputOptions outputGroup;

    @Mixin
    PluginOptions pluginOptions;

    @Mixin
    BackendOptions backendOptions;

    @Spec
    CommandSpec spec;

    /** What the command line asks for, checked before any data is loaded. */
    record Plan(DataSpec data, List<LayerSpec> hidden, PluginChoice output, PluginChoice loss,
                        PluginChoice init, TrainingSettings settings, int epochs) {
    }

    @Override
    public Integer call() throws Exception {
        return backendOptions.applied(spec.commandLine(), this::train);
    }

    private Integer train() throws IOException {
        TrainingOptions training = trainingGroup != null ? trainingGroup : new TrainingOptions();
        OutputOptions output = outputGroup != null ? outputGroup : new OutputOptions();
        if (output.chart != null) {
            LossChart.useHeadlessAwt();
        }
        PrintWriter out = spec.commandLine().getOut();
        PluginRegistry plugins = pluginOptions.registry();
        if (lesson != null) {
            return trainLesson(training, output, plugins, out);
        }
        usage(() -> {
            checkFolder("--save", output.save);
            checkFolder("--history", output.history);
            checkFolder("--chart", output.chart);
            return null;
        });
        Prepared run = prepare(plugins);
        RunHeader.print(out, run.trainer(), run.plan(), run.fitted(), training.seed);
        return trainAndReport(run.trainer(), run.fitted(), run.saved(), run.plan().epochs(), output, out, plugins);
    }

    /** The {@code --lr-schedule} given, constant by default. */
    LearningRateSchedule schedule() {
        return usage((trainingGroup != null ? trainingGroup : new TrainingOptions())::schedule);
    }

    /** The stop options given. */
    StopConditions stopConditions() {
        return usage((stopGroup != null ? stopGroup : new StopOptions())::conditions);
    }

    /** A run ready to train: the trainer, its data, and the data spec to save (with the fitted normalisation). */
    record Prepared(Plan plan, Trainer trainer, LoadedData fitted, DataSpec saved) {
    }

    /** Checks the options, loads the data and builds the network and its trainer (for {@code train} and sweeps). */
    Prepared prepare(PluginRegistry plugins) throws IOException {
        DataOptions data = dataGroup != null ? dataGroup : new DataOptions();
        NetworkOptions net = networkGroup != null ? networkGroup : new NetworkOptions();
        TrainingOptions training = trainingGroup != null ? trainingGroup : new TrainingOptions();
        Plan plan = usage(() -> {
            training.schedule(); // refused before the data is loaded
            return plan(data, net, training, plugins);
        });
        LoadedData loaded = plan.data().load(plugins.dataSources());
        LayerSpec outputLayer = usage(() -> Outputs.layer(loaded.train(), plan.output(), plugins));
        PluginChoice lossChoice = plan.loss() != null ? plan.loss()
                : usage(() -> PluginSyntax.resolve(plugins, PluginKind.LOSS,
                        Outputs.loss(outputLayer.activation(), plugins)));
        List<LayerSpec> all = new ArrayList<>(plan.hidden());
        all.add(outputLayer);
        NetworkSpec netSpec = new NetworkSpec(loaded.inputCount(), all, lossChoice, plan.init(), training.seed + 2);
        Network network = usage(() -> Network.build(netSpec, plugins));
        LoadedData fitted = usage(() -> loaded.withTargetColumns(network.outputs()));
        Trainer trainer = new Trainer(network, fitted.train(), fitted.test(), plan.settings(), plugins);
        DataSpec saved = plan.data().withNormalization(loaded.normalization())
                .withLabels(plan.data().kind() == DataSpec.Kind.CSV ? loaded.classNames() : List.of());
        return new Prepared(plan, trainer, fitted, saved);
    }

    /** {@code --lesson}: the lesson's data, network and settings; only epochs and outputs may be changed. */
    private int trainLesson(TrainingOptions training, OutputOptions output, PluginRegistry plugins, PrintWriter out)
            throws IOException {
        LessonSetup setup = usage(() -> {
            if (dataGroup != null || networkGroup != null) {
                throw new IllegalArgumentException("--lesson sets the data and the network itself; leave out the "
                        + "data and network options (only --epochs and the output options go with it)");
            }
            checkFolder("--save", output.save);
            checkFolder("--history", output.history);
            checkFolder("--chart", output.chart);
            LessonLibrary.Loaded lessons = LessonLibrary.withDefaultFolder().load(plugins);
            Lesson found = lessons.find(lesson).orElseThrow(() -> lessons.problemOf(lesson)
                    .<RuntimeException>map(p -> new CommandFailedException("lesson '" + lesson + "' cannot be used: "
                            + p))
                    .orElseGet(() -> new IllegalArgumentException("no lesson '" + lesson + "'; the lessons are: "
                            + String.join(", ", lessons.ids()))));
            return found.setup().orElseThrow(() -> new IllegalArgumentException("lesson '" + found.id() + "' ("
                    + found.title() + ") is interactive and has nothing to train headless; open it in the app's "
                    + "Lessons menu"));
        });
        LessonRun run;
        try {
            run = setup.prepare(plugins);
        } catch (IllegalArgumentException e) {
            throw new CommandFailedException("lesson " + lesson + ": " + e.getMessage(), e);
        }
        int epochs = training.epochs != null ? training.epochs : run.epochs();
        if (epochs < 1) {
            throw new ParameterException(spec.commandLine(), "--epochs must be at least 1, got " + epochs);
        }
        Network network = run.network();
        TrainingSettings settings = run.settings();
        out.println("lesson   " + lesson);
        out.println("network  " + Text.network(network.spec()) + "  (" + network.spec().loss().id() + ", init "
                + network.spec().initializer().id() + ", " + Text.count(network.parameterCount()) + " parameters)");
        out.println("training " + PluginSyntax.format(settings.optimizer()) + ", lr "
                + Text.number(settings.learningRate()) + ", batch " + settings.batchSize() + ", " + epochs
                + " epochs");
        LoadedData data = new LoadedData(run.data().train(), run.data().test(), List.of());
        return trainAndReport(run.newTrainer(), data, setup.dataSpec(plugins), epochs, output, out, plugins);
    }

    /** Trains, prints the summary and writes the requested files; a stop becomes exit code 1 after the files. */
    private int trainAndReport(Trainer trainer, LoadedData fitted, DataSpec dataSpec, int epochs,
                               OutputOptions output, PrintWriter out, PluginRegistry plugins) throws IOException {
        usage(() -> {
            checkFolder("--append-history", output.appendHistory);
            return null;
        });
        LearningRateSchedule schedule = schedule();
        StopConditions stop = stopConditions();
        Network initial = trainer.network().copy(); // for --append-history: the run can be repeated exactly
        List<HistoryRow> history = new ArrayList<>();
        EpochLoop.Outcome outcome = EpochLoop.run(trainer, epochs, schedule, stop, history,
                new ProgressPrinter(out, ProgressPrinter.modeFor(output.quiet), epochs));
        TrainingStoppedException stopped = outcome.failure();
        summarize(trainer, fitted, stopped, out);
        if (stopped == null && (stop.any() || schedule != LearningRateSchedule.CONSTANT)) {
            out.println("stop     " + outcome.reason().describe(stop) + (schedule == LearningRateSchedule.CONSTANT
                    ? "" : "; lr schedule " + schedule.syntax()));
            if (stop.patience() > 0) {
                out.println("best     epoch " + outcome.best() + (outcome.restored() ? ": its weights are kept"
                        + " (the summary above is for them)" : " (the last one)"));
            }
        }

        List<String> written = write(output, Experiment.of(trainer.network(), trainer.settings(), dataSpec, history),
                history, trainer.network().spec(), dataSpec);
        if (output.appendHistory != null) {
            written.add(SavedRuns.append(output.appendHistory, trainer, initial, fitted, dataSpec, history, plugins));
        }
        if (!written.isEmpty()) {
            out.println((stopped == null ? "wrote " : "wrote the last good state: ") + String.join(", ", written));
        }
        out.flush();
        if (stopped != null) {
            throw new CommandFailedException(stopped.getMessage()
                    + (written.isEmpty() ? "" : " (wrote " + String.join(", ", written) + ")"), stopped);
        }
        return 0;
    }

    private Plan plan(DataOptions dataOptions, NetworkOptions net, TrainingOptions t, PluginRegistry plugins) {
        DataSpec data = dataOptions.spec(DEFAULT_DATA, DEFAULT_TEST_RATIO, t.seed, plugins.dataSources());
        List<LayerSpec> hidden = new ArrayList<>();
        String layerText = net.layers != null ? net.layers : DataOptions.defaultLayers(data.kind());
        for (LayerSpec layer : PluginSyntax.layers(layerText)) {
            PluginChoice activation;
            try {
                activation = PluginSyntax.resolve(plugins, PluginKind.ACTIVATION, layer.activation());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--layers " + PluginSyntax.format(layer) + ": " + e.getMessage(),
                        e);
            }
            hidden.add(new LayerSpec(layer.size(), activation));
        }
        PluginChoice outputChoice = net.output == null ? null
                : named("--output", () -> PluginSyntax.resolve(plugins, PluginKind.ACTIVATION,
                        PluginSyntax.choice(net.output)));
        PluginChoice lossChoice = net.loss == null ? null
                : named("--loss", () -> PluginSyntax.resolve(plugins, PluginKind.LOSS,
                        PluginSyntax.choice(net.loss)));
        PluginChoice initChoice = named("--init", () -> PluginSyntax.resolve(plugins, PluginKind.INITIALIZER,
                PluginSyntax.choice(net.init)));
        PluginChoice optimizerChoice = named("--optimizer", () -> {
            PluginChoice c = PluginSyntax.choice(t.optimizer);
            for (Map.Entry<String, Double> e : t.optimizerParameters.entrySet()) {
                c = c.with(e.getKey(), e.getValue());
            }
            return PluginSyntax.resolve(plugins, PluginKind.OPTIMIZER, c);
        });
        double lr = t.learningRate != null ? t.learningRate
                : TrainingSettings.defaultLearningRate(optimizerChoice.id());
        positive("--lr", lr);
        if (t.biasLearningRate != null) {
            positive("--bias-lr", t.biasLearningRate);
        }
        if (t.batch < 1) {
            throw new IllegalArgumentException("--batch must be at least 1 (1 = one sample at a time), got "
                    + t.batch);
        }
        if (!(t.l1 >= 0) || !(t.l2 >= 0) || Double.isInfinite(t.l1) || Double.isInfinite(t.l2)) {
            throw new IllegalArgumentException("--l1 and --l2 must be 0 (off) or more, e.g. 0.001; got " + t.l1
                    + " and " + t.l2);
        }
        int epochCount = t.epochs != null ? t.epochs
                : data.kind() == DataSpec.Kind.DIGITS || data.kind() == DataSpec.Kind.MNIST ? 10 : 100;
        if (epochCount < 1) {
            throw new IllegalArgumentException("--epochs must be at least 1, got " + epochCount);
        }
        TrainingSettings settings = new TrainingSettings(optimizerChoice, lr,
                t.biasLearningRate == null ? Double.NaN : t.biasLearningRate, t.batch, t.l1, t.l2, !t.noShuffle,
                t.seed + 3);
        return new Plan(data, hidden, outputChoice, lossChoice, initChoice, settings, epochCount);
    }

    private void summarize(Trainer trainer, LoadedData data, TrainingStoppedException stopped, PrintWriter out) {
        ProgressEvent end = trainer.progress(false);
        out.println((stopped == null ? "done     " : "stopped  ") + trainer.epochCount() + " epochs, "
                + Text.count(trainer.stepCount()) + " steps in " + Text.seconds(end.elapsedNanos()) + ", "
                + Text.count(end.samplesPerSecond()) + " samples/s");
        report(out, "train", trainer.evaluate(data.train()), trainer.network(), data.train());
        if (data.test().size() > 0) {
            report(out, "test", trainer.evaluate(data.test()), trainer.network(), data.test());
        }
    }

    private static void report(PrintWriter out, String part, Evaluation e, Network network, Dataset data) {
        out.println(String.format("%-8s loss %s", part, Text.loss(e.loss()))
                + (Double.isNaN(e.accuracy()) ? "" : "  accuracy " + Text.percent(e.accuracy()))
                + (data.isClassification() ? "" : "  " + Text.regression(RegressionMetrics.of(network, data))));
    }

    /** Writes the requested files; returns what was written, for the summary. */
    private static List<String> write(OutputOptions output, Experiment experiment, List<HistoryRow> history,
                                      NetworkSpec netSpec, DataSpec data) throws IOException {
        List<String> written = new ArrayList<>();
        if (output.save != null) {
            ExperimentFiles.save(output.save, experiment);
            written.add("model " + output.save);
        }
        if (output.history != null) {
            HistoryCsv.write(output.history, history);
            written.add("history " + output.history);
        }
        if (output.chart != null) {
            LossChart.write(output.chart, history, "Loss on " + data.name() + ", " + Text.shape(netSpec)
                    + " network");
            written.add("chart " + output.chart);
        }
        return written;
    }

    /** Refuses an output file whose folder does not exist, before any training time is spent. */
    private static void checkFolder(String option, Path file) {
        if (file == null) {
            return;
        }
        Path folder = file.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new IllegalArgumentException(option + " " + file + ": the folder " + folder + " does not exist");
        }
        if (Files.isDirectory(file)) {
            throw new IllegalArgumentException(option + " " + file + " is a folder; give a file name");
        }
    }

    private static void positive(String option, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(option + " must be a positive number, got " + value
                    + "; typical values are 0.001 to 1 (e.g. 0.01)");
        }
    }

    /** Prefixes the option name to a failure message. */
    private static <T> T named(String option, Supplier<T> work) {
        try {
            return work.get();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(option + ": " + e.getMessage(), e);
        }
    }

    /** Runs a check; a refusal becomes a usage error (exit code 2) with the message. */
    private <T> T usage(Supplier<T> work) {
        try {
            return work.get();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }
}
