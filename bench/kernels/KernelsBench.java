import java.util.Locale;
import java.util.SplittableRandom;
import org.mlpsandbox.engine.math.JavaKernels;
import org.mlpsandbox.engine.math.KernelBackend;
import org.mlpsandbox.engine.math.OpenBlasKernels;
import org.mlpsandbox.engine.math.Precision;

/**
 * Times the three products of the digits network (784-100-10, batch 32) and of the playground (2-8-8-1, batch 10) on
 * each backend, without JMH: a warm-up, then the best of five half-second runs (the least disturbed by other work on
 * a shared machine). Run by bench/kernels/run.sh.
 */
public final class KernelsBench {

    public static void main(String[] args) {
        KernelBackend[] backends = {new JavaKernels(false), new JavaKernels(true),
            new OpenBlasKernels(Precision.FLOAT64, false), new OpenBlasKernels(Precision.FLOAT64, true),
            new OpenBlasKernels(Precision.FLOAT32, false), new OpenBlasKernels(Precision.FLOAT32, true)};
        String[] names = {"java 1 thread", "java 2 threads", "openblas f64 1 thr", "openblas f64 2 thr",
            "openblas f32 1 thr", "openblas f32 2 thr"};
        int[][] shapes = {{32, 784, 100}, {32, 100, 10}, {10, 8, 8}, {10, 2, 8}};
        System.out.printf(Locale.ROOT, "%-18s %-14s %12s %12s %12s%n", "backend", "m,k,n", "Z=A·Wᵀ µs",
                "dW=δᵀ·A µs", "dA=δ·W µs");
        for (int[] s : shapes) {
            for (int bi = 0; bi < backends.length; bi++) {
                KernelBackend kb = backends[bi];
                int m = s[0], k = s[1], n = s[2];
                double[] a = random(m * k), w = random(n * k), bias = random(n), z = new double[m * n];
                double[] delta = random(m * n), dw = new double[n * k], da = new double[m * k];
                double fwd = time(() -> kb.multiplyTransposeB(a, w, bias, z, m, k, n));
                double grad = time(() -> kb.multiplyTransposeA(delta, a, dw, n, m, k));
                double back = time(() -> kb.multiply(delta, w, da, m, n, k));
                System.out.printf(Locale.ROOT, "%-18s %-14s %12.2f %12.2f %12.2f%n", names[bi], m + "," + k + "," + n,
                        fwd, grad, back);
            }
        }
        System.exit(0);
    }

    private static double time(Runnable r) {
        long end = System.nanoTime() + 300_000_000L;
        while (System.nanoTime() < end) {
            r.run();
        }
        double best = Double.MAX_VALUE;
        for (int run = 0; run < 5; run++) {
            long calls = 0;
            long start = System.nanoTime();
            long stop = start + 100_000_000L;
            long now;
            do {
                r.run();
                calls++;
                now = System.nanoTime();
            } while (now < stop);
            best = Math.min(best, (now - start) / 1e3 / calls);
        }
        return best;
    }

    private static double[] random(int n) {
        SplittableRandom random = new SplittableRandom(n);
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = random.nextDouble(-1, 1);
        }
        return x;
    }
}
