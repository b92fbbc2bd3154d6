package org.mlpsandbox.engine.train;

import org.mlpsandbox.engine.data.Dataset;
import org.mlpsandbox.engine.math.Vectors;
import org.mlpsandbox.engine.net.Network;
import org.mlpsandbox.engine.net.Workspace;

/** Mean loss and accuracy of a network over a whole dataset, computed in workspace-sized chunks. */
public final class Evaluator {

    private Evaluator() {
    }

    /** Throws, with a message naming both sizes, when {@code data} does not fit the network's inputs and outputs. */
    static void checkFits(Network network, Dataset data, String which) {
        if (data.inputCount() != network.inputs()) {
            throw new IllegalArgumentException("the " + which + " data '" + data.name() + "' has " + data.inputCount()
                    + " inputs per sample but the network takes " + network.inputs());
        }
        if (data.targetCount() != network.outputs()) {
            throw new IllegalArgumentException("the " + which + " data '" + data.name() + "' has "
                    + data.targetCount() + " targets per sample but the network has " + network.outputs()
                    + " outputs");
        }
    }

    /** Evaluates with a fresh workspace. */
    public static Evaluation evaluate(Network network, Dataset data) {
        return evaluate(network, data, network.newWorkspace(Math.max(1, Math.min(256, data.size()))));
    }

    /** Evaluates {@code data} in chunks of {@code ws.capacity()} samples, each copied into a chunk buffer. */
    public static Evaluation evaluate(Network network, Dataset data, Workspace ws) {
        int n = data.size();
        if (n == 0) {
            return Evaluation.NONE;
        }
        int in = data.inputCount();
        int out = data.targetCount();
        double[] x = new double[ws.capacity() * in];
        double[] t = new double[ws.capacity() * out];
        double lossSum = 0;
        long right = 0;
        for (int start = 0; start < n; start += ws.capacity()) {
            int rows = Math.min(ws.capacity(), n - start);
            System.arraycopy(data.x(), start * in, x, 0, rows * in);
            System.arraycopy(data.y(), start * out, t, 0, rows * out);
            network.forward(x, rows, ws);
            lossSum += network.loss(t, rows, ws) * rows;
            if (data.isClassification()) {
                double[] y = ws.output();
                for (int r = 0; r < rows; r++) {
                    if (Vectors.classOf(y, r * out, out) == Vectors.classOf(t, r * out, out)) {
                        right++;
                    }
                }
            }
        }
        return new Evaluation(lossSum / n, data.isClassification() ? (double) right / n : Double.NaN, n);
    }
}
