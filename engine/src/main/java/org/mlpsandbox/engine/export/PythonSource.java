package org.mlpsandbox.engine.export;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.mlpsandbox.engine.export.NetworkExporter.LayerCode;
import org.mlpsandbox.engine.net.DenseLayer;
import org.mlpsandbox.engine.net.Network;

/**
 * Writes a network as a Python module needing NumPy only, with each activation's own code ({@link
 * org.mlpsandbox.api.Activation#code()}).
 */
final class PythonSource {

    private PythonSource() {
    }

    /**
     * The network as a Python module using NumPy.
     *
     * @throws UnsupportedActivationException when a layer's activation cannot be exported
     */
    static String write(Network network) {
        List<LayerCode> layers = NetworkExporter.layers(network);
        StringBuilder b = new StringBuilder();
        b.append("\"\"\"A trained multi-layer perceptron, exported by MLP Sandbox:\n");
        b.append(NetworkExporter.describe(network)).append(".\n\n");
        b.append("Needs NumPy only. predict(x) takes one sample (a 1-D array of ").append(network.inputs())
                .append(" values) or a batch\n");
        b.append("(2-D, one sample per row) and returns the network's outputs, as the sandbox computes them.\n");
        b.append("Run as a script with the inputs as arguments to print the outputs.\n");
        b.append("\"\"\"\n\n");
        b.append("import numpy as np\n\n");
        b.append("INPUTS = ").append(network.inputs()).append('\n');
        b.append("OUTPUTS = ").append(network.outputs()).append("\n\n");
        for (LayerCode lc : layers) {
            DenseLayer layer = network.layer(lc.index());
            int n = lc.index() + 1;
            b.append("# Layer ").append(n).append(": ").append(layer.inputs()).append(" -> ").append(layer.outputs())
                    .append(", ").append(lc.code().label()).append(". W").append(n)
                    .append("[j, i] is the weight from input i to neuron j.\n");
            b.append("W").append(n).append(" = np.array([");
            Numbers.write(b, layer.weights(), "    ", "]");
            b.append(", dtype=np.float64).reshape(").append(layer.outputs()).append(", ").append(layer.inputs())
                    .append(")\n");
            b.append("B").append(n).append(" = np.array([");
            Numbers.write(b, layer.bias(), "    ", "]");
            b.append(", dtype=np.float64)\n\n");
        }
        Set<String> functions = new LinkedHashSet<>();
        for (LayerCode lc : layers) {
            functions.add(lc.code().pythonFunctions());
        }
        b.append('\n');
        for (String f : functions) {
            if (!f.isEmpty()) {
                b.append(f).append("\n\n");
            }
        }
        b.append("def predict(x):\n");
        b.append("    \"\"\"The network's outputs for one sample (1-D) or a batch (2-D, one sample per row).\"\"\"\n");
        b.append("    x = np.asarray(x, dtype=np.float64)\n");
        b.append("    single = x.ndim == 1\n");
        b.append("    a = np.atleast_2d(x)\n");
        b.append("    if a.shape[-1] != INPUTS:\n");
        b.append("        raise ValueError(\"expected %d inputs, got %d\" % (INPUTS, a.shape[-1]))\n");
        for (LayerCode lc : layers) {
            int n = lc.index() + 1;
            String z = "a @ W" + n + ".T + B" + n;
            String act = lc.code().python(z);
            b.append("    a = ").append(act).append('\n');
        }
        b.append("    return a[0] if single else a\n\n\n");
        b.append("if __name__ == \"__main__\":\n");
        b.append("    import sys\n");
        b.append("    print(\" \".join(repr(float(v)) for v in predict([float(s) for s in sys.argv[1:]])))\n");
        return b.toString();
    }
}
