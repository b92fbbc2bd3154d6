package org.mlpsandbox.engine.export;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.mlpsandbox.engine.net.LayerSpec;
import org.mlpsandbox.engine.net.Network;
import org.mlpsandbox.engine.net.NetworkSpec;
import org.mlpsandbox.engine.plugin.PluginChoice;
import org.mlpsandbox.engine.plugin.PluginRegistry;

/** Networks for the export tests: "2,8:tanh,1:sigmoid" layouts, "leaky-relu@0.3" for a chosen alpha. */
final class ExportNets {

    static final PluginRegistry PLUGINS = PluginRegistry.builtIn();

    private ExportNets() {
    }

    static Network build(String layout, String loss, long seed, PluginRegistry plugins) {
        String[] parts = layout.split(",");
        List<LayerSpec> layers = new ArrayList<>();
        for (int i = 1; i < parts.length; i++) {
            String[] p = parts[i].split(":");
            String[] act = p[1].split("@");
            PluginChoice choice = PluginChoice.of(act[0]);
            if (act.length > 1) {
                choice = choice.with("alpha", Double.parseDouble(act[1]));
            }
            layers.add(new LayerSpec(Integer.parseInt(p[0]), choice));
        }
        NetworkSpec spec = new NetworkSpec(Integer.parseInt(parts[0]), layers, PluginChoice.of(loss),
                PluginChoice.of("xavier-uniform"), seed);
        Network net = Network.build(spec, plugins);
        // Trained-looking parameters: scaled weights, biases away from zero.
        SplittableRandom r = new SplittableRandom(seed ^ 0x5EED);
        for (int l = 0; l < net.layerCount(); l++) {
            double[] w = net.layer(l).weights().clone();
            for (int i = 0; i < w.length; i++) {
                w[i] *= r.nextDouble(0.5, 2.5);
            }
            double[] b = new double[net.layer(l).outputs()];
            for (int j = 0; j < b.length; j++) {
                b[j] = r.nextDouble(-1, 1);
            }
            net.setParameters(l, w, b);
        }
        return net;
    }

    static Network build(String layout, String loss, long seed) {
        return build(layout, loss, seed, PLUGINS);
    }

    /** Random samples, {@code rows × inputs}, in [-3, 3] so that activations leave their linear range. */
    static double[] inputs(int rows, int inputs, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] x = new double[rows * inputs];
        for (int i = 0; i < x.length; i++) {
            x[i] = r.nextDouble(-3, 3);
        }
        return x;
    }
}
