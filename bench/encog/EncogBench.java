import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.encog.engine.network.activation.ActivationSigmoid;
import org.encog.engine.network.activation.ActivationSoftMax;
import org.encog.engine.network.activation.ActivationTANH;
import org.encog.ml.data.basic.BasicMLDataSet;
import org.encog.neural.error.CrossEntropyErrorFunction;
import org.encog.neural.networks.BasicNetwork;
import org.encog.neural.networks.layers.BasicLayer;
import org.encog.neural.networks.training.propagation.back.Backpropagation;

/**
 * The two standard workloads of {@code mlp-sandbox bench} in Encog 3.4, for {@code bench/compare.sh}: the same
 * networks, batch sizes, learning rates and data shapes, trained with Encog's own backpropagation. Each workload runs
 * twice, with Encog's default thread count and with one thread, and the faster run counts (one thread wins on small
 * batches, where Encog's hand-offs cost more than the work). Prints JSON in the shape of
 * {@code mlp-sandbox bench --json}.
 *
 * <pre>
 *   java -cp encog-core-3.4.jar bench/encog/EncogBench.java [--seconds S] [--quick] [--workload digits|playground]
 * </pre>
 */
public class EncogBench {

    private static final long SEED = 42;

    public static void main(String[] args) {
        double seconds = 3;
        boolean quick = false;
        String only = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--seconds")) {
                seconds = Double.parseDouble(args[++i]);
            } else if (args[i].equals("--quick")) {
                quick = true;
            } else if (args[i].equals("--workload")) {
                only = args[++i];
            }
        }
        double timed = quick ? Math.min(seconds, 0.1) : seconds;
        List<String> results = new ArrayList<>();
        if (only == null || only.equals("digits")) {
            BasicMLDataSet digits = digits(quick ? 2000 : 10_000);
            results.add(faster(run("digits", "784-100-10", digits, digitsNetwork(), 32, 0.1, timed, true, 0),
                    run("digits", "784-100-10", digits, digitsNetwork(), 32, 0.1, timed, true, 1)));
        }
        if (only == null || only.equals("playground")) {
            BasicMLDataSet circle = circle(500);
            results.add(faster(run("playground", "2-8-8-1", circle, playgroundNetwork(), 10, 0.03, timed, false, 0),
                    run("playground", "2-8-8-1", circle, playgroundNetwork(), 10, 0.03, timed, false, 1)));
        }
        System.out.println("{\n  \"tool\": \"encog 3.4\",\n  \"machine\": \"Encog 3.4, Java "
                + System.getProperty("java.version") + ", " + System.getProperty("os.name") + " "
                + System.getProperty("os.arch") + ", " + Runtime.getRuntime().availableProcessors()
                + " CPUs\",\n  \"quick\": " + quick + ",\n  \"workloads\": [\n" + String.join(",\n", results)
                + "\n  ]\n}");
    }

    /** One workload's result: its JSON and its speed. */
    private record Result(String json, double stepsPerSecond) {
    }

    private static String faster(Result a, Result b) {
        return (a.stepsPerSecond() >= b.stepsPerSecond() ? a : b).json();
    }

    /** @param threads Encog's thread count: 0 for its default (one per processor), 1 for one */
    private static Result run(String name, String shape, BasicMLDataSet data, BasicNetwork network, int batch,
                              double rate, double seconds, boolean crossEntropy, int threads) {
        Backpropagation train = new Backpropagation(network, data, rate, 0);
        train.setBatchSize(batch);
        train.setThreadCount(threads);
        if (crossEntropy) {
            train.setErrorFunction(new CrossEntropyErrorFunction());
        }
        int samples = data.size();
        long warmEnd = System.nanoTime() + (long) (seconds / 2 * 1e9);
        do {
            train.iteration();
        } while (System.nanoTime() < warmEnd);
        long epochs = 0;
        long start = System.nanoTime();
        long end = start + (long) (seconds * 1e9);
        long now;
        do {
            train.iteration();
            epochs++;
            now = System.nanoTime();
        } while (now < end);
        double elapsed = (now - start) / 1e9;
        long steps = epochs * ((samples + batch - 1) / batch);
        String json = String.format(Locale.ROOT, "    {\"name\": \"%s\", \"network\": \"%s\", \"batch\": %d,"
                        + " \"samples\": %d, \"threads\": \"%s\", \"epochs\": %d, \"steps\": %d, \"seconds\": %.6f,"
                        + " \"samplesPerSecond\": %.3f, \"stepsPerSecond\": %.3f, \"msPerEpoch\": %.6f}", name, shape,
                batch, samples, threads == 0 ? "default" : "1", epochs, steps, elapsed, epochs * samples / elapsed,
                steps / elapsed, elapsed * 1000 / epochs);
        return new Result(json, steps / elapsed);
    }

    private static BasicNetwork digitsNetwork() {
        BasicNetwork network = new BasicNetwork();
        network.addLayer(new BasicLayer(null, true, 784));
        network.addLayer(new BasicLayer(new ActivationSigmoid(), true, 100));
        network.addLayer(new BasicLayer(new ActivationSoftMax(), false, 10));
        network.getStructure().finalizeStructure();
        network.reset((int) SEED);
        return network;
    }

    private static BasicNetwork playgroundNetwork() {
        BasicNetwork network = new BasicNetwork();
        network.addLayer(new BasicLayer(null, true, 2));
        network.addLayer(new BasicLayer(new ActivationTANH(), true, 8));
        network.addLayer(new BasicLayer(new ActivationTANH(), true, 8));
        network.addLayer(new BasicLayer(new ActivationSigmoid(), false, 1));
        network.getStructure().finalizeStructure();
        network.reset((int) SEED);
        return network;
    }

    /** Uniform pixels and random one-hot labels, as the bench's synthetic digits. */
    private static BasicMLDataSet digits(int samples) {
        SplittableRandom random = new SplittableRandom(SEED);
        double[][] x = new double[samples][784];
        double[][] y = new double[samples][10];
        for (int i = 0; i < samples; i++) {
            for (int p = 0; p < 784; p++) {
                x[i][p] = random.nextDouble();
            }
            y[i][random.nextInt(10)] = 1;
        }
        return new BasicMLDataSet(x, y);
    }

    /** Two classes: inside radius 2.5 against a ring from 3.5 to 5, noise 0.1 (as the engine's circle). */
    private static BasicMLDataSet circle(int samples) {
        SplittableRandom random = new SplittableRandom(SEED);
        double[][] x = new double[samples][2];
        double[][] y = new double[samples][1];
        for (int i = 0; i < samples; i++) {
            int label = i % 2;
            double r = label == 1 ? random.nextDouble(0, 2.5) : random.nextDouble(3.5, 5);
            double angle = random.nextDouble(0, 2 * Math.PI);
            x[i][0] = r * Math.cos(angle) + 0.1 * random.nextGaussian();
            x[i][1] = r * Math.sin(angle) + 0.1 * random.nextGaussian();
            y[i][0] = label;
        }
        return new BasicMLDataSet(x, y);
    }
}
