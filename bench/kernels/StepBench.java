import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Locale;
import org.mlpsandbox.app.cli.SyntheticDigits;
import org.mlpsandbox.engine.data.Dataset;
import org.mlpsandbox.engine.math.Kernels;
import org.mlpsandbox.engine.net.LayerSpec;
import org.mlpsandbox.engine.net.Network;
import org.mlpsandbox.engine.net.NetworkSpec;
import org.mlpsandbox.engine.plugin.PluginChoice;
import org.mlpsandbox.engine.plugin.PluginRegistry;
import org.mlpsandbox.engine.train.Trainer;
import org.mlpsandbox.engine.train.TrainingSettings;

/**
 * Times one training step of the digits workload (784-100-10, sigmoid/softmax, batch 32, plain SGD, 10,000 synthetic
 * samples, as `bench`): after 3,000 warm-up steps, the median and mean time of 20,000 single steps, then the best of
 * nine runs of 1,000 steps, as wall time and as the
 * training thread's CPU time. The CPU time is the steadier figure on a busy machine (time spent waiting for a core is
 * not counted); with two threads it leaves out the helper's share. Run by bench/kernels/step.sh.
 */
public final class StepBench {

    public static void main(String[] args) {
        Dataset data = SyntheticDigits.of(10_000, 42); // the samples of `bench`'s digits workload
        PluginRegistry plugins = PluginRegistry.builtIn();
        NetworkSpec spec = new NetworkSpec(784, List.of(LayerSpec.of(100, "sigmoid"), LayerSpec.of(10, "softmax")),
                PluginChoice.of("categorical-cross-entropy"), PluginChoice.of("xavier-uniform"), 42);
        Trainer trainer = new Trainer(Network.build(spec, plugins), data, null,
                new TrainingSettings(PluginChoice.of("sgd"), 0.1, Double.NaN, 32, 0, 0, true, 42), plugins);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < 3_000; i++) {
            trainer.step();
        }
        // every step's own time, for the median and the mean (a busy machine shows in the mean and the 90th percentile)
        long[] each = new long[20_000];
        for (int i = 0; i < each.length; i++) {
            long t0 = System.nanoTime();
            trainer.step();
            each[i] = System.nanoTime() - t0;
        }
        double mean = java.util.Arrays.stream(each).average().orElse(0) / 1e3;
        java.util.Arrays.sort(each);
        System.out.printf(Locale.ROOT, "µs per step over 20,000 steps: median %.1f, mean %.1f, 90th percentile %.1f%n",
                each[each.length / 2] / 1e3, mean, each[each.length * 9 / 10] / 1e3);
        double cpu = Double.MAX_VALUE;
        double wall = Double.MAX_VALUE;
        for (int run = 0; run < 9; run++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long w0 = System.nanoTime();
            for (int i = 0; i < 1_000; i++) {
                trainer.step();
            }
            cpu = Math.min(cpu, (threads.getCurrentThreadCpuTime() - c0) / 1e6);
            wall = Math.min(wall, (System.nanoTime() - w0) / 1e6);
        }
        System.out.printf(Locale.ROOT, "%s%nfused update: %s%nµs per step, best of 9 × 1,000: wall %.1f, cpu %.1f%n",
                Kernels.description(), !"false".equals(System.getProperty(Trainer.FUSE_PROPERTY)), wall, cpu);
        System.exit(0);
    }
}
