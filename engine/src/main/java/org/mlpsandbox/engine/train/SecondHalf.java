package org.mlpsandbox.engine.train;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import org.mlpsandbox.engine.net.Network;
import org.mlpsandbox.engine.net.Workspace;

/**
 * Data parallelism over two threads: the second half of each batch runs forward and backward on a pool thread, in a
 * workspace of its own, while the trainer's thread does the first half; the two gradients are then merged, weighted by
 * their rows. One hand-off per step.
 *
 * <p>Whether a network is trained this way depends only on its layer sizes and the batch size ({@link #pays}), never
 * on the machine, so the same seed gives the same numbers everywhere. (Splitting changes the order in which the
 * samples' gradients are added, so the numbers differ in the last bits from a single-threaded run.)
 */
final class SecondHalf {

    /** Below this many multiply-adds per batch (forward only) the hand-off costs more than it saves. */
    private static final long MIN_WORK = 1L << 19;
    /** Each half needs enough rows for the matrix kernels to go fast. */
    private static final int MIN_BATCH = 16;

    private final Network network;
    private final Workspace ws;
    private final double[] x;
    private final double[] t;

    SecondHalf(Network network, int batchCapacity) {
        this.network = network;
        int capacity = batchCapacity - batchCapacity / 2;
        this.ws = network.newWorkspace(capacity);
        this.x = new double[capacity * network.inputs()];
        this.t = new double[capacity * network.outputs()];
    }

    /** Whether batches of {@code batchSize} are worth splitting for this network. */
    static boolean pays(Network network, int batchSize) {
        long perSample = 0;
        for (int l = 0; l < network.layerCount(); l++) {
            perSample += (long) network.layer(l).inputs() * network.layer(l).outputs();
        }
        return batchSize >= MIN_BATCH && perSample * batchSize >= MIN_WORK;
    }

    /**
     * Starts forward and backward on rows {@code from .. from + rows} of the batch, on a pool thread.
     *
     * @return the task; its result is the mean loss of those rows
     */
    ForkJoinTask<Double> start(double[] xBatch, double[] tBatch, int from, int rows) {
        int in = network.inputs();
        int out = network.outputs();
        System.arraycopy(xBatch, from * in, x, 0, rows * in);
        System.arraycopy(tBatch, from * out, t, 0, rows * out);
        return ForkJoinPool.commonPool().submit(() -> {
            network.forward(x, rows, ws);
            return network.backward(x, t, rows, ws, null);
        });
    }

    /** main ← (r1·main + r2·this) / (r1 + r2), for every weight and bias gradient: the gradient of the whole batch. */
    void mergeInto(Workspace main, int r1, int r2) {
        double w1 = (double) r1 / (r1 + r2);
        double w2 = (double) r2 / (r1 + r2);
        for (int l = 0; l < network.layerCount(); l++) {
            merge(main.gradWeights(l), ws.gradWeights(l), w1, w2);
            merge(main.gradBias(l), ws.gradBias(l), w1, w2);
        }
    }

    private static void merge(double[] into, double[] other, double w1, double w2) {
        for (int i = 0; i < into.length; i++) {
            into[i] = w1 * into[i] + w2 * other[i];
        }
    }

    /** The outputs of the second half's forward pass. */
    double[] output() {
        return ws.output();
    }

    /** The second half's targets. */
    double[] targets() {
        return t;
    }
}
