package org.mlpsandbox.app.model;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.mlpsandbox.engine.io.DataSpec;
import org.mlpsandbox.engine.io.HistoryRow;
import org.mlpsandbox.engine.io.LayerParameters;
import org.mlpsandbox.engine.io.SavedRun;
import org.mlpsandbox.engine.net.LayerSpec;
import org.mlpsandbox.engine.net.Network;
import org.mlpsandbox.engine.net.NetworkSpec;
import org.mlpsandbox.engine.plugin.PluginChoice;
import org.mlpsandbox.engine.plugin.PluginRegistry;
import org.mlpsandbox.engine.train.TrainingSettings;

/**
 * One finished training run: from a reset (or any rebuild of the network) to the next. Immutable. It keeps what is
 * needed to compare it and to train it again exactly: the {@link Setup} it started with, where its data came from, the
 * network spec and the initial weights, its loss curve (at most {@link #MAX_POINTS} points, downsampled), its final
 * losses and accuracies and a thumbnail of its final output.
 *
 * @param number            1, 2, 3 … in the order the runs were made; its name is "Run n"
 * @param setup             the data, features, network and training settings when it started training
 * @param data              where its data came from (a generator, a CSV file, the digits)
 * @param network           the spec its network was built from
 * @param initialParameters its weights and biases before the first step
 * @param steps             the curve's training steps, increasing
 * @param trainLoss         the training loss at each of {@code steps}
 * @param testLoss          the test loss at each of {@code steps} (NaN where not known)
 * @param finalTrainLoss    the last training loss (NaN if unknown)
 * @param finalTestLoss     the last test loss (NaN without a test set)
 * @param trainAccuracy     the last training accuracy (NaN for regression)
 * @param testAccuracy      the last test accuracy (NaN for regression or without a test set)
 * @param thumbnail         the final output over the plane, {@link RunThumbnail#NONE} for data that is not 2-D
 * @param label             its name when it is not "Run n" (a sweep names its runs after their settings,
 *                          "hidden=8 lr=0.1"); empty for "Run n"
 * @param epochs            epochs it trained, -1 when unknown (older files)
 * @param seconds           seconds it spent training, NaN when unknown
 */
public record RunRecord(int number, Setup setup, DataSpec data, NetworkSpec network,
                        List<LayerParameters> initialParameters, double[] steps, double[] trainLoss,
                        double[] testLoss, double finalTrainLoss, double finalTestLoss, double trainAccuracy,
                        double testAccuracy, RunThumbnail thumbnail, String label, long epochs, double seconds) {

    /** Most points of a run's loss curve; longer curves are averaged down to this many. */
    public static final int MAX_POINTS = 2000;

    /** @throws IllegalArgumentException when the curve's arrays differ in length or hold too many points */
    public RunRecord {
        Objects.requireNonNull(setup, "setup");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(thumbnail, "thumbnail");
        label = label == null ? "" : label.strip();
        initialParameters = List.copyOf(initialParameters);
        if (steps.length != trainLoss.length || steps.length != testLoss.length) {
            throw new IllegalArgumentException("a curve needs as many losses as steps: " + steps.length + " steps, "
                    + trainLoss.length + " train and " + testLoss.length + " test losses");
        }
        if (steps.length > MAX_POINTS) {
            throw new IllegalArgumentException("a run keeps at most " + MAX_POINTS + " points, got " + steps.length
                    + "; use RunRecord.of, which downsamples");
        }
        steps = steps.clone();
        trainLoss = trainLoss.clone();
        testLoss = testLoss.clone();
    }

    /**
     * A run with the first {@code n} points of a loss curve of any length, averaged down to at most
     * {@link #MAX_POINTS} points: each kept point is the mean of a run of neighbours at the step of the last of them.
     */
    public static RunRecord of(int number, Setup setup, DataSpec data, NetworkSpec network,
                               List<LayerParameters> initialParameters, double[] steps, double[] trainLoss,
                               double[] testLoss, int n, double finalTrainLoss, double finalTestLoss,
                               double trainAccuracy, double testAccuracy, RunThumbnail thumbnail) {
        int bucket = (n + MAX_POINTS - 1) / MAX_POINTS;
        int kept = bucket == 0 ? 0 : (n + bucket - 1) / bucket;
        double[] s = new double[kept];
        double[] tr = new double[kept];
        double[] te = new double[kept];
        for (int k = 0; k < kept; k++) {
            int from = k * bucket;
            int to = Math.min(n, from + bucket);
            s[k] = steps[to - 1];
            tr[k] = mean(trainLoss, from, to);
            te[k] = mean(testLoss, from, to);
        }
        return new RunRecord(number, setup, data, network, initialParameters, s, tr, te, finalTrainLoss,
                finalTestLoss, trainAccuracy, testAccuracy, thumbnail, "", -1, Double.NaN);
    }

    /** The mean of the finite values in [from, to), NaN if there are none. */
    private static double mean(double[] v, int from, int to) {
        double sum = 0;
        int count = 0;
        for (int i = from; i < to; i++) {
            if (Double.isFinite(v[i])) {
                sum += v[i];
                count++;
            }
        }
        return count == 0 ? Double.NaN : sum / count;
    }

    /** The initial weights of a network, as a run keeps them. */
    public static List<LayerParameters> parametersOf(Network network) {
        List<LayerParameters> out = new ArrayList<>();
        for (int l = 0; l < network.layerCount(); l++) {
            out.add(LayerParameters.of(network.layer(l)));
        }
        return out;
    }

    /** "Run 3", or the run's own label ("hidden=8 lr=0.1"). */
    public String name() {
        return label.isEmpty() ? "Run " + number : label;
    }

    /** The same run having trained {@code newEpochs} epochs (-1: unknown) in {@code newSeconds} (NaN: unknown). */
    public RunRecord withTime(long newEpochs, double newSeconds) {
        return new RunRecord(number, setup, data, network, initialParameters, steps, trainLoss, testLoss,
                finalTrainLoss, finalTestLoss, trainAccuracy, testAccuracy, thumbnail, label, newEpochs, newSeconds);
    }

    /** The same run named {@code newLabel} instead of "Run n" (empty for "Run n"). */
    public RunRecord withLabel(String newLabel) {
        return new RunRecord(number, setup, data, network, initialParameters, steps, trainLoss, testLoss,
                finalTrainLoss, finalTestLoss, trainAccuracy, testAccuracy, thumbnail, newLabel, epochs, seconds);
    }

    @Override
    public double[] steps() {
        return steps.clone();
    }

    @Override
    public double[] trainLoss() {
        return trainLoss.clone();
    }

    @Override
    public double[] testLoss() {
        return testLoss.clone();
    }

    /** Points on the loss curve. */
    public int points() {
        return steps.length;
    }

    public double step(int i) {
        return steps[i];
    }

    public double trainLossAt(int i) {
        return trainLoss[i];
    }

    public double testLossAt(int i) {
        return testLoss[i];
    }

    /** Training steps the run took (the last point's step, 0 for an empty curve). */
    public long lastStep() {
        return steps.length == 0 ? 0 : (long) steps[steps.length - 1];
    }

    /** Whether its data came from a generator, so that restoring the run can draw the same data again. */
    public boolean generatedData() {
        return data.kind() == DataSpec.Kind.GENERATED;
    }

    /** A network with the run's initial weights: training it with the run's settings repeats the run exactly. */
    public Network initialNetwork(PluginRegistry plugins) {
        Network net = Network.build(network, plugins);
        for (int l = 0; l < initialParameters.size(); l++) {
            LayerParameters p = initialParameters.get(l);
            net.setParameters(l, p.weights(), p.bias());
        }
        return net;
    }

    /**
     * The run's settings as short labelled values in a fixed order ("lr" → "0.3", "batch" → "32", "layers" →
     * "6-6 tanh" …), for telling runs apart.
     */
    public Map<String, String> settingsSummary() {
        Map<String, String> m = new LinkedHashMap<>();
        DataSettings d = setup.data();
        if (generatedData()) {
            m.put("data", d.generator());
            m.put("samples", Integer.toString(d.samples()));
            m.put("noise", number(d.noise()));
            m.put("test", number(d.testRatio()));
            m.put("data seed", Long.toString(d.seed()));
        } else {
            m.put("data", data.describe());
        }
        Set<Feature> features = setup.features().isEmpty() ? EnumSet.of(Feature.X1, Feature.X2)
                : EnumSet.copyOf(setup.features());
        List<String> f = new ArrayList<>();
        features.forEach(x -> f.add(x.label()));
        m.put("features", String.join(" ", f));
        m.put("layers", layers(network.layers().subList(0, network.layers().size() - 1)));
        m.put("output", choice(network.layers().get(network.layers().size() - 1).activation()));
        m.put("loss", choice(network.loss()));
        m.put("init", choice(network.initializer()));
        m.put("weight seed", Long.toString(network.seed()));
        TrainingSettings t = setup.training();
        m.put("optimizer", choice(t.optimizer()));
        m.put("lr", number(t.learningRate()));
        m.put("bias lr", Double.isNaN(t.biasLearningRate()) ? "= lr" : number(t.biasLearningRate()));
        m.put("batch", Integer.toString(t.batchSize()));
        m.put("L1", number(t.l1()));
        m.put("L2", number(t.l2()));
        m.put("shuffle", t.shuffle() ? "on" : "off");
        m.put("shuffle seed", Long.toString(t.seed()));
        return m;
    }

    private static String layers(List<LayerSpec> hidden) {
        if (hidden.isEmpty()) {
            return "none";
        }
        boolean same = hidden.stream().allMatch(l -> l.activation().equals(hidden.get(0).activation()));
        List<String> parts = new ArrayList<>();
        for (LayerSpec l : hidden) {
            parts.add(same ? Integer.toString(l.size()) : l.size() + " " + choice(l.activation()));
        }
        return String.join("-", parts) + (same ? " " + choice(hidden.get(0).activation()) : "");
    }

    private static String choice(PluginChoice c) {
        if (c.parameters().isEmpty()) {
            return c.id();
        }
        List<String> p = new ArrayList<>();
        new java.util.TreeMap<>(c.parameters()).forEach((k, v) -> p.add(k + "=" + number(v)));
        return c.id() + "(" + String.join(", ", p) + ")";
    }

    /** A number as short as it can be read: 0.3, 0.03, 32, 1e-05. */
    public static String number(double v) {
        if (Double.isNaN(v)) {
            return "–";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e9) {
            return Long.toString((long) v);
        }
        double a = Math.abs(v);
        if (a >= 1e-4 && a < 1e9) {
            return new BigDecimal(v).round(new MathContext(4)).stripTrailingZeros().toPlainString();
        }
        return String.format(java.util.Locale.ROOT, "%.3g", v);
    }

    /** The run as the experiment file keeps it. */
    public SavedRun toSaved() {
        List<HistoryRow> curve = new ArrayList<>(steps.length);
        for (int i = 0; i < steps.length; i++) {
            curve.add(new HistoryRow(0, (long) steps[i], trainLoss[i], testLoss[i], Double.NaN));
        }
        List<String> features = new ArrayList<>();
        setup.features().stream().sorted().forEach(f -> features.add(f.name()));
        return new SavedRun(name(), network, initialParameters, setup.training(), data, features, curve,
                finalTrainLoss, finalTestLoss, trainAccuracy, testAccuracy, thumbnail.size(), thumbnail.classes(),
                thumbnail.cells(), epochs, seconds);
    }

    /**
     * A run read from an experiment file; its number comes from its name ("Run 7"), or {@code fallbackNumber} when the
     * name has none, and then the name stays its label ("#1 hidden=8 lr=0.1", as a sweep names its runs).
     */
    public static RunRecord fromSaved(SavedRun saved, int fallbackNumber) {
        int number = fallbackNumber;
        String name = saved.name().trim();
        String label = name;
        if (name.startsWith("Run ")) {
            try {
                number = Integer.parseInt(name.substring(4).trim());
                label = "";
            } catch (NumberFormatException e) {
                number = fallbackNumber;
            }
        }
        DataSpec d = saved.data();
        DataSettings dataSettings = d.kind() == DataSpec.Kind.GENERATED
                ? new DataSettings(d.name(), d.samples(), d.noise(), d.testRatio(), d.seed(), d.classes(),
                        d.parameters())
                : DataSettings.defaults().withTestRatio(d.testRatio()).withSeed(d.seed());
        Set<Feature> features = EnumSet.noneOf(Feature.class);
        for (String f : saved.features()) {
            try {
                features.add(Feature.valueOf(f));
            } catch (IllegalArgumentException e) {
                // a feature this version does not know: the run still shows, restoring it uses x1, x2
            }
        }
        NetworkSpec spec = saved.network();
        List<LayerSpec> layers = spec.layers();
        Setup setup = new Setup(dataSettings, features, layers.subList(0, layers.size() - 1),
                layers.get(layers.size() - 1).activation(), spec.loss(), spec.initializer(), spec.seed(),
                saved.training());
        int n = saved.curve().size();
        double[] s = new double[n];
        double[] tr = new double[n];
        double[] te = new double[n];
        for (int i = 0; i < n; i++) {
            HistoryRow r = saved.curve().get(i);
            s[i] = r.step();
            tr[i] = r.trainLoss();
            te[i] = r.testLoss();
        }
        RunThumbnail thumb = saved.thumbnailSize() == 0 ? RunThumbnail.NONE
                : new RunThumbnail(saved.thumbnailSize(), saved.thumbnailClasses(), saved.thumbnail());
        return of(number, setup, d, spec, saved.initialParameters(), s, tr, te, n, saved.trainLoss(),
                saved.testLoss(), saved.trainAccuracy(), saved.testAccuracy(), thumb).withLabel(label)
                .withTime(saved.epochs(), saved.seconds());
    }

    /** The same run under another number (when an opened file's numbers clash). */
    public RunRecord withNumber(int newNumber) {
        return new RunRecord(newNumber, setup, data, network, initialParameters, steps, trainLoss, testLoss,
                finalTrainLoss, finalTestLoss, trainAccuracy, testAccuracy, thumbnail, label, epochs, seconds);
    }

    @Override
    public boolean equals(Object o) {
        return o == this;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    @Override
    public String toString() {
        return "RunRecord[" + name() + ", " + steps.length + " points to step " + lastStep() + ", final train loss "
                + finalTrainLoss + ", " + thumbnail + "]";
    }
}
