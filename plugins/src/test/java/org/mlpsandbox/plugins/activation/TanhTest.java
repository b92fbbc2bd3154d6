package org.mlpsandbox.plugins.activation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The hand-written tanh against {@link Math#tanh} and against a 40-digit reference. */
class TanhTest {

    private static final MathContext MC = new MathContext(40);

    /** Values spread over (−25, 25) and over magnitudes 1e-12..1, so both branches are well covered. */
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
    void isWithinOneAndAHalfUlpOfTheTrueValue() {
        SplittableRandom random = new SplittableRandom(12);
        for (int i = 0; i < 2000; i++) {
            double z = sample(random, i);
            BigDecimal exact = exactTanh(z);
            double errorInUlps = new BigDecimal(Tanh.tanh(z)).subtract(exact).abs().doubleValue()
                    / Math.ulp(exact.doubleValue());
            assertTrue(errorInUlps <= 1.5, "tanh(" + z + ") is off by " + errorInUlps + " ulp");
        }
    }

    @Test
    void branchBoundaryAndSpecialValues() {
        for (double z : new double[] {Math.nextDown(0.7), 0.7, Math.nextUp(0.7), 19, 20, 1e-8, Double.MIN_VALUE}) {
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
