package org.mlpsandbox.engine.math;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The native weights against the Java kernels (the reference): the forward product, the error passed back, the fused
 * update W ← W − η·δᵀ·A and the gradient norm; and the two copies staying one truth (reads see the last update, writes
 * reach the next product), the undo copy, and the finite check.
 */
class ResidentWeightsTest {

    private static final int ROWS = 16;
    private static final int IN = 50;
    private static final int OUT = 30;

    private static double tolerance(Precision p) {
        return p == Precision.FLOAT64 ? 1e-12 : 1e-5;
    }

    @ParameterizedTest
    @EnumSource(Precision.class)
    void productsAndUpdateMatchTheJavaKernels(Precision precision) {
        double[] w = random(OUT * IN, 1);
        double[] start = w.clone();
        double[] a = random(ROWS * IN, 2);
        double[] bias = random(OUT, 3);
        double[] delta = random(ROWS * OUT, 4);
        ResidentWeights r = new ResidentWeights(w, OUT, IN, ROWS, precision);
        JavaKernels java = new JavaKernels(false);

        double[] z = new double[ROWS * OUT];
        double[] zRef = new double[ROWS * OUT];
        r.forward(a, ROWS, bias, z);
        java.multiplyTransposeB(a, start, bias, zRef, ROWS, IN, OUT);
        assertClose(zRef, z, tolerance(precision), "z");

        double[] back = new double[ROWS * IN];
        double[] backRef = new double[ROWS * IN];
        r.backError(delta, ROWS, back);
        java.multiply(delta, start, backRef, ROWS, OUT, IN);
        assertClose(backRef, back, tolerance(precision), "δ·W");

        double[] grad = new double[OUT * IN];
        double squares = java.multiplyTransposeA(delta, a, grad, OUT, ROWS, IN);
        assertTrue(r.descend(delta, 0.5));
        double[] expected = start.clone();
        for (int i = 0; i < expected.length; i++) {
            expected[i] -= 0.5 * grad[i];
        }
        assertClose(expected, r.javaWeights(), tolerance(precision), "W after the update");
        assertEquals(Math.sqrt(squares), r.lastGradientNorm(), tolerance(precision) * Math.sqrt(squares));
    }

    @ParameterizedTest
    @EnumSource(Precision.class)
    void anEditOfTheJavaArrayReachesTheNextProduct(Precision precision) {
        double[] w = random(OUT * IN, 5);
        ResidentWeights r = new ResidentWeights(w, OUT, IN, ROWS, precision);
        double[] a = random(ROWS * IN, 6);
        r.forward(a, ROWS, new double[OUT], new double[ROWS * OUT]);
        assertTrue(r.descend(random(ROWS * OUT, 7), 0.1));
        double[] edited = r.javaWeights();
        java.util.Arrays.fill(edited, 0.25);
        double[] z = new double[ROWS * OUT];
        r.forward(a, ROWS, new double[OUT], z);
        double[] zRef = new double[ROWS * OUT];
        new JavaKernels(false).multiplyTransposeB(a, edited, null, zRef, ROWS, IN, OUT);
        assertClose(zRef, z, tolerance(precision), "z after the edit");
    }

    @ParameterizedTest
    @EnumSource(Precision.class)
    void restorePutsTheSavedWeightsBackAfterAnUpdateThatOverflowed(Precision precision) {
        double[] w = random(OUT * IN, 8);
        ResidentWeights r = new ResidentWeights(w, OUT, IN, ROWS, precision);
        double[] a = random(ROWS * IN, 9);
        r.forward(a, ROWS, new double[OUT], new double[ROWS * OUT]);
        double[] saved = r.javaWeights().clone();
        r.save();
        double[] huge = random(ROWS * OUT, 10);
        for (int i = 0; i < huge.length; i++) {
            huge[i] *= precision == Precision.FLOAT64 ? 1e306 : 1e37;
        }
        assertFalse(r.descend(huge, 1e3), "an update to ±∞ is reported");
        r.restore();
        double[] back = r.javaWeights();
        for (int i = 0; i < back.length; i++) {
            // the restored weights are the saved ones as native memory held them (float32: rounded once)
            assertEquals(precision == Precision.FLOAT64 ? saved[i] : (float) saved[i], back[i], 0.0, "weight " + i);
        }
    }

    @ParameterizedTest
    @EnumSource(Precision.class)
    void noUpdateNoGradientNorm(Precision precision) {
        ResidentWeights r = new ResidentWeights(random(OUT * IN, 11), OUT, IN, ROWS, precision);
        r.forward(random(ROWS * IN, 12), ROWS, new double[OUT], new double[ROWS * OUT]);
        assertTrue(Double.isNaN(r.lastGradientNorm()));
    }

    /** Halves cut at whole blocks of 16 rows when that keeps them nearly even; the training thread's is the smaller. */
    @Test
    void theCutFallsOnABlockOf16RowsWhenThatKeepsTheHalvesNearlyEven() {
        assertEquals(48, ResidentWeights.cut(100), "the digits layer: 48 + 52 rows");
        assertEquals(96, ResidentWeights.cut(200));
        assertEquals(32, ResidentWeights.cut(64), "already even and aligned");
        assertEquals(20, ResidentWeights.cut(40), "16 + 24 would be too uneven");
        assertEquals(3, ResidentWeights.cut(7), "below a block: the middle");
        for (int outputs = 2; outputs <= 1024; outputs++) {
            int cut = ResidentWeights.cut(outputs);
            assertTrue(cut >= 1 && cut <= outputs / 2 && outputs / 2 - cut <= outputs / 16, outputs + " → " + cut);
        }
    }

    /** The digits network's first layer: its products are cut in halves, one on the helper thread. */
    @ParameterizedTest
    @EnumSource(Precision.class)
    void aLayerCutInHalvesGivesTheReferenceAndTheSameBitsOnOneThreadOrTwo(Precision precision) {
        int rows = 32;
        int in = 784;
        int out = 100;
        double[][] after = new double[2][];
        double[][] z = new double[2][];
        for (int threads = 1; threads <= 2; threads++) {
            double[] w = random(out * in, 13);
            double[] a = random(rows * in, 14);
            double[] delta = random(rows * out, 15);
            ResidentWeights r = new ResidentWeights(w, out, in, rows, precision, threads == 2);
            z[threads - 1] = new double[rows * out];
            r.forward(a, rows, new double[out], z[threads - 1]);
            assertTrue(r.descend(delta, 0.25));
            after[threads - 1] = r.javaWeights().clone();
            if (threads == 1) {
                double[] zRef = new double[rows * out];
                JavaKernels java = new JavaKernels(false);
                java.multiplyTransposeB(a, random(out * in, 13), null, zRef, rows, in, out);
                assertClose(zRef, z[0], tolerance(precision) * 10, "z");
                double[] grad = new double[out * in];
                java.multiplyTransposeA(delta, a, grad, out, rows, in);
                double[] expected = random(out * in, 13);
                for (int i = 0; i < expected.length; i++) {
                    expected[i] -= 0.25 * grad[i];
                }
                assertClose(expected, after[0], tolerance(precision) * 10, "W after the update");
            }
        }
        assertArrayEquals(z[0], z[1], "z: same bits on one thread or two");
        assertArrayEquals(after[0], after[1], "W: same bits on one thread or two");
    }

    /**
     * A batch gathered from the native copy of the inputs ({@link ResidentWeights#gatherNext}) gives the forward
     * product of the same rows copied in from Java; after an update, the product the update made ahead for that batch
     * is bit for bit the one a forward pass makes itself; and an edit in between is not missed. On the digits shape,
     * cut in halves, on one thread and on two.
     */
    @ParameterizedTest
    @EnumSource(Precision.class)
    void aBatchGatheredNativelyAndItsProductMadeAheadMatchTheJavaPath(Precision precision) {
        int rows = 32;
        int in = 784;
        int out = 100;
        int samples = 90;
        double[] x = random(samples * in, 16);
        int[] order = new int[samples];
        for (int i = 0; i < samples; i++) {
            order[i] = (i * 37) % samples;
        }
        ResidentInputs inputs = ResidentInputs.copyOf(x, samples, in, precision);
        for (boolean twoThreads : new boolean[] {false, true}) {
            ResidentWeights javaFed = new ResidentWeights(random(out * in, 17), out, in, rows, precision, twoThreads);
            ResidentWeights gathered = new ResidentWeights(random(out * in, 17), out, in, rows, precision, twoThreads);
            double[] delta = random(rows * out, 18);
            double[] bias = random(out, 19);
            for (int step = 0; step < 3; step++) {
                int from = step * rows;
                int n = Math.min(rows, samples - from);
                double[] batch = new double[n * in];
                for (int r = 0; r < n; r++) {
                    System.arraycopy(x, order[from + r] * in, batch, r * in, in);
                }
                if (step == 2) { // an edit after the update that made this batch's product ahead
                    java.util.Arrays.fill(javaFed.javaWeights(), 0, in, 0.125);
                    java.util.Arrays.fill(gathered.javaWeights(), 0, in, 0.125);
                }
                double[] zJava = new double[n * out];
                double[] zGathered = new double[n * out];
                javaFed.forward(batch, n, bias, zJava);
                if (step == 0) {
                    gathered.gatherNext(inputs, order, from, n);
                }
                gathered.forward(null, n, bias, zGathered);
                assertArrayEquals(zJava, zGathered, "z of batch " + (step + 1) + (twoThreads ? ", two threads" : ""));
                assertTrue(javaFed.descend(delta, 0.25));
                int nextFrom = from + rows;
                if (nextFrom < samples) {
                    gathered.gatherNext(inputs, order, nextFrom, Math.min(rows, samples - nextFrom));
                }
                assertTrue(gathered.descend(delta, 0.25));
            }
            assertArrayEquals(javaFed.javaWeights(), gathered.javaWeights(), "W after three updates");
            assertEquals(1, gathered.forwardsMadeAhead(), "batch 2's product was made ahead; batch 3's was dropped");
        }
    }

    @ParameterizedTest
    @EnumSource(Precision.class)
    void aShortLastBatchWhoseProductIsMadeAheadMatchesTheJavaKernels(Precision precision) {
        int capacity = 32;
        int in = 784;
        int out = 100;
        int samples = 52; // a full batch, then one of 20 rows: zᵀ of the short one is 100 × 20, not 100 × 32
        double[] x = random(samples * in, 20);
        int[] order = new int[samples];
        for (int i = 0; i < samples; i++) {
            order[i] = samples - 1 - i;
        }
        ResidentInputs inputs = ResidentInputs.copyOf(x, samples, in, precision);
        for (boolean twoThreads : new boolean[] {false, true}) {
            ResidentWeights r = new ResidentWeights(random(out * in, 21), out, in, capacity, precision, twoThreads);
            double[] bias = random(out, 22);
            r.gatherNext(inputs, order, 0, capacity);
            r.forward(null, capacity, bias, new double[capacity * out]);
            r.gatherNext(inputs, order, capacity, samples - capacity);
            assertTrue(r.descend(random(capacity * out, 23), 0.25));

            int n = samples - capacity;
            double[] z = new double[n * out];
            r.forward(null, n, bias, z);
            double[] batch = new double[n * in];
            for (int i = 0; i < n; i++) {
                System.arraycopy(x, order[capacity + i] * in, batch, i * in, in);
            }
            double[] expected = new double[n * out];
            new JavaKernels(false).multiplyTransposeB(batch, r.javaWeights(), bias, expected, n, in, out);
            assertClose(expected, z, tolerance(precision), "z of the short batch" + (twoThreads ? ", two threads" : ""));
            assertEquals(1, r.forwardsMadeAhead());
        }
    }

    private static void assertClose(double[] expected, double[] actual, double relative, String what) {
        double scale = 0;
        for (double v : expected) {
            scale = Math.max(scale, Math.abs(v));
        }
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual[i], relative * Math.max(1, scale), what + " at " + i);
        }
    }

    private static double[] random(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = r.nextDouble(-1, 1);
        }
        return v;
    }
}
