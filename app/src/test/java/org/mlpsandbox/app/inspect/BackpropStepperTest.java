package org.mlpsandbox.app.inspect;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.mlpsandbox.app.format.Numbers;
import org.mlpsandbox.engine.net.Network;

class BackpropStepperTest {

    private static final double[] X = {0.4, -0.9};
    private static final double[] T = {1};

    private static BackpropStepper stepper() {
        BackpropStepper s = new BackpropStepper(Nets.build("2,3:tanh,2:relu,1:sigmoid", "log-loss", 4), 0.5);
        s.setSample(X, T);
        return s;
    }

    @Test
    void visitsInputForwardLossBackwardUpdateAppliedInOrder() {
        BackpropStepper s = stepper();
        List<String> labels = new ArrayList<>();
        labels.add(s.stageLabel());
        while (s.stage().kind() != Stage.Kind.APPLIED) {
            s.next();
            labels.add(s.stageLabel());
        }
        assertEquals(List.of("Input", "Forward 1/3", "Forward 2/3", "Forward 3/3", "Loss", "Backward 3/3",
                "Backward 2/3", "Backward 1/3", "Update", "Applied"), labels);
        assertEquals(10, s.stagesPerPass());
    }

    @Test
    void revealsEachLayerAtItsStage() {
        BackpropStepper s = stepper();
        assertFalse(s.forwardShown(0));
        s.next();
        assertTrue(s.forwardShown(0));
        assertFalse(s.forwardShown(1));
        s.next();
        s.next();
        assertTrue(s.forwardShown(2));
        assertFalse(s.lossShown());
        s.next();
        assertTrue(s.lossShown());
        assertFalse(s.deltaShown(2));
        s.next();
        assertTrue(s.deltaShown(2));
        assertFalse(s.deltaShown(1));
        s.next();
        s.next();
        assertTrue(s.deltaShown(0));
        assertFalse(s.updateShown());
        s.next();
        assertTrue(s.updateShown());
        assertFalse(s.applied());
        s.next();
        assertTrue(s.applied());
    }

    @Test
    void applyBackAndStartAreReversibleAndTheCallersNetworkIsNeverChanged() {
        Network net = Nets.build("2,3:tanh,1:sigmoid", "log-loss", 2);
        double[] w0 = net.layer(0).weights().clone();
        BackpropStepper s = new BackpropStepper(net, 0.5);
        s.setSample(X, T);
        double[] original = s.network().layer(0).weights().clone();
        s.applyUpdate();
        assertTrue(s.applied());
        double[] updated = s.network().layer(0).weights().clone();
        assertFalse(java.util.Arrays.equals(original, updated));
        s.back();
        assertArrayEquals(original, s.network().layer(0).weights(), 0);
        s.next();
        s.next(); // a second pass, from the updated weights
        assertEquals(1, s.pass());
        assertArrayEquals(updated, s.trace().weights(0), 0);
        assertTrue(s.trace().loss() < stepperLoss(net), "the sample's loss fell after one step");
        s.applyUpdate();
        s.back();
        s.back();
        s.back();
        s.back();
        s.back();
        s.back();
        s.back();
        assertEquals(1, s.pass());
        assertEquals(Stage.Kind.INPUT, s.stage().kind());
        s.back();
        assertEquals(0, s.pass());
        assertTrue(s.applied());
        s.start();
        assertEquals(0, s.pass());
        assertEquals(Stage.Kind.INPUT, s.stage().kind());
        assertArrayEquals(original, s.network().layer(0).weights(), 0);
        assertArrayEquals(w0, net.layer(0).weights(), 0);
        assertFalse(s.canBack());
    }

    private static double stepperLoss(Network net) {
        return BackpropTrace.compute(net, X, T, 0.5).loss();
    }

    @Test
    void newSampleStartsOverFromTheOriginalParameters() {
        BackpropStepper s = stepper();
        double[] original = s.network().layer(1).weights().clone();
        s.applyUpdate();
        s.next();
        s.setSample(new double[] {1, 1}, new double[] {0});
        assertEquals(0, s.pass());
        assertEquals(Stage.Kind.INPUT, s.stage().kind());
        assertArrayEquals(original, s.network().layer(1).weights(), 0);
        assertArrayEquals(new double[] {1, 1}, s.x(), 0);
    }

    @Test
    void listenersHearEveryMove() {
        BackpropStepper s = stepper();
        AtomicInteger calls = new AtomicInteger();
        s.addChangeListener(calls::incrementAndGet);
        s.next();
        s.back();
        s.applyUpdate();
        s.start();
        assertEquals(4, calls.get());
    }

    @Test
    void withoutASampleNothingMovesAndTheCaptionSaysWhatToDo() {
        BackpropStepper s = new BackpropStepper(Nets.build("2,1:sigmoid", "log-loss", 1), 0.1);
        assertFalse(s.hasSample());
        assertFalse(s.canNext());
        s.next();
        assertTrue(s.describe().startsWith("Pick a sample"));
        assertThrows(IllegalStateException.class, s::trace);
    }

    @Test
    void changingTheRateKeepsTheStopAndChangesTheUpdate() {
        BackpropStepper s = stepper();
        s.goTo(s.stagesPerPass() - 2);
        double after = s.trace().weightAfter(0, 0, 0);
        s.setLearningRate(0.01);
        assertEquals(Stage.Kind.UPDATE, s.stage().kind());
        assertNotEquals(after, s.trace().weightAfter(0, 0, 0));
    }

    @Test
    void edgeFormulaWritesTheChainRuleWithNumbers() {
        BackpropStepper s = stepper();
        EdgeFormula early = EdgeFormula.of(s, 2, 0, 1);
        assertTrue(early.explanation().lines().stream().anyMatch(l -> l.contains("known once the backward pass")));
        s.goTo(s.stagesPerPass() - 2);
        EdgeFormula out = EdgeFormula.of(s, 2, 0, 1);
        String text = out.explanation().toString();
        assertTrue(text.startsWith("Weight w³₁₂: neuron 2 of layer 2 → neuron 1 of layer 3 (output)"), text);
        assertTrue(text.contains("∂C/∂w³₁₂ = δ³₁ · a²₂ = (∂C/∂a³₁ × a′(z³₁)) · a²₂"), text);
        assertTrue(text.contains("= (" + Numbers.factor(out.gradA()) + " × " + Numbers.factor(out.slope()) + ") · "
                + Numbers.factor(out.incoming()) + " = " + Numbers.format(out.chainProduct())), text);
        assertTrue(text.contains("Update: w³₁₂ ← w³₁₂ − η · ∂C/∂w³₁₂"), text);
        EdgeFormula hidden = EdgeFormula.of(s, 0, 2, 0);
        String h = hidden.explanation().toString();
        assertTrue(h.contains("(Σₖ w²ₖ₃ δ²ₖ × a′(z¹₃)) · x₁"), h);
        assertTrue(h.contains("where Σₖ w²ₖ₃ δ²ₖ = "), h);
    }

    @Test
    void softmaxIsDescribedAsAJacobianVectorProduct() {
        BackpropStepper s = new BackpropStepper(Nets.build("2,3:tanh,3:softmax", "categorical-cross-entropy", 5),
                0.1);
        s.setSample(X, new double[] {0, 1, 0});
        s.applyUpdate();
        EdgeFormula f = EdgeFormula.of(s, 1, 1, 0);
        String text = f.explanation().toString();
        assertTrue(text.contains("Jacobian–vector product"), text);
        assertTrue(text.contains("a²₂ − t₂"), text);
        BackpropTrace tr = s.trace();
        assertEquals(tr.a(1, 1) - 1, f.delta(), 1e-12, "softmax + cross-entropy gives δ = a − t");
        Explanation n = EdgeFormula.neuron(s, 1, 1);
        assertTrue(n.toString().contains("Jacobian"), n.toString());
    }

    @Test
    void numbersAreShortAndUseARealMinus() {
        assertEquals("0.0590", Numbers.format(0.05901));
        assertEquals("−1.25", Numbers.format(-1.2504));
        assertEquals("0.100", Numbers.format(0.09996));
        assertEquals("412", Numbers.format(412.3));
        assertEquals("3.10e-6", Numbers.format(3.1e-6));
        assertEquals("(−0.200)", Numbers.factor(-0.2));
        assertEquals("0", Numbers.format(0));
    }
}
