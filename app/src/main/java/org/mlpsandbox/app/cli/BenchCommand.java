package org.mlpsandbox.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.mlpsandbox.engine.data.Dataset;
import org.mlpsandbox.engine.data.Generators;
import org.mlpsandbox.engine.math.Kernels;
import org.mlpsandbox.engine.net.LayerSpec;
import org.mlpsandbox.engine.net.Network;
import org.mlpsandbox.engine.net.NetworkSpec;
import org.mlpsandbox.engine.plugin.PluginChoice;
import org.mlpsandbox.engine.plugin.PluginRegistry;
import org.mlpsandbox.engine.train.Trainer;
import org.mlpsandbox.engine.train.TrainingSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code bench}: training speed on two fixed workloads, after a warm-up, through the same {@link Trainer} that
 * {@code train} and the app use (shuffle, gather, forward, loss, backward, update):
 * <ul>
 *   <li>digits: 784-100-10, sigmoid hidden, softmax + categorical cross-entropy, batch 32, plain SGD, 10,000 synthetic
 *       samples (uniform pixels, random labels);</li>
 *   <li>playground: 2-8-8-1, tanh hidden, sigmoid + log-loss, batch 10, plain SGD, 500 circle points;</li>
 *   <li>digits-60k: the digits network on 60,000 samples, the size of MNIST's training set.</li>
 * </ul>
 * The matrix products run on the backend {@link Kernels#standard()} chooses (named in the output); {@code --backend}
 * and {@code --precision} choose another. {@code bench/compare.sh} runs the same workloads in NumPy and PyTorch.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true,
        abbreviateSynopsis = true,
        description = {"Measures training speed on two standard workloads, after a warm-up:",
            "  digits      784-100-10, sigmoid/softmax, cross-entropy, batch 32, SGD, 10,000 synthetic samples",
            "  playground  2-8-8-1, tanh/sigmoid, log-loss, batch 10, SGD, 500 points",
            "  digits-60k  the digits network on 60,000 samples (the size of MNIST's training set)",
            "Prints samples/s, steps/s and ms per epoch as a table, or as JSON with --json,",
            "and names the backend of the matrix products (OpenBLAS or the Java kernels)."})
final class BenchCommand implements Callable<Integer> {

    /** One standard workload. */
    record Workload(String name, int[] sizes, String hidden, String output, String loss, int batch, int samples,
                    double learningRate) {

        String shape() {
            StringBuilder b = new StringBuilder();
            for (int s : sizes) {
                b.append(b.length() == 0 ? "" : "-").append(s);
            }
            return b.toString();
        }
    }

    /** What one workload measured. */
    record Result(Workload workload, int samples, long epochs, long steps, long nanos, int fusedLayers) {

        double seconds() {
            return nanos / 1e9;
        }

        double samplesPerSecond() {
            return epochs * (double) samples / seconds();
        }

        double stepsPerSecond() {
            return steps / seconds();
        }

        double msPerEpoch() {
            return seconds() * 1000 / epochs;
        }
    }

    static final Workload DIGITS = new Workload("digits", new int[] {784, 100, 10}, "sigmoid", "softmax",
            "categorical-cross-entropy", 32, 10_000, 0.1);
    static final Workload PLAYGROUND = new Workload("playground", new int[] {2, 8, 8, 1}, "tanh", "sigmoid",
            "log-loss", 10, 500, 0.03);
    static final Workload DIGITS_60K = new Workload("digits-60k", DIGITS.sizes(), DIGITS.hidden(), DIGITS.output(),
            DIGITS.loss(), DIGITS.batch(), 60_000, DIGITS.learningRate());
    private static final List<Workload> WORKLOADS = List.of(DIGITS, PLAYGROUND, DIGITS_60K);

    private static final long SEED = 42;

    @Option(names = "--quick", description = "A short run (fewer digit samples, a fraction of a second per workload),"
            + " for tests and smoke checks; not for real measurements.")
    boolean quick;

    @Option(names = "--json", description = "Print the results as JSON instead of a table.")
    boolean json;

    @Option(names = "--seconds", paramLabel = "S", defaultValue = "3",
            description = "Timed seconds per workload, after a warm-up of half as long (default ${DEFAULT-VALUE}).")
    double seconds;

    @Option(names = "--workload", paramLabel = "NAME", split = ",",
            description = "Run only these workloads: digits, playground, digits-60k (default all).")
    List<String> only = new ArrayList<>();

    @Mixin
    BackendOptions backendOptions;

    @Mixin
    PluginOptions pluginOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!(seconds > 0) || Double.isInfinite(seconds)) {
            throw new ParameterException(spec.commandLine(), "--seconds must be a positive number, got " + seconds);
        }
        List<Workload> workloads = new ArrayList<>();
        for (Workload w : WORKLOADS) {
            if (only.isEmpty() || only.contains(w.name())) {
                workloads.add(w);
            }
        }
        for (String name : only) {
            if (WORKLOADS.stream().noneMatch(w -> w.name().equals(name))) {
                throw new ParameterException(spec.commandLine(), "unknown workload '" + name
                        + "'; the workloads are digits, playground and digits-60k");
            }
        }
        return backendOptions.applied(spec.commandLine(), () -> {
            PluginRegistry plugins = pluginOptions.registry();
            double timed = quick ? Math.min(seconds, 0.1) : seconds;
            List<Result> results = new ArrayList<>();
            for (Workload w : workloads) {
                results.add(run(w, plugins, timed / 2, timed));
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println(json ? json(results) : table(results));
            out.flush();
            return 0;
        });
    }

    /** Warm-up for {@code warmSeconds}, then whole epochs until {@code timedSeconds} have passed (at least one). */
    Result run(Workload w, PluginRegistry plugins, double warmSeconds, double timedSeconds) {
        int samples = quick && w != PLAYGROUND ? 2_000 : w.samples();
        Dataset data = w != PLAYGROUND ? SyntheticDigits.of(samples, SEED) : Generators.generate("circle", samples, 0.1, SEED);
        List<LayerSpec> layers = new ArrayList<>();
        for (int l = 1; l < w.sizes().length; l++) {
            layers.add(LayerSpec.of(w.sizes()[l], l == w.sizes().length - 1 ? w.output() : w.hidden()));
        }
        NetworkSpec spec = new NetworkSpec(w.sizes()[0], layers, PluginChoice.of(w.loss()),
                PluginChoice.of("xavier-uniform"), SEED);
        Network network = Network.build(spec, plugins);
        TrainingSettings settings = new TrainingSettings(PluginChoice.of("sgd"), w.learningRate(), Double.NaN,
                w.batch(), 0, 0, true, SEED);
        Trainer trainer = new Trainer(network, data, null, settings, plugins);
        long warmEnd = System.nanoTime() + (long) (warmSeconds * 1e9);
        do {
            trainer.epoch();
        } while (System.nanoTime() < warmEnd);
        long steps0 = trainer.stepCount();
        long epochs = 0;
        long start = System.nanoTime();
        long end = start + (long) (timedSeconds * 1e9);
        long now;
        do {
            trainer.epoch();
            epochs++;
            now = System.nanoTime();
        } while (now < end);
        return new Result(w, samples, epochs, trainer.stepCount() - steps0, now - start, trainer.fusedLayerCount());
    }

    private String table(List<Result> results) {
        StringBuilder b = new StringBuilder();
        b.append("MLP Sandbox bench").append(quick ? " (quick: not a real measurement)" : "").append(" - ")
                .append(machine()).append('\n');
        b.append("matrix products: ").append(Kernels.description()).append('\n');
        b.append(String.format(Locale.ROOT, "%-11s %-11s %5s %8s %7s %12s %10s %10s %6s%n", "workload", "network",
                "batch", "samples", "epochs", "samples/s", "steps/s", "ms/epoch", "fused"));
        for (Result r : results) {
            b.append(String.format(Locale.ROOT, "%-11s %-11s %5d %8d %7d %12s %10s %10.3f %6s%n",
                    r.workload().name(), r.workload().shape(), r.workload().batch(), r.samples(), r.epochs(),
                    Text.count(r.samplesPerSecond()), Text.count(r.stepsPerSecond()), r.msPerEpoch(),
                    r.fusedLayers() + "/" + (r.workload().sizes().length - 1)));
        }
        b.append("\nfused: layers whose plain SGD update ran as one product on weights kept in native memory");
        return b.toString().stripTrailing();
    }

    private String json(List<Result> results) throws Exception {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("tool", "mlp-sandbox");
        root.put("machine", machine());
        root.put("quick", quick);
        root.put("backend", Kernels.backendName());
        root.put("backendDescription", Kernels.description());
        List<Map<String, Object>> list = new ArrayList<>();
        for (Result r : results) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", r.workload().name());
            m.put("network", r.workload().shape());
            m.put("activations", r.workload().hidden() + "/" + r.workload().output());
            m.put("loss", r.workload().loss());
            m.put("batch", r.workload().batch());
            m.put("samples", r.samples());
            m.put("epochs", r.epochs());
            m.put("steps", r.steps());
            m.put("seconds", r.seconds());
            m.put("samplesPerSecond", r.samplesPerSecond());
            m.put("stepsPerSecond", r.stepsPerSecond());
            m.put("msPerEpoch", r.msPerEpoch());
            m.put("backend", Kernels.backendName());
            m.put("fusedLayers", r.fusedLayers());
            list.add(m);
        }
        root.put("workloads", list);
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root);
    }

    private static String machine() {
        return "Java " + System.getProperty("java.version") + ", " + System.getProperty("os.name") + " "
                + System.getProperty("os.arch") + ", " + Runtime.getRuntime().availableProcessors() + " CPUs";
    }
}
