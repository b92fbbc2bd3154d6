package org.mlpsandbox.plugins.init;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGeneratorFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mlpsandbox.api.Initializer;
import org.mlpsandbox.plugins.Registered;

class InitializerTest {

    /** A large layer: 60 000 weights, so a sample variance is within about 0.6% of the true one (one σ). */
    private static final int FAN_IN = 300;
    private static final int FAN_OUT = 200;

    static List<Initializer> initializers() {
        return Registered.initializers();
    }

    /** The initializers that draw random numbers (all but zeros). */
    static List<Initializer> randomInitializers() {
        return Registered.initializers().stream().filter(i -> !(i instanceof Zeros)).toList();
    }

    private static double[] weights(Initializer init, int fanIn, int fanOut, long seed) {
        double[] w = new double[fanIn * fanOut];
        init.initialize(w, fanIn, fanOut, new SplittableRandom(seed));
        return w;
    }

    private static double mean(double[] w) {
        return Arrays.stream(w).sum() / w.length;
    }

    /** Variance about the known mean 0. */
    private static double variance(double[] w) {
        return Arrays.stream(w).map(x -> x * x).sum() / w.length;
    }

    private static void assertWithinPercent(double expected, double actual, double percent, String what) {
        assertEquals(expected, actual, expected * percent / 100, what);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("initializers")
    void sameSeedGivesTheSameWeights(Initializer init) {
        assertArrayEquals(weights(init, 7, 5, 42), weights(init, 7, 5, 42));
        double[] a = new double[35];
        double[] b = new double[35];
        init.initialize(a, 7, 5, RandomGeneratorFactory.of("L64X128MixRandom").create(42L));
        init.initialize(b, 7, 5, RandomGeneratorFactory.of("L64X128MixRandom").create(42L));
        assertArrayEquals(a, b);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("randomInitializers")
    void differentSeedsGiveDifferentWeights(Initializer init) {
        assertFalse(Arrays.equals(weights(init, 7, 5, 1), weights(init, 7, 5, 2)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("initializers")
    void writesExactlyTheLayersWeightsAndOnlyFiniteValues(Initializer init) {
        double[] w = new double[3 * 4 + 2];
        Arrays.fill(w, Double.NaN);
        init.initialize(w, 3, 4, new SplittableRandom(3));
        for (int i = 0; i < 12; i++) {
            assertTrue(Double.isFinite(w[i]), "weight " + i + " = " + w[i]);
        }
        assertTrue(Double.isNaN(w[12]) && Double.isNaN(w[13]), "wrote past fanIn·fanOut");
    }

    @Test
    void zerosGivesZerosAndDrawsNothing() {
        SplittableRandom random = new SplittableRandom(9);
        double[] w = new double[12];
        Arrays.fill(w, 5);
        new Zeros().initialize(w, 3, 4, random);
        assertArrayEquals(new double[12], w);
        assertEquals(new SplittableRandom(9).nextLong(), random.nextLong(), "the generator was used");
    }

    @Test
    void uniformIsWithinPlusMinusOneWithVarianceOneThird() {
        double[] w = weights(new UniformUnit(), FAN_IN, FAN_OUT, 4);
        for (double x : w) {
            assertTrue(x >= -1 && x <= 1, "out of range: " + x);
        }
        assertEquals(0, mean(w), 0.01);
        assertWithinPercent(1.0 / 3, variance(w), 3, "Var U(-1, 1)");
        assertTrue(Arrays.stream(w).min().getAsDouble() < -0.99 && Arrays.stream(w).max().getAsDouble() > 0.99,
                "should fill the whole interval");
    }

    @Test
    void xavierUniformIsBoundedBySqrtSixOverFanSum() {
        double limit = Math.sqrt(6.0 / (FAN_IN + FAN_OUT));
        double[] w = weights(new XavierUniform(), FAN_IN, FAN_OUT, 5);
        for (double x : w) {
            assertTrue(Math.abs(x) <= limit, "out of range: " + x);
        }
        assertEquals(limit, Arrays.stream(w).max().getAsDouble(), 0.01 * limit);
        assertEquals(0, mean(w), 0.01 * limit);
        assertWithinPercent(2.0 / (FAN_IN + FAN_OUT), variance(w), 3, "Var = L²/3 = 2/(fanIn + fanOut)");
    }

    @Test
    void xavierNormalHasVarianceTwoOverFanSum() {
        double sigma2 = 2.0 / (FAN_IN + FAN_OUT);
        double[] w = weights(new XavierNormal(), FAN_IN, FAN_OUT, 6);
        assertEquals(0, mean(w), 0.01 * Math.sqrt(sigma2));
        assertWithinPercent(sigma2, variance(w), 3, "Var = 2/(fanIn + fanOut)");
        // Normal, not uniform: P(|w| > √3·σ) = 8.3%, where a uniform of the same variance has none.
        double beyond = Arrays.stream(w).filter(x -> Math.abs(x) > Math.sqrt(3 * sigma2)).count() / (double) w.length;
        assertEquals(0.083, beyond, 0.01);
    }

    @Test
    void heNormalHasVarianceTwoOverFanIn() {
        double[] w = weights(new HeNormal(), FAN_IN, FAN_OUT, 7);
        assertEquals(0, mean(w), 0.01 * Math.sqrt(2.0 / FAN_IN));
        assertWithinPercent(2.0 / FAN_IN, variance(w), 3, "Var = 2/fanIn");
        // Swapping the fans changes He but would not change Xavier.
        assertWithinPercent(2.0 / FAN_OUT, variance(weights(new HeNormal(), FAN_OUT, FAN_IN, 8)), 3, "Var = 2/fanIn");
    }
}
