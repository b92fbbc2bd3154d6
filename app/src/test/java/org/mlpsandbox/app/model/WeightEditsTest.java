package org.mlpsandbox.app.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mlpsandbox.app.model.WeightEdits.Target;
import org.mlpsandbox.engine.net.DenseLayer;
import org.mlpsandbox.engine.net.Network;

/** Weights typed by hand: the network's output moves by what the formula says, and the edit can be undone. */
class WeightEditsTest {

    private final SandboxModel model = new SandboxModel(TestPlugins.registry());

    @BeforeEach
    void tinyNetwork() {
        model.network().removeLayer(); // 2 → 6 tanh → 1 sigmoid
        model.network().setLayerSize(0, 2); // 2 → 2 tanh → 1 sigmoid
        assertArrayEquals(new int[] {2, 2, 1}, model.network().spec().sizes());
    }

    @AfterEach
    void close() {
        model.close();
    }

    private Network latest() {
        return model.run().latestSnapshot().orElseThrow().network();
    }

    /** σ(w₂·tanh(W₁x + b₁) + b₂), written out from the parameters alone. */
    private static double byHand(Network n, double x1, double x2) {
        DenseLayer hidden = n.layer(0);
        DenseLayer out = n.layer(1);
        double z = out.bias()[0];
        for (int j = 0; j < 2; j++) {
            double h = Math.tanh(hidden.weights()[j * 2] * x1 + hidden.weights()[j * 2 + 1] * x2 + hidden.bias()[j]);
            z += out.weights()[j] * h;
        }
        return 1 / (1 + Math.exp(-z));
    }

    @Test
    void anOutputWeightMovesTheOutputByTheFormula() {
        model.run().stepBatch();
        model.run().stepBatch();
        awaitStep(2);
        Network before = latest();
        double x1 = 0.7;
        double x2 = -1.3;
        double h1 = Math.tanh(before.layer(0).weight(1, 0) * x1 + before.layer(0).weight(1, 1) * x2
                + before.layer(0).bias()[1]);
        double zBefore = Math.log(before.predict(new double[] {x1, x2}, 1)[0]
                / (1 - before.predict(new double[] {x1, x2}, 1)[0]));
        double old = before.layer(1).weight(0, 1);
        model.file().markSaved();
        int points = model.run().history().size();
        double lossBefore = model.run().history().lastTrainLoss();

        model.weightEdits().set(Target.weight(1, 0, 1), 2.5);

        Network after = latest();
        assertEquals(2.5, after.layer(1).weight(0, 1));
        double expected = 1 / (1 + Math.exp(-(zBefore + (2.5 - old) * h1)));
        assertEquals(expected, after.predict(new double[] {x1, x2}, 1)[0], 1e-12);
        assertEquals(byHand(after, x1, x2), after.predict(new double[] {x1, x2}, 1)[0], 1e-12);
        assertArrayEquals(before.layer(0).weights(), after.layer(0).weights()); // nothing else moved
        assertArrayEquals(before.layer(1).bias(), after.layer(1).bias());
        assertEquals(2, model.run().step()); // the run goes on from the same step
        // the chart's point at step 2 is now the edited network's loss, and the status shows it
        assertEquals(points, model.run().history().size());
        assertEquals(model.run().trainLoss(), model.run().history().lastTrainLoss());
        assertNotEquals(lossBefore, model.run().history().lastTrainLoss());
        assertTrue(model.file().hasUnsavedWork());
        assertFalse(model.run().isPlaying());
    }

    @Test
    void aBiasEditMovesTheNeuronsSumAndUndoPutsItBack() {
        Network before = latest();
        double x1 = -0.4;
        double x2 = 0.9;
        double b = before.layer(0).bias()[0];
        double trainLossBefore = model.run().trainLoss();

        model.weightEdits().set(Target.bias(0, 0), b + 3);

        Network after = latest();
        assertEquals(b + 3, after.layer(0).bias()[0]);
        assertEquals(byHand(after, x1, x2), after.predict(new double[] {x1, x2}, 1)[0], 1e-12);
        assertNotEquals(before.predict(new double[] {x1, x2}, 1)[0], after.predict(new double[] {x1, x2}, 1)[0]);
        assertTrue(Double.isFinite(model.run().trainLoss()));
        assertNotEquals(trainLossBefore, model.run().trainLoss()); // the status shows the edited network's loss
        assertEquals(b + 3, model.weightEdits().value(Target.bias(0, 0)).orElseThrow());

        assertTrue(model.weightEdits().canUndo());
        assertTrue(model.weightEdits().undo());
        assertEquals(b, latest().layer(0).bias()[0]);
        assertArrayEquals(before.layer(0).weights(), latest().layer(0).weights());
        assertFalse(model.weightEdits().canUndo()); // one level
    }

    @Test
    void aNewRunForgetsTheEditAndBadValuesAreRefused() {
        model.weightEdits().set(Target.weight(0, 1, 0), 0.25);
        model.run().reset();
        assertFalse(model.weightEdits().canUndo());
        assertThrows(IllegalArgumentException.class, () -> model.weightEdits().set(Target.weight(0, 0, 0),
                Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> model.weightEdits().set(Target.weight(0, 0, 0), 2e6));
        assertThrows(IllegalArgumentException.class, () -> model.weightEdits().set(Target.weight(0, 0, 5), 1));
        assertTrue(model.weightEdits().value(Target.weight(3, 0, 0)).isEmpty());
    }

    @Test
    void editingPausesTraining() {
        model.run().play();
        assertTrue(model.run().isPlaying());
        model.weightEdits().set(Target.weight(1, 0, 0), -1.75);
        assertFalse(model.run().isPlaying());
        assertEquals(-1.75, latest().layer(1).weight(0, 0));
    }

    private void awaitStep(long step) {
        long end = System.currentTimeMillis() + 5000;
        while (model.run().latestStep() < step && System.currentTimeMillis() < end) {
            Thread.onSpinWait();
        }
        model.run().poll();
        assertEquals(step, model.run().latestStep());
    }
}
