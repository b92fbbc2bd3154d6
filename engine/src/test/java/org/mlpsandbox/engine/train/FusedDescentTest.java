package org.mlpsandbox.engine.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mlpsandbox.engine.TestNets;
import org.mlpsandbox.engine.data.Dataset;
import org.mlpsandbox.engine.math.Kernels;
import org.mlpsandbox.engine.net.Network;
import org.mlpsandbox.engine.net.Workspace;
import org.mlpsandbox.engine.plugin.PluginChoice;
import org.mlpsandbox.engine.plugin.PluginEntry;
import org.mlpsandbox.engine.plugin.PluginKind;
import org.mlpsandbox.engine.plugin.PluginRegistry;
import org.mlpsandbox.engine.plugin.PluginSource;
import org.mlpsandbox.engine.plugin.PluginStatus;

/**
 * Plain gradient descent fused into one product on native weights ({@link org.mlpsandbox.engine.math.ResidentWeights})
 * trains as the optimizer plugin does: same losses, same weights, edits between steps reach it, a divergence is undone
 * the same way; and the fused update moves the weights against the finite-difference gradient.
 *
 * <p>The network 40-64-32-10 on batches of 16: its first two layers' products go to OpenBLAS and train fused, the
 * last one (16·32·10 multiply-adds) stays with the plugin, so the hand-over between the two is covered too.
 */
class FusedDescentTest {

    private static final String LAYOUT = "40,64:tanh,32:sigmoid,10:softmax";
    private static final int SAMPLES = 96;

    private static Dataset data() {
        double[] x = TestNets.randomArray(SAMPLES * 40, 21, -1, 1);
        double[] y = new double[SAMPLES * 10];
        for (int r = 0; r < SAMPLES; r++) {
            y[r * 10 + (r * 7) % 10] = 1;
        }
        return new Dataset("random", 40, 10, 10, x, y);
    }

    private static Trainer trainer(boolean fused, TrainingSettings settings) {
        assertTrue(Kernels.nativeInUse(), "these tests need OpenBLAS, which ships for this platform");
        Network net = TestNets.build(LAYOUT, "categorical-cross-entropy", "xavier-normal", 5);
        Trainer t = new Trainer(net, data(), null, settings, TestNets.PLUGINS);
        t.fuseDescent(fused);
        return t;
    }

    private static TrainingSettings settings() {
        return TrainingSettings.defaults().withSeed(3).withBatchSize(16).withLearningRate(0.5);
    }

    @Test
    void theLargeLayersTrainFusedAndTheSmallOneThroughThePlugin() {
        Trainer t = trainer(true, settings());
        assertNotNull(t.network().residentWeights(0));
        assertNotNull(t.network().residentWeights(1));
        assertNull(t.network().residentWeights(2), "16·32·10 multiply-adds stay in Java");
    }

    @Test
    void fusedTrainingGivesTheLossesAndWeightsOfThePluginsUpdate() {
        Trainer fused = trainer(true, settings());
        Trainer plain = trainer(false, settings());
        for (int s = 0; s < 40; s++) {
            double a = fused.step();
            double b = plain.step();
            assertEquals(b, a, 1e-10 * Math.abs(b), "loss of step " + (s + 1));
        }
        for (int l = 0; l < 3; l++) {
            assertClose(plain.network().layer(l).weights(), fused.network().layer(l).weights(), 1e-9,
                    "layer " + (l + 1));
        }
        double[] a = new double[3];
        double[] b = new double[3];
        fused.gradientNorms(a);
        plain.gradientNorms(b);
        for (int l = 0; l < 3; l++) {
            assertEquals(b[l], a[l], 1e-9 * b[l], "gradient norm of layer " + (l + 1));
        }
        double[] ra = new double[3];
        double[] rb = new double[3];
        fused.updateRatios(ra);
        plain.updateRatios(rb);
        for (int l = 0; l < 3; l++) {
            assertEquals(rb[l], ra[l], 1e-6 * rb[l], "update ratio of layer " + (l + 1));
        }
    }

    @Test
    void anEditBetweenStepsReachesTheNativeWeights() {
        Trainer fused = trainer(true, settings());
        Trainer plain = trainer(false, settings());
        for (Trainer t : new Trainer[] {fused, plain}) {
            stepThenEdit(t, 5, 7, 0);
        }
        for (int s = 0; s < 5; s++) {
            double a = fused.step();
            double b = plain.step();
            assertEquals(b, a, 1e-10 * Math.abs(b), "loss of step " + (s + 6) + " after the edit");
        }
    }

    @Test
    void theFusedUpdateMovesTheWeightsAgainstTheFiniteDifferenceGradient() {
        double lr = 0.5;
        // one batch holds every sample, so the step's loss is the mean loss over the whole set, whatever the order
        TrainingSettings one = TrainingSettings.defaults().withSeed(3).withBatchSize(SAMPLES).withLearningRate(lr);
        Trainer t = trainer(true, one);
        assertNotNull(t.network().residentWeights(0));
        Network net = t.network();
        Network probe = net.copy();
        double[] before = net.layer(0).weights().clone();
        t.step();
        double[] after = net.layer(0).weights();
        Dataset d = data();
        Workspace ws = probe.newWorkspace(SAMPLES);
        double h = 1e-6;
        for (int i = 0; i < before.length; i += 97) {
            double[] w = before.clone();
            w[i] = before[i] + h;
            probe.setParameters(0, w, probe.layer(0).bias().clone());
            probe.forward(d.x(), SAMPLES, ws);
            double up = probe.loss(d.y(), SAMPLES, ws);
            w[i] = before[i] - h;
            probe.setParameters(0, w, probe.layer(0).bias().clone());
            probe.forward(d.x(), SAMPLES, ws);
            double down = probe.loss(d.y(), SAMPLES, ws);
            double gradient = (up - down) / (2 * h);
            assertEquals(-lr * gradient, after[i] - before[i], 1e-7 + 1e-5 * Math.abs(lr * gradient),
                    "weight " + i);
        }
    }

    @Test
    void aDivergenceIsUndoneAsWithoutFusion() {
        TrainingSettings wild = settings().withLearningRate(2e4);
        Trainer fused = trainer(true, wild);
        Trainer plain = trainer(false, wild);
        TrainingStoppedException a = assertThrows(TrainingStoppedException.class, () -> stepMany(fused));
        TrainingStoppedException b = assertThrows(TrainingStoppedException.class, () -> stepMany(plain));
        assertEquals(TrainingStoppedException.Reason.DIVERGED, a.reason());
        assertEquals(b.getMessage(), a.getMessage());
        for (int l = 0; l < 3; l++) {
            assertClose(plain.network().layer(l).weights(), fused.network().layer(l).weights(), 1e-9,
                    "layer " + (l + 1) + " after the undo");
        }
    }

    /**
     * With native first-layer weights the inputs are copied into native memory once and each batch is gathered from
     * there during the previous step's backward pass, and the fused update makes the next batch's forward product:
     * the same losses, bit for bit, as gathering each batch in Java when its step starts (over several epochs and
     * their shuffles).
     */
    @Test
    void gatheringAheadDuringTheBackwardPassTrainsAsGatheringEachStep() {
        Trainer[] pair = aheadAndEach();
        Trainer ahead = pair[0];
        Trainer each = pair[1];
        assertTrue(ahead.gathersNatively(), "batches come from the native copy of the inputs");
        assertFalse(each.gathersNatively());
        for (int s = 0; s < 20; s++) {
            assertEquals(each.step(), ahead.step(), 0.0, "loss of step " + (s + 1));
        }
        long madeAhead = ahead.network().residentWeights(0).forwardsMadeAhead();
        assertTrue(madeAhead >= 14, "forward products made by the update before: " + madeAhead
                + " of 20 (all but each epoch's first)");
        assertEquals(0, each.network().residentWeights(0).forwardsMadeAhead());
    }

    /**
     * An edit of the weights between steps reaches the next forward pass, whose product the last update had made
     * ahead with the weights before the edit: it is made again.
     */
    @Test
    void anEditBetweenStepsReplacesTheForwardProductMadeAhead() {
        Trainer[] pair = aheadAndEach();
        Trainer ahead = pair[0];
        Trainer each = pair[1];
        for (Trainer t : new Trainer[] {ahead, each}) {
            stepThenEdit(t, 3, 5, 0.5);
        }
        assertEquals(each.step(), ahead.step(), 0.0, "loss of the step after the edit");
        for (int s = 0; s < 4; s++) {
            assertEquals(each.step(), ahead.step(), 0.0, "loss of step " + (s + 5));
        }
    }

    /** A step undone after the next batch was gathered ahead takes its own batch again, as without gathering ahead. */
    @Test
    void aStepUndoneAfterGatheringAheadRetriesItsOwnBatch() {
        Trainer[] pair = aheadAndEach();
        Trainer ahead = pair[0];
        Trainer each = pair[1];
        for (Trainer t : new Trainer[] {ahead, each}) {
            t.step();
            t.step();
            t.setSettings(settings().withLearningRate(1e30));
            t.step(); // moves the weights by about 1e30: the next step's loss explodes, and that step is undone
            assertThrows(TrainingStoppedException.class, t::step);
            t.setSettings(settings());
        }
        for (int s = 0; s < 8; s++) {
            assertEquals(each.step(), ahead.step(), 0.0, "loss of step " + (s + 3) + " after the undone one");
        }
    }

    /**
     * Settings that take the first layer's weights out of native memory, and back, between steps: the batch gathered
     * ahead into native memory is gathered again where it is now read, so the run goes on as one that always gathered
     * in Java.
     */
    @Test
    void leavingAndReenteringNativeTrainingKeepsTheBatches() {
        Trainer[] pair = aheadAndEach();
        Trainer ahead = pair[0];
        Trainer each = pair[1];
        TrainingSettings[] phases = {settings(), settings().withRegularization(0, 1e-3), settings()};
        int step = 0;
        for (TrainingSettings phase : phases) {
            ahead.setSettings(phase);
            each.setSettings(phase);
            assertEquals(phase.l2() == 0, ahead.gathersNatively(), "gathering natively with " + phase);
            for (int s = 0; s < 3; s++) {
                step++;
                assertEquals(each.step(), ahead.step(), 0.0, "loss of step " + step);
            }
        }
    }

    @Test
    void momentumOrL2KeepTheWeightsInJavaAndTheArraysUpToDate() {
        Trainer t = trainer(true, settings());
        for (int s = 0; s < 3; s++) {
            t.step();
        }
        double[] trained = t.network().layer(0).weights().clone();
        t.setSettings(settings().withRegularization(0, 1e-3));
        assertNull(t.network().residentWeights(0), "L2 is not fused");
        assertClose(trained, t.network().layer(0).weights(), 0, "weights handed back to Java");
        t.setSettings(settings());
        assertNotNull(t.network().residentWeights(0));
        t.setSettings(settings().withOptimizer(PluginChoice.of("sgd").with("momentum", 0.9)));
        assertNull(t.network().residentWeights(0), "momentum is not plain gradient descent");
        t.step();
    }

    /**
     * The plugin's layers update before the fused ones, so when the plugin fails (here on the last layer's weights,
     * after the fused layers' biases moved) the native weights have not moved, the step is undone whole and taken again
     * on the same batch: the run goes on exactly as one that never failed.
     */
    @Test
    void aStepUndoneByThePluginLeavesTheNativeWeightsAndIsRetried() {
        FailingOnce optimizer = new FailingOnce(4, 4, true);
        List<PluginEntry> entries = new ArrayList<>(TestNets.PLUGINS.entries());
        entries.add(new PluginEntry(PluginKind.OPTIMIZER, optimizer.id(), optimizer.id(),
                FailingOnce.class.getName(), optimizer, PluginSource.BUILT_IN, PluginStatus.OK, "", List.of()));
        PluginRegistry plugins = new PluginRegistry(entries);
        Trainer reference = trainer(true, settings());
        double[] expected = new double[6];
        for (int i = 0; i < expected.length; i++) {
            expected[i] = reference.step();
        }
        Network net = TestNets.build(LAYOUT, "categorical-cross-entropy", "xavier-normal", 5);
        Trainer t = new Trainer(net, data(), null, settings().withOptimizer(PluginChoice.of(optimizer.id())), plugins);
        assertNotNull(net.residentWeights(0), "the optimizer says it is plain: its large layers train fused");
        for (int i = 0; i < 3; i++) {
            assertEquals(expected[i], t.step(), 1e-12 * expected[i], "step " + (i + 1));
        }
        double[] weights = net.layer(0).weights().clone();
        double[] bias = net.layer(0).bias().clone();
        assertThrows(TrainingStoppedException.class, t::step);
        assertArrayEquals(weights, net.layer(0).weights(), 0.0, "native weights as before the step");
        assertArrayEquals(bias, net.layer(0).bias(), 0.0, "biases put back");
        for (int i = 3; i < 6; i++) {
            assertEquals(expected[i], t.step(), 1e-12 * expected[i], "step " + (i + 1) + " (taken again)");
        }
    }

    /**
     * Two fused trainers of the same run: the first gathers each batch ahead, from a native copy of the inputs, and
     * gets its forward products made ahead; the second gathers each batch in Java when its step starts.
     */
    private static Trainer[] aheadAndEach() {
        Trainer ahead = trainer(true, settings());
        Trainer each = trainer(true, settings());
        ahead.gatherAheadFrom(0);
        each.gatherAheadFrom(Long.MAX_VALUE);
        return new Trainer[] {ahead, each};
    }

    /** Takes {@code steps} steps, then edits every {@code stride}-th weight of the first layer: w ↦ offset − w. */
    private static void stepThenEdit(Trainer t, int steps, int stride, double offset) {
        for (int s = 0; s < steps; s++) {
            t.step();
        }
        Network net = t.network();
        double[] w = net.layer(0).weights().clone();
        for (int i = 0; i < w.length; i += stride) {
            w[i] = offset - w[i];
        }
        net.setParameters(0, w, net.layer(0).bias().clone());
    }

    private static void stepMany(Trainer t) {
        for (int s = 0; s < 200; s++) {
            t.step();
        }
    }

    private static void assertClose(double[] expected, double[] actual, double relative, String what) {
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual[i], relative * Math.max(1, Math.abs(expected[i])), what + " at " + i);
        }
    }
}
