package org.mlpsandbox.app.inspect;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.mlpsandbox.engine.data.Dataset;
import org.mlpsandbox.engine.net.Network;
import org.mlpsandbox.engine.net.Workspace;
import org.mlpsandbox.engine.train.Trainer;

/**
 * Measures a network on a probe batch: runs the engine's forward and backward pass on up to {@link #PROBE_ROWS}
 * samples (spread evenly over the data) in a workspace of its own, and bins weights, ∂C/∂W and activations per layer.
 * Measuring on the same probe samples every time makes successive pictures comparable, unlike the last minibatch.
 *
 * <p>Use it on the thread that owns the network: inside {@code TrainingSession.inspect(trainer -> …)}, or on a
 * snapshot's private copy anywhere. Keeps its buffers between calls for the same network shape; not thread-safe.
 */
public final class NetworkInspector {

    /** Samples per probe batch at most. */
    public static final int PROBE_ROWS = 256;

    private Workspace ws;
    private Network wsOwner;
    private double[] xProbe;
    private double[] tProbe;
    private Dataset probedData;
    private int rows;

    /**
     * Inspects the trainer's network on its training data, with the update ratios of its last step. Call on the
     * training thread (from {@code TrainingSession.inspect}).
     */
    public NetworkInspection inspect(Trainer trainer) {
        double[] ratios = new double[trainer.network().layerCount()];
        trainer.updateRatios(ratios);
        return inspect(trainer.network(), trainer.trainingData(), trainer.stepCount(),
                trainer.stepCount() == 0 ? new double[0] : ratios);
    }

    /**
     * Inspects {@code network} on (up to {@link #PROBE_ROWS} samples of) {@code data}.
     *
     * @param step         the training step to record, or 0
     * @param updateRatios per layer, or an empty array when unknown
     */
    public NetworkInspection inspect(Network network, Dataset data, long step, double[] updateRatios) {
        if (data.inputCount() != network.inputs() || data.targetCount() != network.outputs()) {
            throw new IllegalArgumentException("the data '" + data.name() + "' (" + data.inputCount() + " → "
                    + data.targetCount() + ") does not fit the network (" + network.inputs() + " → "
                    + network.outputs() + ")");
        }
        if (data.size() == 0) {
            throw new IllegalArgumentException("the data '" + data.name() + "' has no samples");
        }
        probe(data);
        if (ws == null || !sameShape(wsOwner, network)) {
            ws = network.newWorkspace(PROBE_ROWS);
            wsOwner = network;
        }
        network.forward(xProbe, rows, ws);
        network.backward(xProbe, tProbe, rows, ws, null);
        List<LayerStats> layers = new ArrayList<>();
        for (int l = 0; l < network.layerCount(); l++) {
            int out = network.layer(l).outputs();
            layers.add(LayerStats.of(l, network.layer(l).activation().id(), network.layer(l).weights(),
                    ws.gradWeights(l), Arrays.copyOf(ws.activations(l), rows * out), rows, out));
        }
        return NetworkInspection.of(step, rows, layers, updateRatios);
    }

    private static boolean sameShape(Network a, Network b) {
        if (a == null || a.layerCount() != b.layerCount() || a.inputs() != b.inputs()) {
            return false;
        }
        for (int l = 0; l < a.layerCount(); l++) {
            if (a.layer(l).outputs() != b.layer(l).outputs()) {
                return false;
            }
        }
        return true;
    }

    /** Picks up to PROBE_ROWS samples spread evenly over the data (once per dataset). */
    private void probe(Dataset data) {
        if (data == probedData) {
            return;
        }
        int n = data.size();
        rows = Math.min(PROBE_ROWS, n);
        xProbe = new double[rows * data.inputCount()];
        tProbe = new double[rows * data.targetCount()];
        for (int r = 0; r < rows; r++) {
            int s = (int) ((long) r * n / rows);
            System.arraycopy(data.x(), s * data.inputCount(), xProbe, r * data.inputCount(), data.inputCount());
            System.arraycopy(data.y(), s * data.targetCount(), tProbe, r * data.targetCount(), data.targetCount());
        }
        probedData = data;
    }
}
