package org.mlpsandbox.engine.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LearningRateScheduleTest {

    @Test
    void eachScheduleGivesItsHandComputedFactors() {
        LearningRateSchedule step = LearningRateSchedule.parse("step(every=10,factor=0.5)");
        assertEquals(1, step.factor(0));
        assertEquals(1, step.factor(9));
        assertEquals(0.5, step.factor(10));
        assertEquals(0.125, step.factor(35));
        LearningRateSchedule exp = LearningRateSchedule.parse("exponential(gamma=0.9)");
        assertEquals(0.9 * 0.9 * 0.9, exp.factor(3), 1e-15);
        LearningRateSchedule cos = LearningRateSchedule.parse("cosine(epochs=100)");
        assertEquals(1, cos.factor(0), 1e-15);
        assertEquals(0.5, cos.factor(50), 1e-15);
        assertEquals((1 + Math.cos(Math.PI * 0.25)) / 2, cos.factor(25), 1e-15);
        assertEquals(LearningRateSchedule.Cosine.FLOOR, cos.factor(100), 0);
        assertEquals(LearningRateSchedule.Cosine.FLOOR, cos.factor(500), 0);
        assertEquals(1, LearningRateSchedule.parse("constant").factor(1000));
    }

    @Test
    void colonSyntaxAndRoundTripThroughSyntax() {
        LearningRateSchedule s = LearningRateSchedule.parse("step:every=5:factor=0.1");
        assertEquals(new LearningRateSchedule.Step(5, 0.1), s);
        assertEquals(s, LearningRateSchedule.parse(s.syntax()));
        assertEquals(LearningRateSchedule.CONSTANT, LearningRateSchedule.parse(" Constant "));
    }

    @Test
    void settingsForScalesBothRatesAndLeavesAnUnsetBiasRateUnset() {
        TrainingSettings base = TrainingSettings.defaults().withLearningRate(0.2);
        TrainingSettings later = new LearningRateSchedule.Exponential(0.5).settingsFor(base, 2);
        assertEquals(0.05, later.learningRate(), 1e-15);
        assertTrue(Double.isNaN(later.biasLearningRate()));
        TrainingSettings withBias = new LearningRateSchedule.Exponential(0.5)
                .settingsFor(base.withBiasLearningRate(0.4), 1);
        assertEquals(0.2, withBias.biasLearningRate(), 1e-15);
    }

    @Test
    void badTextGetsAOneLineMessageWithTheSyntax() {
        for (String bad : new String[] {"linear", "step(every=10)", "step(every=2.5,factor=0.5)", "cosine(epochs=0)",
                "exponential(gamma=-1)", "step(every=10,factor=0.5,extra=1)", "step(every=ten,factor=1)",
                "cosine(epochs=5"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> LearningRateSchedule.parse(bad), bad);
            assertTrue(!e.getMessage().contains("\n") && !e.getMessage().isBlank(), e.getMessage());
        }
    }
}
