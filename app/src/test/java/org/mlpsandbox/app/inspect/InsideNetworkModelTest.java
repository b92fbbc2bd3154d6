package org.mlpsandbox.app.inspect;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.mlpsandbox.engine.data.Dataset;
import org.mlpsandbox.engine.data.Generators;
import org.mlpsandbox.engine.net.Network;
import org.mlpsandbox.engine.net.Workspace;
import org.mlpsandbox.engine.train.Trainer;
import org.mlpsandbox.engine.train.TrainingSettings;

class InsideNetworkModelTest {

    private static final Dataset CIRCLE = Generators.generate("circle", 300, 0.1, 1);

    @Test
    void histogramCountsEveryFiniteValueOnceAndWidensAConstant() {
        double[] v = {0, 0.1, 0.5, 0.99, 1, Double.NaN, -1};
        Histogram h = Histogram.of(v, v.length, 4);
        assertEquals(-1, h.min());
        assertEquals(1, h.max());
        assertArrayEquals(new int[] {1, 0, 2, 3}, h.counts());
        assertEquals(1, h.nonFinite());
        assertEquals(7, h.total());
        Histogram zeros = Histogram.of(new double[50], 50, 10);
        assertTrue(zeros.min() < 0 && zeros.max() > 0);
        assertEquals(50, Arrays.stream(zeros.counts()).sum());
        assertEquals(50, zeros.counts()[5], "the spike sits in the middle");
    }

    @Test
    void aDeadReluLayerIsFlagged() {
        Network net = Nets.build("2,8:relu,1:sigmoid", "log-loss", 1);
        double[] bias = new double[8];
        Arrays.fill(bias, -50); // z < 0 for every sample: the whole layer is dead
        net.setParameters(0, net.layer(0).weights(), bias);
        NetworkInspection insp = new NetworkInspector().inspect(net, CIRCLE, 0, new double[0]);
        LayerStats s = insp.layers().get(0);
        assertEquals(1.0, s.zeroFraction());
        assertEquals(8, s.deadNeurons());
        assertTrue(insp.findings().contains("layer 1: 100 % of ReLU outputs are 0 — dead neurons (8 of 8 never fire"
                + " on these samples)"), insp.findings().toString());
    }

    @Test
    void partlyDeadReluGivesThePercentageOfZeros() {
        LayerStats s = LayerStats.of(1, "relu", new double[] {1, -1}, new double[] {0.1, 0.2},
                new double[] {0, 5, 0, 1, 0, 0, 0, 2}, 2, 4); // 5 of 8 zero, neurons 1 and 3 always 0
        assertEquals(0.625, s.zeroFraction());
        assertEquals(2, s.deadNeurons());
        List<String> notes = NetworkInspection.findings(List.of(s), new double[0]);
        assertEquals("layer 2: 63 % of ReLU outputs are 0 — dead neurons (2 of 4 never fire on these samples)",
                notes.get(0));
    }

    @Test
    void saturatedHiddenSigmoidsAreFlaggedButAConfidentOutputIsNot() {
        Network net = Nets.build("2,6:sigmoid,1:sigmoid", "log-loss", 2);
        double[] w = net.layer(0).weights().clone();
        for (int i = 0; i < w.length; i++) {
            w[i] *= 40;
        }
        net.setParameters(0, w, net.layer(0).bias());
        NetworkInspection insp = new NetworkInspector().inspect(net, CIRCLE, 0, new double[0]);
        LayerStats s = insp.layers().get(0);
        assertTrue(s.saturatedFraction() > 0.6, "saturated share " + s.saturatedFraction());
        String note = insp.findings().get(0);
        assertTrue(note.matches("layer 1: \\d+ % of sigmoid outputs saturated — .*"), note);
        LayerStats output = LayerStats.of(1, "sigmoid", new double[1], new double[1], new double[] {0.001, 0.999},
                2, 1);
        assertTrue(NetworkInspection.findings(List.of(s, output), new double[0]).stream()
                .noneMatch(n -> n.startsWith("layer 2")), "the output layer may be confident");
    }

    @Test
    void vanishingGradientsAndWildUpdateRatiosAreNamed() {
        LayerStats first = LayerStats.of(0, "sigmoid", new double[] {1}, new double[] {1e-7}, new double[] {0.5}, 1,
                1);
        LayerStats middle = LayerStats.of(1, "sigmoid", new double[] {1}, new double[] {1e-5}, new double[] {0.5}, 1,
                1);
        LayerStats last = LayerStats.of(2, "sigmoid", new double[] {1}, new double[] {1e-2}, new double[] {0.5}, 1,
                1);
        List<String> notes = NetworkInspection.findings(List.of(first, middle, last), new double[] {0.5, 1e-3, 0});
        assertTrue(notes.stream().anyMatch(n -> n.startsWith("gradients shrink") && n.contains("vanishing")),
                notes.toString());
        assertTrue(notes.stream().anyMatch(n -> n.startsWith("layer 1: each step moves the weights by 50 %")),
                notes.toString());
        assertTrue(notes.stream().anyMatch(n -> n.startsWith("layer 3: the last step did not move")),
                notes.toString());
    }

    @Test
    void inspectorMeasuresWhatTheEngineComputesOnTheProbeBatch() {
        Network net = Nets.build("2,5:tanh,1:sigmoid", "log-loss", 4);
        NetworkInspection insp = new NetworkInspector().inspect(net, CIRCLE, 7, new double[0]);
        assertEquals(256, insp.rows());
        assertEquals(7, insp.step());
        // The same 256 probe samples, evaluated by the engine separately.
        double[] x = new double[256 * 2];
        double[] t = new double[256];
        for (int r = 0; r < 256; r++) {
            int s = r * 300 / 256;
            x[2 * r] = CIRCLE.x()[2 * s];
            x[2 * r + 1] = CIRCLE.x()[2 * s + 1];
            t[r] = CIRCLE.y()[s];
        }
        Workspace ws = net.newWorkspace(256);
        net.forward(x, 256, ws);
        net.backward(x, t, 256, ws, null);
        double sum = 0;
        for (double g : ws.gradWeights(0)) {
            sum += g * g;
        }
        assertEquals(Math.sqrt(sum / 10), insp.layers().get(0).gradientRms(), 1e-15);
        assertEquals(256 * 5, insp.layers().get(0).activations().total());
    }

    @Test
    void trainerInspectionCarriesTheUpdateRatios() {
        Network net = Nets.build("2,5:tanh,1:sigmoid", "log-loss", 4);
        Trainer trainer = new Trainer(net, CIRCLE, null, TrainingSettings.defaults(), Nets.PLUGINS);
        NetworkInspector inspector = new NetworkInspector();
        assertEquals(0, inspector.inspect(trainer).updateRatios().length, "no ratios before the first step");
        trainer.step();
        NetworkInspection insp = inspector.inspect(trainer);
        assertEquals(2, insp.updateRatios().length);
        double[] expected = new double[2];
        trainer.updateRatios(expected);
        assertArrayEquals(expected, insp.updateRatios(), 0);
        assertTrue(insp.updateRatios()[0] > 0);
    }

    @Test
    void ratioHistoryStaysBoundedAndCoversTheWholeRun() {
        RatioHistory h = new RatioHistory(100);
        SplittableRandom r = new SplittableRandom(1);
        for (long step = 1; step <= 10_000; step++) {
            h.add(step, new double[] {r.nextDouble(1e-4, 1e-2), 0});
        }
        assertTrue(h.size() <= 100 && h.size() >= 50, "size " + h.size());
        long[] steps = h.steps();
        assertEquals(1, steps[0]);
        assertTrue(steps[steps.length - 1] > 9_000);
        for (int i = 1; i < steps.length; i++) {
            assertTrue(steps[i] > steps[i - 1]);
        }
        assertTrue(Double.isNaN(h.ratios(1)[0]), "a zero ratio cannot go on a log axis");
        assertTrue(h.add(5, new double[] {1e-3, 1e-3}), "an earlier step is a new run");
        assertEquals(1, h.size());
        assertFalse(h.add(5, new double[] {1e-3, 1e-3}));
    }
}
