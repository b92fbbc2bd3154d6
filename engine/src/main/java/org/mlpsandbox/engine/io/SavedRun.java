package org.mlpsandbox.engine.io;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.mlpsandbox.engine.net.Network;
import org.mlpsandbox.engine.net.NetworkSpec;
import org.mlpsandbox.engine.plugin.PluginRegistry;
import org.mlpsandbox.engine.train.TrainingSettings;

/**
 * One earlier training run kept in an experiment file's optional {@code "runs"} list: enough to show it in a run list,
 * overlay its loss curve and train it again from exactly the same start.
 *
 * @param name              what the user calls it, e.g. "Run 3"
 * @param network           the spec the run's network was built from
 * @param initialParameters the weights and biases the run started from, one per layer of the spec
 * @param training          the training settings when the run started
 * @param data              where its data came from
 * @param features          input features the app derived from 2-D data (e.g. "x1", "x1^2"); empty for the raw
 *                          inputs
 * @param curve             its loss curve, oldest first, already downsampled (a few thousand rows at most)
 * @param trainLoss         final training loss, NaN when unknown
 * @param testLoss          final test loss, NaN without a test set
 * @param trainAccuracy     final training accuracy in [0, 1], NaN for regression
 * @param testAccuracy      final test accuracy in [0, 1], NaN for regression or without a test set
 * @param thumbnailSize     side of the thumbnail, 0 without one
 * @param thumbnailClasses  0 when a cell is a value (0 to 255: a probability or a scaled output), otherwise the number
 *                          of classes and a cell is the predicted class
 * @param thumbnail         the final output over the input plane (2-D data): {@code thumbnailSize²} unsigned bytes,
 *                          top row first; how a cell becomes a colour is the app's business; empty without one
 * @param epochs            epochs the run trained, -1 when unknown (files written before it was kept)
 * @param seconds           seconds it trained, NaN when unknown
 */
public record SavedRun(String name, NetworkSpec network, List<LayerParameters> initialParameters,
                       TrainingSettings training, DataSpec data, List<String> features, List<HistoryRow> curve,
                       double trainLoss, double testLoss, double trainAccuracy, double testAccuracy,
                       int thumbnailSize, int thumbnailClasses, byte[] thumbnail, long epochs, double seconds) {

    /** @throws IllegalArgumentException when the parameters or the thumbnail do not have the right shape */
    public SavedRun {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(training, "training");
        Objects.requireNonNull(data, "data");
        initialParameters = List.copyOf(initialParameters);
        features = List.copyOf(features);
        curve = List.copyOf(curve);
        thumbnail = thumbnail == null ? new byte[0] : thumbnail.clone();
        if (epochs < -1 || !(Double.isNaN(seconds) || seconds >= 0 && Double.isFinite(seconds))) {
            throw new IllegalArgumentException("a run trains 0 or more epochs (-1: unknown) in 0 or more seconds, got "
                    + epochs + " epochs in " + seconds + " s");
        }
        // the same shape checks as an experiment's current weights
        new Experiment(network, initialParameters, training, data, List.of());
        if (thumbnailClasses < 0 || thumbnailClasses > 256) {
            throw new IllegalArgumentException("a thumbnail shows 0 (values) or up to 256 classes, got "
                    + thumbnailClasses);
        }
        if (thumbnailSize < 0 || thumbnail.length != thumbnailSize * thumbnailSize) {
            throw new IllegalArgumentException("a thumbnail of side " + thumbnailSize + " needs "
                    + thumbnailSize * thumbnailSize + " cells, got " + thumbnail.length);
        }
    }

    /** A run whose training time and epochs are unknown. */
    public SavedRun(String name, NetworkSpec network, List<LayerParameters> initialParameters,
                    TrainingSettings training, DataSpec data, List<String> features, List<HistoryRow> curve,
                    double trainLoss, double testLoss, double trainAccuracy, double testAccuracy,
                    int thumbnailSize, int thumbnailClasses, byte[] thumbnail) {
        this(name, network, initialParameters, training, data, features, curve, trainLoss, testLoss, trainAccuracy,
                testAccuracy, thumbnailSize, thumbnailClasses, thumbnail, -1, Double.NaN);
    }

    /** Most curve rows {@link #of} keeps. */
    public static final int MAX_CURVE_ROWS = 2000;

    /**
     * A run without input features or thumbnail, its curve averaged down to at most {@link #MAX_CURVE_ROWS} rows (each
     * kept row: the means of a stretch of neighbours, at the epoch and step of the last of them).
     *
     * @param initial the network before its first step
     */
    public static SavedRun of(String name, Network initial, TrainingSettings training, DataSpec data,
                              List<HistoryRow> history, double trainLoss, double testLoss, double trainAccuracy,
                              double testAccuracy) {
        List<LayerParameters> params = new java.util.ArrayList<>();
        for (int l = 0; l < initial.layerCount(); l++) {
            params.add(LayerParameters.of(initial.layer(l)));
        }
        int n = history.size();
        int bucket = Math.max(1, (n + MAX_CURVE_ROWS - 1) / MAX_CURVE_ROWS);
        List<HistoryRow> curve = new java.util.ArrayList<>();
        for (int from = 0; from < n; from += bucket) {
            int to = Math.min(n, from + bucket);
            HistoryRow last = history.get(to - 1);
            double[] sums = new double[3];
            int[] counts = new int[3];
            for (HistoryRow r : history.subList(from, to)) {
                double[] v = {r.trainLoss(), r.testLoss(), r.accuracy()};
                for (int k = 0; k < 3; k++) {
                    if (Double.isFinite(v[k])) {
                        sums[k] += v[k];
                        counts[k]++;
                    }
                }
            }
            curve.add(new HistoryRow(last.epoch(), last.step(), mean(sums[0], counts[0]), mean(sums[1], counts[1]),
                    mean(sums[2], counts[2])));
        }
        return new SavedRun(name, initial.spec(), params, training, data, List.of(), curve, trainLoss, testLoss,
                trainAccuracy, testAccuracy, 0, 0, null);
    }

    private static double mean(double sum, int count) {
        return count == 0 ? Double.NaN : sum / count;
    }

    /** The same run with a thumbnail (see {@link #thumbnail()}). */
    public SavedRun withThumbnail(int size, int classes, byte[] cells) {
        return new SavedRun(name, network, initialParameters, training, data, features, curve, trainLoss, testLoss,
                trainAccuracy, testAccuracy, size, classes, cells, epochs, seconds);
    }

    /** The same run having trained {@code newEpochs} epochs (-1: unknown) in {@code newSeconds} (NaN: unknown). */
    public SavedRun withTime(long newEpochs, double newSeconds) {
        return new SavedRun(name, network, initialParameters, training, data, features, curve, trainLoss, testLoss,
                trainAccuracy, testAccuracy, thumbnailSize, thumbnailClasses, thumbnail, newEpochs, newSeconds);
    }

    /** The same run under another name. */
    public SavedRun withName(String newName) {
        return new SavedRun(newName, network, initialParameters, training, data, features, curve, trainLoss, testLoss,
                trainAccuracy, testAccuracy, thumbnailSize, thumbnailClasses, thumbnail, epochs, seconds);
    }

    /** The number in a name such as "Run 7", or 0. */
    public int number() {
        String n = name.trim();
        if (n.startsWith("Run ")) {
            try {
                return Math.max(0, Integer.parseInt(n.substring(4).trim()));
            } catch (NumberFormatException e) {
                return 0;
            }
        }
        return 0;
    }

    /** A copy of the thumbnail cells. */
    @Override
    public byte[] thumbnail() {
        return thumbnail.clone();
    }

    /** A network built from the spec with the run's initial weights: training it again repeats the run. */
    public Network buildInitialNetwork(PluginRegistry plugins) {
        return new Experiment(network, initialParameters, training, data, List.of()).buildNetwork(plugins);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SavedRun r && name.equals(r.name) && network.equals(r.network)
                && initialParameters.equals(r.initialParameters) && training.equals(r.training)
                && data.equals(r.data) && features.equals(r.features) && curve.equals(r.curve)
                && same(trainLoss, r.trainLoss) && same(testLoss, r.testLoss)
                && same(trainAccuracy, r.trainAccuracy) && same(testAccuracy, r.testAccuracy)
                && thumbnailSize == r.thumbnailSize && thumbnailClasses == r.thumbnailClasses
                && Arrays.equals(thumbnail, r.thumbnail) && epochs == r.epochs && same(seconds, r.seconds);
    }

    private static boolean same(double a, double b) {
        return Double.compare(a, b) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, network, initialParameters, training, data, features, curve)
                * 31 + Arrays.hashCode(thumbnail);
    }

    @Override
    public String toString() {
        return "SavedRun[" + name + ", " + curve.size() + " curve rows, final train loss " + trainLoss
                + (thumbnailSize > 0 ? ", thumbnail " + thumbnailSize + "²" : "") + "]";
    }
}
