package org.mlpsandbox.plugins.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mlpsandbox.api.Optimizer;
import org.mlpsandbox.api.Parameters;

/** A few steps of each optimizer against arithmetic written out by hand. */
class OptimizerStepTest {

    private static Optimizer configure(Optimizer prototype, Map<String, Double> chosen) {
        return (Optimizer) prototype.configure(Parameters.of(prototype.hyperparameters(), chosen));
    }

    @Test
    void plainSgdStepsAgainstTheGradient() {
        Optimizer.State state = new Sgd().newState(2);
        double[] p = {1, -2};
        double[] g = {0.5, -1};
        state.update(p, g, 0.1);
        assertArrayEquals(new double[] {1 - 0.05, -2 + 0.1}, p, 1e-15);
        state.update(p, g, 0.1);
        assertArrayEquals(new double[] {0.9, -1.8}, p, 1e-15);
    }

    @Test
    void sgdMomentumAccumulatesVelocity() {
        Optimizer sgd = configure(new Sgd(), Map.of("momentum", 0.9));
        Optimizer.State state = sgd.newState(1);
        double[] p = {1};
        double[] g = {0.5};
        state.update(p, g, 0.1);                  // v = 0.5,                p = 1 − 0.05 = 0.95
        assertEquals(0.95, p[0], 1e-15);
        state.update(p, g, 0.1);                  // v = 0.9·0.5 + 0.5 = 0.95,   p = 0.95 − 0.095 = 0.855
        assertEquals(0.855, p[0], 1e-15);
        state.update(p, g, 0.1);                  // v = 0.9·0.95 + 0.5 = 1.355, p = 0.855 − 0.1355 = 0.7195
        assertEquals(0.7195, p[0], 1e-15);
    }

    @Test
    void sgdNesterovLooksAhead() {
        Optimizer sgd = configure(new Sgd(), Map.of("momentum", 0.9, "nesterov", 1.0));
        Optimizer.State state = sgd.newState(1);
        double[] p = {1};
        double[] g = {0.5};
        state.update(p, g, 0.1);                  // v = 0.5,  p = 1 − 0.1·(0.5 + 0.45) = 0.905
        assertEquals(0.905, p[0], 1e-15);
        state.update(p, g, 0.1);                  // v = 0.95, p = 0.905 − 0.1·(0.5 + 0.855) = 0.7695
        assertEquals(0.7695, p[0], 1e-15);
    }

    @Test
    void momentumStepsGrowTowardsLearningRateTimesGradientOverOneMinusMu() {
        Optimizer.State state = configure(new Sgd(), Map.of("momentum", 0.9)).newState(1);
        double[] p = {0};
        double previousStep = 0;
        for (int i = 0; i < 300; i++) {
            double before = p[0];
            state.update(p, new double[] {1}, 0.01);
            double step = before - p[0];
            assertTrue(step >= previousStep, "step " + i + " shrank");
            previousStep = step;
        }
        assertEquals(0.01 / (1 - 0.9), previousStep, 1e-12);
    }

    @Test
    void rmsPropDividesByTheRootMeanSquare() {
        Optimizer.State state = new RmsProp().newState(2);
        double[] p = {1, 1};
        state.update(p, new double[] {0.5, -4}, 0.01);
        // s = 0.1·g² = {0.025, 1.6};  p −= 0.01·g / (√s + 1e-8)
        double[] p1 = {1 - 0.01 * 0.5 / (Math.sqrt(0.025) + 1e-8), 1 + 0.01 * 4 / (Math.sqrt(1.6) + 1e-8)};
        assertArrayEquals(p1, p, 1e-15);
        state.update(p, new double[] {0.5, 2}, 0.01);
        // s = 0.9·s + 0.1·g² = {0.0225 + 0.025, 1.44 + 0.4} = {0.0475, 1.84}
        assertArrayEquals(new double[] {p1[0] - 0.01 * 0.5 / (Math.sqrt(0.0475) + 1e-8),
                p1[1] - 0.01 * 2 / (Math.sqrt(1.84) + 1e-8)}, p, 1e-15);
    }

    @Test
    void adamFirstStepIsLearningRateTimesSignOfGradient() {
        Optimizer.State state = new Adam().newState(3);
        double[] p = {0, 0, 0};
        state.update(p, new double[] {0.5, -2, 1e-3}, 0.01);
        // m̂ = 0.1·g / (1 − 0.9) = g,  v̂ = 0.001·g² / (1 − 0.999) = g²,  step = 0.01·g / (|g| + 1e-8)
        assertArrayEquals(new double[] {-0.01, 0.01, -0.01}, p, 1e-7);
        assertArrayEquals(new double[] {-0.01 * 0.5 / (0.5 + 1e-8), 0.01 * 2 / (2 + 1e-8),
                -0.01 * 1e-3 / (1e-3 + 1e-8)}, p, 1e-15);
    }

    @Test
    void adamSecondStepUsesBiasCorrectedMoments() {
        Optimizer.State state = new Adam().newState(2);
        double[] p = {0, 0};
        state.update(p, new double[] {0.5, -2}, 0.01);
        double[] p1 = p.clone();
        state.update(p, new double[] {0.25, 1}, 0.01);
        // m = 0.9·(0.1·g1) + 0.1·g2          = {0.045 + 0.025, −0.18 + 0.1}           = {0.07, −0.08}
        // v = 0.999·(0.001·g1²) + 0.001·g2²  = {0.00024975 + 0.0000625, 0.003996 + 0.001} = {0.00031225, 0.004996}
        // m̂ = m / (1 − 0.9²) = m / 0.19,   v̂ = v / (1 − 0.999²) = v / 0.001999
        double[] mHat = {0.07 / 0.19, -0.08 / 0.19};
        double[] vHat = {0.00031225 / 0.001999, 0.004996 / 0.001999};
        assertArrayEquals(new double[] {p1[0] - 0.01 * mHat[0] / (Math.sqrt(vHat[0]) + 1e-8),
                p1[1] - 0.01 * mHat[1] / (Math.sqrt(vHat[1]) + 1e-8)}, p, 1e-15);
    }

    @Test
    void adaMaxFollowsTheInfinityNorm() {
        Optimizer.State state = new AdaMax().newState(3);
        double[] p = {0, 0, 0};
        state.update(p, new double[] {0.5, -2, 1e-3}, 0.01);
        // m = 0.1·g, u = |g|; step = 0.01 / (1 − 0.9) · 0.1·g / (|g| + 1e-8) ≈ 0.01·sign(g)
        double[] p1 = {-0.01 * 0.5 / (0.5 + 1e-8), 0.01 * 2 / (2 + 1e-8), -0.01 * 1e-3 / (1e-3 + 1e-8)};
        assertArrayEquals(p1, p, 1e-15);
        state.update(p, new double[] {0.25, 1, 1e-3}, 0.01);
        // m = 0.09·g1 + 0.1·g2 = {0.07, −0.08, 0.00019}
        // u = max(0.999·|g1|, |g2|) = {max(0.4995, 0.25), max(1.998, 1), max(0.000999, 0.001)} = {0.4995, 1.998, 0.001}
        // step size = 0.01 / (1 − 0.9²) = 0.01 / 0.19
        double s = 0.01 / 0.19;
        assertArrayEquals(new double[] {p1[0] - s * 0.07 / (0.4995 + 1e-8), p1[1] + s * 0.08 / (1.998 + 1e-8),
                p1[2] - s * 0.00019 / (0.001 + 1e-8)}, p, 1e-15);
    }

    @Test
    void configuringLeavesThePrototypePlain() {
        Sgd prototype = new Sgd();
        Optimizer withMomentum = configure(prototype, Map.of("momentum", 0.9));
        assertEquals("sgd(momentum=0.9, nesterov=false)", withMomentum.toString());
        assertEquals("sgd(momentum=0.0, nesterov=false)", prototype.toString());
        Optimizer.State plain = prototype.newState(1);
        double[] p = {1};
        plain.update(p, new double[] {0.5}, 0.1);
        plain.update(p, new double[] {0.5}, 0.1);
        assertEquals(0.9, p[0], 1e-15, "the prototype gained momentum");
    }
}
