package org.mlpsandbox.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.mlpsandbox.engine.data.Dataset;
import org.mlpsandbox.engine.net.LayerSpec;
import org.mlpsandbox.engine.net.Network;
import org.mlpsandbox.engine.net.NetworkSpec;
import org.mlpsandbox.engine.plugin.PluginChoice;
import org.mlpsandbox.engine.plugin.PluginRegistry;

/** Small helpers shared by the engine tests. */
public final class TestNets {

    public static final PluginRegistry PLUGINS = PluginRegistry.builtIn();

    private TestNets() {
    }

    /** "2,8:tanh,8:tanh,1:sigmoid" style: inputs, then size:activation per layer. */
    public static NetworkSpec spec(String layout, String loss, String init, long seed) {
        String[] parts = layout.split(",");
        List<LayerSpec> layers = new ArrayList<>();
        for (int i = 1; i < parts.length; i++) {
            String[] p = parts[i].split(":");
            layers.add(LayerSpec.of(Integer.parseInt(p[0]), p[1]));
        }
        return new NetworkSpec(Integer.parseInt(parts[0]), layers, PluginChoice.of(loss), PluginChoice.of(init), seed);
    }

    public static Network build(String layout, String loss, String init, long seed) {
        return Network.build(spec(layout, loss, init, seed), PLUGINS);
    }

    /** The four XOR points, target one 0/1 column. */
    public static Dataset xor() {
        return new Dataset("xor", 2, 1, 2, new double[] {0, 0, 0, 1, 1, 0, 1, 1}, new double[] {0, 1, 1, 0});
    }

    /** Random inputs in [-1, 1]. */
    public static double[] randomArray(int n, long seed, double lo, double hi) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = r.nextDouble(lo, hi);
        }
        return x;
    }
}
