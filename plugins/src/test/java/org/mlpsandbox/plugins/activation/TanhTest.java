package org.mlpsandbox.plugins.activation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The hand-written tanh against {@link Math#tanh} and against a 40-digit reference. */
class TanhTest {

    private static final MathContext MC = new MathContext(40);

    /** Values spread over (−25, 25) and over magnitudes 1e-12..1, so both edges and the middle are covered. */
    private static double sample(SplittableRandom random, int i) {
        if (i % 2 == 0) {
            return random.nextDouble(-25, 25);
        }
        return random.nextDouble(-1, 1) * Math.pow(10, -random.nextInt(0, 13));
    }

    @Test
    void agreesWithMathTanhToOneInTenToTheFifteen() {
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < 200_000; i++) {
            double z = sample(random, i);
            double expected = Math.tanh(z);
            assertEquals(expected, Tanh.tanh(z), 1e-15 * Math.abs(expected), "tanh(" + z + ")");
        }
    }

    @Test
    void isWithinTwoAndAHalfUlpOfTheTrueValue() {
        SplittableRandom random = new SplittableRandom(12);
        for (int i = 0; i < 2000; i++) {
            double z = sample(random, i);
            BigDecimal exact = exactTanh(z);
            double errorInUlps = new BigDecimal(Tanh.tanh(z)).subtract(exact).abs().doubleValue()
                    / Math.ulp(exact.doubleValue());
            assertTrue(errorInUlps <= 2.5, "tanh(" + z + ") is off by " + errorInUlps + " ulp");
        }
    }

    @Test
    void branchBoundaryAndSpecialValues() {
        for (double z : new double[] {Math.nextDown(Tanh.SATURATED), Tanh.SATURATED, Math.nextUp(Tanh.SATURATED), 19,
            20, Math.nextDown(Tanh.LINEAR), Tanh.LINEAR, Math.nextUp(Tanh.LINEAR), 2e-8, Double.MIN_VALUE, 10, 9.99}) {
            assertEquals(Math.tanh(z), Tanh.tanh(z), 1e-15 * Math.tanh(z), "tanh(" + z + ")");
            assertEquals(-Tanh.tanh(z), Tanh.tanh(-z), "tanh must be odd at " + z);
        }
        assertEquals(1, Tanh.tanh(1000));
        assertEquals(-1, Tanh.tanh(-1000));
        assertEquals(1, Tanh.tanh(Double.POSITIVE_INFINITY));
        assertEquals(-1, Tanh.tanh(Double.NEGATIVE_INFINITY));
        assertEquals(0.0, Tanh.tanh(0.0));
        assertEquals(-0.0, Tanh.tanh(-0.0));
        assertTrue(Double.isNaN(Tanh.tanh(Double.NaN)));
    }

    @Test
    void forwardOverABatchGivesExactlyTheValueByValueResult() {
        SplittableRandom random = new SplittableRandom(13);
        double[] z = new double[1001];
        for (int i = 0; i < z.length; i++) {
            z[i] = sample(random, i);
        }
        z[0] = Double.NaN;
        z[1] = Double.NEGATIVE_INFINITY;
        z[2] = -0.0;
        z[3] = 19.1;
        double[] a = new double[z.length];
        new Tanh().forward(z, a, 7, 143);
        for (int i = 0; i < z.length; i++) {
            assertEquals(Tanh.tanh(z[i]), a[i], "tanh(" + z[i] + ")");
        }
        assertEquals(-0.0, a[2]);
    }

    /**
     * The coefficients are those of Lambert's continued fraction tanh s = s / (1 + y / (3 + y / (5 + … y / 43)))
     * with y = s², worked out here again in exact integers: going up from the last level, each level 2k+1 turns
     * num/den into ((2k+1)·num + y·den) / num, and the top level's den/num is tanh(s)/s = P(y)/Q(y).
     */
    @Test
    void coefficientsAreThoseOfLambertsContinuedFraction() {
        BigInteger[] num = {BigInteger.valueOf(43)};
        BigInteger[] den = {BigInteger.ONE};
        for (int k = 20; k >= 0; k--) {
            BigInteger[] next = new BigInteger[Math.max(num.length, den.length + 1)];
            Arrays.fill(next, BigInteger.ZERO);
            for (int i = 0; i < num.length; i++) {
                next[i] = next[i].add(num[i].multiply(BigInteger.valueOf(2L * k + 1)));
            }
            for (int i = 0; i < den.length; i++) {
                next[i + 1] = next[i + 1].add(den[i]);
            }
            den = num;
            num = next;
        }
        BigInteger[] p = den;
        BigInteger[] q = num;
        assertEquals(Tanh.Q.length, q.length);
        assertEquals(Tanh.R.length, q.length - 1);
        BigDecimal q0 = new BigDecimal(q[0]);
        for (int i = 0; i < q.length; i++) {
            double expected = new BigDecimal(q[i]).divide(q0, MC).doubleValue();
            assertEquals(expected, Tanh.Q[i], "Q[" + i + "]");
        }
        for (int i = 0; i < Tanh.R.length; i++) {
            BigInteger pNext = i + 1 < p.length ? p[i + 1] : BigInteger.ZERO;
            double expected = new BigDecimal(q[i + 1].subtract(pNext)).divide(q0, MC).doubleValue();
            assertEquals(expected, Tanh.R[i], "R[" + i + "]");
        }
    }

    /** tanh|z| = (E − 1) / (E + 1) with E = e^(2|z|) summed as a Taylor series in 40 digits. */
    private static BigDecimal exactTanh(double z) {
        BigDecimal twoX = new BigDecimal(Math.abs(z)).multiply(BigDecimal.valueOf(2));
        BigDecimal e = BigDecimal.ONE;
        BigDecimal term = BigDecimal.ONE;
        for (int k = 1; k < 1000; k++) {
            term = term.multiply(twoX, MC).divide(BigDecimal.valueOf(k), MC);
            e = e.add(term, MC);
            if (term.compareTo(e.movePointLeft(45)) < 0) {
                break;
            }
        }
        BigDecimal t = e.subtract(BigDecimal.ONE, MC).divide(e.add(BigDecimal.ONE, MC), MC);
        return z < 0 ? t.negate() : t;
    }
}
