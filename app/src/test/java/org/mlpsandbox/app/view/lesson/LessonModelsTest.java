package org.mlpsandbox.app.view.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The Swing-free models of the interactive lesson panels, against values computed by hand. */
class LessonModelsTest {

    @Test
    void descentOnXSquaredWithRate03FromMinusOneMatchesHandComputedSteps() {
        // x ← x − 0.3·2x = 0.4·x: −1, −0.4, −0.16, −0.064, −0.0256
        GradientDescentModel model = new GradientDescentModel(Curve.square(), 1, 1);
        model.setLearningRate(0.3);
        model.placeWalkers(List.of(-1.0));
        double[] expected = {-1, -0.4, -0.16, -0.064, -0.0256};
        for (int k = 1; k < expected.length; k++) {
            model.step();
        }
        List<Double> trail = model.walkers().get(0).trail();
        for (int k = 0; k < expected.length; k++) {
            assertEquals(expected[k], trail.get(k), 1e-8, "step " + k);
        }
    }

    @Test
    void ascentClimbsAndWalkersLeavingTheRangeAreGone() {
        GradientDescentModel model = new GradientDescentModel(Curve.square(), 1, 1);
        model.setAscent(true);
        model.setLearningRate(0.3);
        model.placeWalkers(List.of(0.5));
        model.step();
        assertEquals(0.8, model.walkers().get(0).x(), 1e-8);
        for (int i = 0; i < 5; i++) {
            model.step();
        }
        assertTrue(model.walkers().get(0).gone(), "x = " + model.walkers().get(0).x());
        int length = model.walkers().get(0).trail().size();
        model.step();
        assertEquals(length, model.walkers().get(0).trail().size(), "a gone walker stays put");
        assertTrue(model.settled());
    }

    @Test
    void walkersOnSineCurveStopInDifferentLocalMinima() {
        GradientDescentModel model = new GradientDescentModel(Curve.sinePlusLine(), 2, 1);
        model.placeWalkers(List.of(-0.3, 1.2));
        for (int i = 0; i < 500; i++) {
            model.step();
        }
        // f′(x) = 3cos(3x) + 1 = 0 at the minima: x = (2π − acos(−1/3)) / 3 − 2π/3 ≈ −0.6386 and ≈ 1.4558
        double first = model.walkers().get(0).x();
        double second = model.walkers().get(1).x();
        assertEquals(0, 3 * Math.cos(3 * first) + 1, 1e-4);
        assertEquals(0, 3 * Math.cos(3 * second) + 1, 1e-4);
        assertTrue(second - first > 1.5, first + ", " + second);
        assertTrue(model.settled());
    }

    @Test
    void resetWithTheSameSeedGivesTheSameStarts() {
        GradientDescentModel a = new GradientDescentModel(Curve.sinePlusLine(), 5, 42);
        GradientDescentModel b = new GradientDescentModel(Curve.sinePlusLine(), 5, 42);
        assertEquals(a.walkers().stream().map(GradientDescentModel.Walker::x).toList(),
                b.walkers().stream().map(GradientDescentModel.Walker::x).toList());
        a.resetWithNewSeed();
        assertFalse(a.walkers().get(0).x() == b.walkers().get(0).x());
        for (GradientDescentModel.Walker w : a.walkers()) {
            assertTrue(w.x() > -3 && w.x() < 3);
        }
    }

    @Test
    void formulasAreParsedAndErrorsReported() {
        Curve c = Curve.formula("x^4 - 3*x^2 + x", -3, 3);
        assertEquals(16 - 12 + 2, c.value(2), 1e-12);
        assertEquals(4 * 8 - 6 * 2 + 1, c.slope(2), 1e-4);
        assertEquals(Math.sin(1) + Math.exp(1), Curve.formula("sin(x) + exp(x)", -3, 3).value(1), 1e-12);

        String unknown = assertThrows(IllegalArgumentException.class, () -> Curve.formula("y + 1", -3, 3))
                .getMessage();
        assertTrue(unknown.startsWith("Not a formula in x"), unknown);
        assertTrue(unknown.contains("y"), unknown);
        String brackets = assertThrows(IllegalArgumentException.class, () -> Curve.formula("sin(x", -3, 3))
                .getMessage();
        assertTrue(brackets.startsWith("Not a formula in x"), brackets);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Curve.formula("  ", -3, 3)).getMessage()
                .contains("Type a formula"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Curve.formula("sqrt(x - 10)", -3, 3))
                .getMessage().contains("no value"));
        // Division by zero at one point is not an error: the curve just has a gap there.
        assertTrue(Double.isNaN(Curve.formula("1/x", -3, 3).value(0)) || Double.isInfinite(
                Curve.formula("1/x", -3, 3).value(0)));
    }

    @Test
    void learningRateOneBouncesBetweenMinusOneAndOne() {
        LearningRateModel model = new LearningRateModel();
        for (int k = 0; k < 20; k++) {
            model.step();
        }
        for (int k = 0; k <= 20; k++) {
            assertEquals(k % 2 == 0 ? -1.0 : 1.0, model.x(0, k), 0.0, "rate 1, step " + k);
        }
        assertEquals("overshoots forever", model.behaviour(0));
    }

    @Test
    void theFourRatesZigZagConvergeAndCrawl() {
        LearningRateModel model = new LearningRateModel();
        for (int k = 0; k < 3; k++) {
            model.step();
        }
        assertEquals(0.8, model.x(1, 1), 1e-12);
        assertEquals(-0.64, model.x(1, 2), 1e-12);
        assertEquals(0.512, model.x(1, 3), 1e-12);
        assertEquals(-0.4, model.x(2, 1), 1e-12);
        assertEquals(-0.064, model.x(2, 3), 1e-12);
        assertEquals(-0.9, model.x(3, 1), 1e-12);
        assertEquals(-0.729, model.x(3, 3), 1e-12);
        assertEquals(List.of("overshoots forever", "zig-zags in", "converges", "crawls"),
                List.of(model.behaviour(0), model.behaviour(1), model.behaviour(2), model.behaviour(3)));
        model.reset();
        assertEquals(0, model.steps());
    }

    @Test
    void oneNeuronGradientDescentFindsTheLine() {
        OneNeuronModel model = new OneNeuronModel();
        model.setParameters(-1, -1);
        double before = model.mse();
        for (int i = 0; i < 2000 && !model.converged(); i++) {
            model.descentStep();
        }
        double[] best = model.bestFit();
        assertEquals(best[0], model.weight(), 1e-3);
        assertEquals(best[1], model.bias(), 1e-3);
        assertEquals(1, model.weight(), 0.05);
        assertEquals(2, model.bias(), 0.05);
        assertTrue(model.mse() < before / 20);
        assertTrue(model.path().size() > 10);
        assertEquals(-1, model.path().get(0)[0]);
    }

    @Test
    void oneNeuronMseAndGradientByHand() {
        OneNeuronModel model = new OneNeuronModel(new org.mlpsandbox.engine.data.Dataset("two", 1, 1, 0,
                new double[] {0, 1}, new double[] {1, 3}));
        model.setParameters(1, 0);
        // errors: 0·1 + 0 − 1 = −1, 1 + 0 − 3 = −2 → MSE (1 + 4)/2 = 2.5; dw = 2·(−1·0 + −2·1)/2 = −2; db = −3
        assertEquals(2.5, model.mse(), 1e-12);
        assertEquals(-2, model.gradient()[0], 1e-12);
        assertEquals(-3, model.gradient()[1], 1e-12);
    }

    @Test
    void twoReluNeuronsFitTheBend() {
        ReluBendModel model = new ReluBendModel();
        double start = model.mse();
        model.setParameters(ReluBendModel.solution());
        assertEquals(0.5, model.corner(1), 1e-12);
        assertEquals(0.5, model.corner(2), 1e-12);
        assertEquals(-0.5 * (-1 - 0.5), model.output(-1), 1e-12);
        assertEquals(1.5 * (2 - 0.5), model.output(2), 1e-12);
        assertTrue(model.mse() < 0.02, "noise 0.1 leaves about 0.01, got " + model.mse());
        assertTrue(start > 10 * model.mse());
    }
}
