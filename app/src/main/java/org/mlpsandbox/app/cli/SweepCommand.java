package org.mlpsandbox.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.mlpsandbox.engine.io.Experiment;
import org.mlpsandbox.engine.io.ExperimentFiles;
import org.mlpsandbox.engine.io.HistoryRow;
import org.mlpsandbox.engine.io.SavedRun;
import org.mlpsandbox.engine.net.Network;
import org.mlpsandbox.engine.plugin.PluginRegistry;
import org.mlpsandbox.engine.train.Evaluation;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * {@code sweep}: trains one network per point of a grid (or of a random sample of it) on all cores, prints the runs as
 * a table sorted best first, and writes the table and an experiment file holding every run (the app's Runs tab
 * overlays them; the file's network is the best run's, so opening it in the app reopens the best run).
 */
@Command(name = "sweep", mixinStandardHelpOptions = true, usageHelpAutoWidth = true, sortOptions = false,
        description = {"Trains one network per combination of the --grid values, in parallel, and ranks the runs "
                + "(by test accuracy for classes, by test loss for regression).",
            "Every other option is train's (data, network, training, stopping) and applies to all runs."},
        footerHeading = "%nExamples:%n",
        footer = {"  sweep --data spiral --epochs 200 --grid 'lr=0.3;0.1;0.03' \\",
            "        --grid 'layers=8:tanh;16:relu;8:tanh,8:tanh' --out sweep.csv --save sweep.json",
            "  sweep --data circle --grid 'seed=1;2;3;4' --grid 'optimizer=sgd;adam' --threads 1",
            "  sweep --data xor --grid 'batch=1;10;100' --grid 'activation=tanh;relu' --random 4"})
final class SweepCommand implements Callable<Integer> {

    @Option(names = "--grid", paramLabel = "KEY=V1;V2", required = true,
            description = "A parameter and its values, separated by ';', each in train's syntax: lr, batch, layers, "
                    + "activation (of every hidden layer), optimizer, seed, or any other train option (repeatable).")
    List<String> grids = new ArrayList<>();

    @Option(names = "--random", paramLabel = "N", description = "Run N combinations drawn at random instead of all.")
    Integer random;

    @Option(names = "--threads", paramLabel = "T",
            description = "Runs at the same time (default: one per core).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--out", paramLabel = "FILE", description = "Write the table as FILE.csv or FILE.json.")
    Path table;

    @Option(names = "--save", paramLabel = "FILE",
            description = "Save an experiment holding every run (the best run's network first) for the app.")
    Path save;

    @Unmatched
    List<String> trainArguments = new ArrayList<>();

    @Mixin
    PluginOptions pluginOptions;

    @Mixin
    BackendOptions backendOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        return backendOptions.applied(spec.commandLine(), this::sweep);
    }

    private Integer sweep() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<Map<String, String>> points;
        try {
            SweepGrid grid = new SweepGrid(grids);
            points = random == null ? grid.points() : grid.randomPoints(random, 1);
            if (random != null && random < 1 || threads < 1) {
                throw new IllegalArgumentException("--random and --threads must be at least 1");
            }
            if (table != null && !table.toString().matches("(?i).*\\.(csv|json)")) {
                throw new IllegalArgumentException("--out " + table + ": name it .csv or .json");
            }
            checkTrainArguments();
            for (Path file : new Path[] {table, save}) {
                Path folder = file == null ? null : file.toAbsolutePath().getParent();
                if (file != null && (folder == null || !java.nio.file.Files.isDirectory(folder))) {
                    throw new IllegalArgumentException(file + ": the folder " + folder + " does not exist");
                }
            }
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        PluginRegistry plugins = pluginOptions.registry();
        List<TrainCommand> commands = new ArrayList<>();
        for (Map<String, String> point : points) {
            commands.add(parse(point));
        }
        commands.get(0).prepare(plugins); // a bad combination of options is refused before the runs start
        out.println("sweep    " + points.size() + " runs on " + Math.min(threads, points.size()) + " threads");
        out.flush();
        long start = System.nanoTime();
        List<SweepResult> results = runAll(points, commands, plugins);
        double seconds = (System.nanoTime() - start) / 1e9;
        results.sort(SweepResult.BEST_FIRST);
        SweepTable.print(out, results);
        out.println("done     " + results.size() + " runs in " + String.format(java.util.Locale.ROOT, "%.2f s", seconds)
                + " (" + String.format(java.util.Locale.ROOT, "%.2f", results.stream()
                        .mapToDouble(SweepResult::seconds).sum() / seconds) + " runs' worth of time at once)");
        List<String> written = new ArrayList<>();
        if (table != null) {
            SweepTable.write(table, results);
            written.add("table " + table);
        }
        if (save != null) {
            ExperimentFiles.save(save, experiment(results));
            written.add("runs " + save);
        }
        if (!written.isEmpty()) {
            out.println("wrote " + String.join(", ", written));
        }
        out.flush();
        return 0;
    }

    /** Refuses train options that make no sense in a sweep. */
    private void checkTrainArguments() {
        for (String a : trainArguments) {
            if (a.equals("--lesson") || a.equals("--history") || a.equals("--chart") || a.equals("--append-history")) {
                throw new IllegalArgumentException(a + " does not apply to a sweep; use --out and --save");
            }
        }
    }

    /** The {@code train} command line of a point: the common arguments, then the point's own. */
    private TrainCommand parse(Map<String, String> point) {
        List<String> args = new ArrayList<>(trainArguments);
        args.addAll(SweepGrid.arguments(point, baseLayers()));
        TrainCommand command = new TrainCommand();
        try {
            new CommandLine(command).parseArgs(args.toArray(String[]::new));
        } catch (ParameterException e) {
            throw new ParameterException(spec.commandLine(), SweepGrid.describe(point) + ": " + e.getMessage(), e);
        }
        return command;
    }

    private String baseLayers() {
        int i = trainArguments.indexOf("--layers");
        return i >= 0 && i + 1 < trainArguments.size() ? trainArguments.get(i + 1) : "8:tanh,8:tanh";
    }

    private List<SweepResult> runAll(List<Map<String, String>> points, List<TrainCommand> commands,
                                     PluginRegistry plugins) throws IOException, InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, points.size()));
        try {
            List<Future<SweepResult>> futures = new ArrayList<>();
            for (int i = 0; i < points.size(); i++) {
                Map<String, String> point = points.get(i);
                TrainCommand command = commands.get(i);
                futures.add(pool.submit(() -> run(point, command, plugins)));
            }
            List<SweepResult> results = new ArrayList<>();
            for (Future<SweepResult> f : futures) {
                try {
                    results.add(f.get());
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof IOException io) {
                        throw io;
                    }
                    if (e.getCause() instanceof RuntimeException r) {
                        throw r;
                    }
                    throw new IllegalStateException(e.getCause());
                }
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    /** One run, silently; a run that diverges is kept with its failure. */
    private static SweepResult run(Map<String, String> point, TrainCommand command, PluginRegistry plugins)
            throws IOException {
        long start = System.nanoTime();
        TrainCommand.Prepared run = command.prepare(plugins);
        Network initial = run.trainer().network().copy();
        List<HistoryRow> history = new ArrayList<>();
        int epochs = run.plan().epochs();
        EpochLoop.Outcome outcome = EpochLoop.run(run.trainer(), epochs, command.schedule(),
                command.stopConditions(), history, new ProgressPrinter(new PrintWriter(Writer.nullWriter()),
                        ProgressPrinter.Mode.QUIET, epochs));
        Evaluation train = run.trainer().evaluate(run.fitted().train());
        Evaluation test = run.fitted().test().size() > 0 ? run.trainer().evaluate(run.fitted().test()) : train;
        SavedRun saved = SavedRuns.of(SweepGrid.describe(point), run.trainer(), initial, run.fitted(), run.saved(),
                history);
        return new SweepResult(point, test.accuracy(), test.loss(), train.loss(),
                run.trainer().network().parameterCount(), run.trainer().epochCount(),
                (System.nanoTime() - start) / 1e9, outcome.failure() == null ? "" : outcome.failure().getMessage(),
                saved, Experiment.of(run.trainer().network(), run.trainer().settings(), run.saved(), history));
    }

    /**
     * The best run's experiment holding every run, best first, each named after its point ("lr=0.1 layers=8:tanh"):
     * no rank in the name, since the app's leaderboard ranks the runs itself (and breaks ties its own way).
     */
    private static Experiment experiment(List<SweepResult> results) {
        List<SavedRun> runs = new ArrayList<>();
        for (SweepResult r : results) {
            runs.add(r.run());
        }
        return results.get(0).experiment().withRuns(runs);
    }
}
