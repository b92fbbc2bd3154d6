package org.mlpsandbox.engine.train;

import org.mlpsandbox.api.Activation;
import org.mlpsandbox.engine.math.Matrices;
import org.mlpsandbox.engine.net.DenseLayer;
import org.mlpsandbox.engine.net.Network;
import org.mlpsandbox.engine.net.Workspace;
import org.mlpsandbox.engine.plugin.Phase;
import org.mlpsandbox.engine.plugin.PluginFailedException;
import org.mlpsandbox.engine.plugin.PluginKind;

/**
 * After a step produced a non-finite loss or gradient, tells a plugin's fault from plain divergence: a plugin is to
 * blame when it turned finite, moderate inputs into NaN or infinity. Runs only on failure, so it may allocate.
 */
final class FailureDiagnosis {

    /** Values beyond this are "huge": a non-finite result from them is overflow, not a plugin's fault. */
    private static final double HUGE = 1e100;

    private FailureDiagnosis() {
    }

    /**
     * The plugin that failed in the forward pass or the loss, or {@code null} when the network simply diverged.
     * Reads the workspace of the failed step's forward pass.
     */
    static PluginFailedException forward(Network network, Workspace ws, double[] t, int rows) {
        for (int l = 0; l < network.layerCount(); l++) {
            DenseLayer layer = network.layer(l);
            int n = rows * layer.outputs();
            if (!moderate(ws.z(l), n)) {
                return null; // the weighted inputs overflowed: divergence
            }
            if (!finite(ws.activations(l), n)) {
                return new PluginFailedException(PluginKind.ACTIVATION, layer.activation().id(), l + 1,
                        Phase.FORWARD, "returned NaN or infinity for finite inputs", null);
            }
        }
        int outputs = network.outputs();
        if (moderate(ws.output(), rows * outputs) && finite(t, rows * outputs)) {
            return new PluginFailedException(PluginKind.LOSS, network.lossFunction().id(), 0, Phase.LOSS,
                    "returned NaN or infinity for finite outputs", null);
        }
        return null;
    }

    /**
     * The plugin that failed in the backward pass, or {@code null} when the gradients simply overflowed. Recomputes the
     * backward pass layer by layer from the forward pass still in the workspace.
     */
    static PluginFailedException backward(Network network, Workspace ws, double[] t, int rows) {
        int last = network.layerCount() - 1;
        int outputs = network.outputs();
        double[] gradA = new double[rows * outputs];
        network.lossFunction().valueAndGradient(ws.output(), t, gradA, rows, outputs);
        if (!finite(gradA, gradA.length)) {
            return moderate(ws.output(), rows * outputs)
                    ? new PluginFailedException(PluginKind.LOSS, network.lossFunction().id(), 0, Phase.BACKWARD,
                            "returned a NaN or infinite gradient for finite outputs", null)
                    : null;
        }
        for (int l = last; l >= 0; l--) {
            DenseLayer layer = network.layer(l);
            Activation f = layer.activation();
            double[] gradZ = new double[rows * layer.outputs()];
            f.backward(ws.z(l), ws.activations(l), gradA, gradZ, rows, layer.outputs());
            if (!finite(gradZ, gradZ.length)) {
                return moderate(gradA, gradA.length)
                        ? new PluginFailedException(PluginKind.ACTIVATION, f.id(), l + 1, Phase.BACKWARD,
                                "returned a NaN or infinite derivative for finite inputs", null)
                        : null;
            }
            if (l > 0) {
                gradA = new double[rows * layer.inputs()];
                Matrices.multiply(gradZ, layer.weights(), gradA, rows, layer.outputs(), layer.inputs());
            }
        }
        return null;
    }

    private static boolean finite(double[] x, int n) {
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(x[i])) {
                return false;
            }
        }
        return true;
    }

    private static boolean moderate(double[] x, int n) {
        for (int i = 0; i < n; i++) {
            if (!(Math.abs(x[i]) < HUGE)) {
                return false;
            }
        }
        return true;
    }
}
