package org.mlpsandbox.engine.train;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.mlpsandbox.engine.data.Dataset;
import org.mlpsandbox.engine.net.LayerSpec;
import org.mlpsandbox.engine.net.Network;
import org.mlpsandbox.engine.net.NetworkSpec;
import org.mlpsandbox.engine.plugin.PluginChoice;
import org.mlpsandbox.engine.plugin.PluginRegistry;

/**
 * Two fixed training runs reduced to one 64-bit number each: every bit of every step's loss and of the final
 * parameters goes into it, so any change in what is computed or in the order of a sum changes it. Uses only the
 * public engine API, so the same file measures an older build (run {@link #main} with that build's jar on the class
 * path) and pins its numbers in {@link DeterminismRegressionTest}.
 */
final class TrainingFingerprint {

    private static final PluginRegistry PLUGINS = PluginRegistry.builtIn();

    private TrainingFingerprint() {
    }

    /**
     * The playground: 2-8-8-1 tanh/sigmoid, log-loss, SGD with momentum and L2, batch 10 of 95 samples (a short last
     * batch, a shuffle every epoch), 120 steps. Its products all go through the small loops.
     */
    static long playground() {
        SplittableRandom r = new SplittableRandom(11);
        int n = 95;
        double[] x = new double[2 * n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[2 * i] = r.nextDouble(-1, 1);
            x[2 * i + 1] = r.nextDouble(-1, 1);
            y[i] = x[2 * i] * x[2 * i] + x[2 * i + 1] * x[2 * i + 1] < 0.5 ? 1 : 0;
        }
        Dataset data = new Dataset("disc", 2, 1, 2, x, y);
        Network net = Network.build(spec(2, "8:tanh,8:tanh,1:sigmoid", "log-loss", 3), PLUGINS);
        TrainingSettings settings = TrainingSettings.defaults().withOptimizer(PluginChoice.of("sgd")
                .with("momentum", 0.9)).withRegularization(0, 0.001).withSeed(5);
        return run(net, data, settings, 120);
    }

    /**
     * Long rows: 300-64-10 relu/softmax, cross-entropy, Adam, batch 64 of 300 samples, 12 steps. Its products are
     * above the kernels' split size (two halves, on the helper thread or one after the other), and the next batch is
     * gathered during the optimizer step.
     */
    static long longRows() {
        SplittableRandom r = new SplittableRandom(12);
        int n = 300;
        double[] x = new double[300 * n];
        double[] y = new double[10 * n];
        for (int i = 0; i < x.length; i++) {
            x[i] = r.nextDouble();
        }
        for (int i = 0; i < n; i++) {
            y[10 * i + r.nextInt(10)] = 1;
        }
        Dataset data = new Dataset("noise", 300, 10, 10, x, y);
        Network net = Network.build(spec(300, "64:relu,10:softmax", "categorical-cross-entropy", 4), PLUGINS);
        TrainingSettings settings = TrainingSettings.defaults().withOptimizer(PluginChoice.of("adam"))
                .withLearningRate(0.01).withBatchSize(64).withRegularization(0.0001, 0).withSeed(6);
        return run(net, data, settings, 12);
    }

    private static long run(Network net, Dataset data, TrainingSettings settings, int steps) {
        Trainer trainer = new Trainer(net, data, null, settings, PLUGINS);
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < steps; i++) {
            h = mix(h, trainer.step());
        }
        for (int l = 0; l < net.layerCount(); l++) {
            for (double w : net.layer(l).weights()) {
                h = mix(h, w);
            }
            for (double b : net.layer(l).bias()) {
                h = mix(h, b);
            }
        }
        return h;
    }

    /** FNV-1a over the eight bytes of the value's bits. */
    private static long mix(long h, double value) {
        long bits = Double.doubleToRawLongBits(value);
        for (int i = 0; i < 8; i++) {
            h ^= (bits >>> (8 * i)) & 0xff;
            h *= 0x100000001b3L;
        }
        return h;
    }

    private static NetworkSpec spec(int inputs, String layers, String loss, long seed) {
        List<LayerSpec> specs = new ArrayList<>();
        for (String layer : layers.split(",")) {
            String[] p = layer.split(":");
            specs.add(LayerSpec.of(Integer.parseInt(p[0]), p[1]));
        }
        return new NetworkSpec(inputs, specs, PluginChoice.of(loss), PluginChoice.of("xavier-uniform"), seed);
    }

    public static void main(String[] args) {
        System.out.printf("playground 0x%016xL%nlongRows   0x%016xL%n", playground(), longRows());
    }
}
