package org.mlpsandbox.app.inspect;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.mlpsandbox.engine.net.LayerSpec;
import org.mlpsandbox.engine.net.Network;
import org.mlpsandbox.engine.net.NetworkSpec;
import org.mlpsandbox.engine.plugin.PluginChoice;
import org.mlpsandbox.engine.plugin.PluginRegistry;

/** Test networks: "2,3:tanh,1:sigmoid" layouts; "leaky-relu@0.2" sets alpha. Biases randomised too. */
final class Nets {

    static final PluginRegistry PLUGINS = PluginRegistry.builtIn();

    private Nets() {
    }

    static Network build(String layout, String loss, long seed) {
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
        Network net = Network.build(spec, PLUGINS);
        SplittableRandom r = new SplittableRandom(seed * 31 + 7);
        for (int l = 0; l < net.layerCount(); l++) {
            double[] w = net.layer(l).weights().clone();
            for (int i = 0; i < w.length; i++) {
                w[i] *= 1.5;
            }
            double[] b = new double[net.layer(l).outputs()];
            for (int j = 0; j < b.length; j++) {
                b[j] = r.nextDouble(-0.5, 0.5);
            }
            net.setParameters(l, w, b);
        }
        return net;
    }

    static double[] random(int n, SplittableRandom r, double lo, double hi) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = r.nextDouble(lo, hi);
        }
        return v;
    }

    /** A target that suits the loss: one-hot for categorical cross-entropy, 0/1 for log-loss, any for mse. */
    static double[] target(String loss, int n, SplittableRandom r) {
        double[] t = new double[n];
        switch (loss) {
            case "categorical-cross-entropy" -> t[r.nextInt(n)] = 1;
            case "log-loss" -> {
                for (int i = 0; i < n; i++) {
                    t[i] = r.nextInt(2);
                }
            }
            default -> {
                for (int i = 0; i < n; i++) {
                    t[i] = r.nextDouble(-1, 1);
                }
            }
        }
        return t;
    }
}
