package org.mlpsandbox.engine.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mlpsandbox.engine.TestNets;
import org.mlpsandbox.engine.data.Dataset;
import org.mlpsandbox.engine.net.Network;
import org.mlpsandbox.engine.plugin.PluginChoice;
import org.mlpsandbox.engine.plugin.PluginEntry;
import org.mlpsandbox.engine.plugin.PluginKind;
import org.mlpsandbox.engine.plugin.PluginRegistry;
import org.mlpsandbox.engine.plugin.PluginSource;
import org.mlpsandbox.engine.plugin.PluginStatus;

class TrainerTest {

    private static Dataset noisySine(int n, long seed) {
        double[] x = TestNets.randomArray(n, seed, -3, 3);
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = Math.sin(x[i]);
        }
        return new Dataset("sine", 1, 1, 0, x, y);
    }

    private static double[] losses(long seed, int steps) {
        Network net = TestNets.build("1,6:tanh,1:identity", "mse", "xavier-uniform", seed);
        Trainer t = new Trainer(net, noisySine(50, 3), null, TrainingSettings.defaults().withSeed(seed).withBatchSize(7),
                TestNets.PLUGINS);
        double[] out = new double[steps];
        for (int i = 0; i < steps; i++) {
            out[i] = t.step();
        }
        return out;
    }

    @Test
    void shuffleDrawsAreUniformAndInRange() {
        SplittableRandom random = new SplittableRandom(5);
        int[] counts = new int[3];
        for (int i = 0; i < 300_000; i++) {
            counts[BatchStream.uniformBelow(random, 3)]++;
        }
        for (int count : counts) {
            assertEquals(100_000, count, 1_500, Arrays.toString(counts));
        }
        boolean[] seen = new boolean[500];
        for (int i = 0; i < 20_000; i++) {
            seen[BatchStream.uniformBelow(random, 500)] = true;
        }
        for (int v = 0; v < seen.length; v++) {
            assertTrue(seen[v], "never drew " + v + " below 500");
        }
        // a bound just over 2³⁰ rejects about a quarter of the raw draws: still in range, and even over both halves
        int bound = (1 << 30) + 3;
        int high = 0;
        for (int i = 0; i < 10_000; i++) {
            int v = BatchStream.uniformBelow(random, bound);
            assertTrue(v >= 0 && v < bound, "drew " + v);
            high += v >= bound / 2 ? 1 : 0;
        }
        assertEquals(5_000, high, 300);
        assertEquals(0, BatchStream.uniformBelow(random, 1));
    }

    /**
     * The norms come from the backward pass (small and large products) or, with L2, from the regularised g; where
     * the large layer trains fused on native weights (no L2), they are measured from its last update and agree.
     */
    @Test
    void gradientNormsAreTheNormsOfTheGradientsTheOptimizerGets() {
        for (double l2 : new double[] {0, 0.01}) {
            double[] unfused = new double[3];
            for (boolean fused : new boolean[] {false, true}) {
                // 40 inputs and 200 hidden neurons: the first layer's gradient goes through the fast kernels, the
                // last layer's (2 → 1) through the small loops
                Network net = TestNets.build("40,200:tanh,2:tanh,1:identity", "mse", "xavier-uniform", 4);
                Dataset data = new Dataset("random", 40, 1, 0, TestNets.randomArray(64 * 40, 5, -1, 1),
                        TestNets.randomArray(64, 6, -1, 1));
                TrainingSettings settings = TrainingSettings.defaults().withSeed(7).withBatchSize(16)
                        .withRegularization(0, l2);
                Trainer t = new Trainer(net, data, null, settings, TestNets.PLUGINS);
                t.fuseDescent(fused);
                t.step();
                double[] norms = new double[3];
                t.gradientNorms(norms);
                for (int l = 0; l < 3; l++) {
                    String what = "layer " + (l + 1) + ", l2 " + l2 + (fused ? ", fused" : "");
                    if (!fused) {
                        double sum = 0;
                        for (double g : t.workspace().gradWeights(l)) {
                            sum += g * g;
                        }
                        unfused[l] = Math.sqrt(sum);
                    }
                    assertEquals(unfused[l], norms[l], 1e-12 * unfused[l], what);
                }
                assertEquals(fused && l2 == 0, net.residentWeights(0) != null, "layer 1 trains fused");
            }
        }
    }

    /** The batch gathered ahead (during the optimizer) is the batch the next step would have gathered itself. */
    @Test
    void gatheringAheadTrainsExactlyAsGatheringEachStep() {
        double[][] losses = new double[2][];
        for (int run = 0; run < 2; run++) {
            Network net = TestNets.build("1,6:tanh,1:identity", "mse", "xavier-uniform", 9);
            // 50 samples in batches of 7: seven steps an epoch, the last one short, a shuffle between epochs
            Trainer t = new Trainer(net, noisySine(50, 3), null,
                    TrainingSettings.defaults().withSeed(9).withBatchSize(7), TestNets.PLUGINS);
            t.gatherAheadFrom(run == 0 ? Long.MAX_VALUE : 0);
            losses[run] = new double[30];
            for (int i = 0; i < losses[run].length; i++) {
                losses[run][i] = t.step();
            }
        }
        assertArrayEquals(losses[0], losses[1], 0.0);
    }

    /**
     * A step undone because the optimizer failed is taken again on the same batch, not on the one gathered ahead:
     * failing on the first layer's weights (while the next batch is still being gathered) and on the second layer's
     * (after it has been).
     */
    @ParameterizedTest
    @ValueSource(ints = {0, 2})
    void aStepUndoneByTheOptimizerIsRetriedOnTheSameBatch(int failingState) {
        FailingOnce optimizer = new FailingOnce(4, failingState, false);
        List<PluginEntry> entries = new ArrayList<>(TestNets.PLUGINS.entries());
        entries.add(new PluginEntry(PluginKind.OPTIMIZER, optimizer.id(), optimizer.id(), FailingOnce.class.getName(),
                optimizer, PluginSource.BUILT_IN, PluginStatus.OK, "", List.of()));
        PluginRegistry plugins = new PluginRegistry(entries);
        TrainingSettings settings = TrainingSettings.defaults().withSeed(9).withBatchSize(7);

        Trainer reference = new Trainer(TestNets.build("1,6:tanh,1:identity", "mse", "xavier-uniform", 9),
                noisySine(50, 3), null, settings, TestNets.PLUGINS);
        double[] expected = new double[6];
        for (int i = 0; i < expected.length; i++) {
            expected[i] = reference.step();
        }

        Network net = TestNets.build("1,6:tanh,1:identity", "mse", "xavier-uniform", 9);
        Trainer t = new Trainer(net, noisySine(50, 3), null,
                settings.withOptimizer(PluginChoice.of(optimizer.id())), plugins);
        t.gatherAheadFrom(0);
        for (int i = 0; i < 3; i++) {
            assertEquals(expected[i], t.step(), 0.0, "step " + (i + 1));
        }
        double[] before = net.layer(0).weights().clone();
        assertThrows(TrainingStoppedException.class, t::step);
        assertArrayEquals(before, net.layer(0).weights(), 0.0);
        assertEquals(expected[3], t.step(), 0.0, "the failed step again: the same batch, from the same weights");
        assertEquals(expected[4], t.step(), 0.0);
        assertEquals(expected[5], t.step(), 0.0);
    }

    @Test
    void sameSeedGivesIdenticalLossesAndAnotherSeedDoesNot() {
        double[] a = losses(42, 200);
        double[] b = losses(42, 200);
        double[] c = losses(43, 200);
        assertArrayEquals(a, b, 0.0);
        assertFalse(Arrays.equals(a, c));
    }

    @Test
    void xorIsLearned() {
        Network net = TestNets.build("2,4:tanh,1:sigmoid", "log-loss", "xavier-uniform", 5);
        Trainer t = new Trainer(net, TestNets.xor(), null,
                TrainingSettings.defaults().withOptimizer(PluginChoice.of("adam")).withLearningRate(0.05)
                        .withBatchSize(4), TestNets.PLUGINS);
        for (int i = 0; i < 2000; i++) {
            t.step();
        }
        Evaluation e = t.evaluate(TestNets.xor());
        assertTrue(e.loss() < 0.01, "xor loss " + e.loss());
        assertEquals(1.0, e.accuracy());
    }

    @Test
    void epochCountsAndPartialLastBatch() {
        Network net = TestNets.build("1,3:tanh,1:identity", "mse", "xavier-uniform", 1);
        Trainer t = new Trainer(net, noisySine(10, 1), null, TrainingSettings.defaults().withBatchSize(4),
                TestNets.PLUGINS);
        assertEquals(3, t.stepsPerEpoch());
        t.epoch();
        assertEquals(1, t.epochCount());
        assertEquals(3, t.stepCount());
        assertEquals(10, t.progress().samplesSeen());
    }

    @Test
    void divergenceStopsWithStepAndAdviceAndKeepsFiniteWeights() {
        Network net = TestNets.build("1,8:relu,8:relu,1:identity", "mse", "he-normal", 1);
        Dataset data = noisySine(40, 2);
        double[] big = data.y().clone();
        for (int i = 0; i < big.length; i++) {
            big[i] *= 1e6;
        }
        Dataset scaled = new Dataset("big", 1, 1, 0, data.x(), big);
        Trainer t = new Trainer(net, scaled, null, TrainingSettings.defaults().withLearningRate(10),
                TestNets.PLUGINS);
        TrainingStoppedException e = assertThrows(TrainingStoppedException.class, () -> {
            for (int i = 0; i < 10_000; i++) {
                t.step();
            }
        });
        assertEquals(TrainingStoppedException.Reason.DIVERGED, e.reason());
        assertTrue(e.getMessage().contains("step " + e.step()), e.getMessage());
        assertTrue(e.getMessage().contains("smaller learning rate"), e.getMessage());
        for (int l = 0; l < net.layerCount(); l++) {
            for (double w : net.layer(l).weights()) {
                assertTrue(Double.isFinite(w));
            }
        }
    }

    @Test
    void l2ShrinksWeightsComparedWithNoRegularisation() {
        double plain = weightNorm(0);
        double regularised = weightNorm(0.05);
        assertTrue(regularised < 0.8 * plain, plain + " vs " + regularised);
    }

    private static double weightNorm(double l2) {
        Network net = TestNets.build("1,16:tanh,1:identity", "mse", "xavier-uniform", 9);
        Trainer t = new Trainer(net, noisySine(30, 4), null,
                TrainingSettings.defaults().withRegularization(0, l2), TestNets.PLUGINS);
        for (int i = 0; i < 3000; i++) {
            t.step();
        }
        double s = 0;
        for (double w : net.layer(0).weights()) {
            s += w * w;
        }
        return Math.sqrt(s);
    }

    @Test
    void separateBiasLearningRateIsUsed() {
        Network a = TestNets.build("1,3:tanh,1:identity", "mse", "xavier-uniform", 1);
        Network b = TestNets.build("1,3:tanh,1:identity", "mse", "xavier-uniform", 1);
        TrainingSettings s = TrainingSettings.defaults();
        Trainer ta = new Trainer(a, noisySine(10, 1), null, s, TestNets.PLUGINS);
        Trainer tb = new Trainer(b, noisySine(10, 1), null, s.withBiasLearningRate(0.2), TestNets.PLUGINS);
        ta.step();
        tb.step();
        assertArrayEquals(a.layer(0).weights(), b.layer(0).weights(), 0.0);
        double[] ba = a.layer(1).bias();
        double[] bb = b.layer(1).bias();
        // biases start at 0, so after one SGD step bias = -rate * grad: twice the rate, twice the step
        assertEquals(2 * ba[0], bb[0], 1e-15);
    }

    @Test
    void updateRatioIsTheRelativeSizeOfTheLastStep() {
        Network net = TestNets.build("1,3:tanh,1:identity", "mse", "xavier-uniform", 1);
        Trainer t = new Trainer(net, noisySine(10, 1), null, TrainingSettings.defaults(), TestNets.PLUGINS);
        double[] before = net.layer(0).weights().clone();
        t.step();
        double[] after = net.layer(0).weights();
        double moved = 0;
        double size = 0;
        for (int i = 0; i < before.length; i++) {
            moved += (after[i] - before[i]) * (after[i] - before[i]);
            size += before[i] * before[i];
        }
        double[] ratios = new double[2];
        t.updateRatios(ratios);
        assertEquals(Math.sqrt(moved / size), ratios[0], 1e-15);
        assertTrue(ratios[0] > 0 && ratios[1] > 0);
    }

    @Test
    void dataThatDoesNotFitTheNetworkIsRefused() {
        Network net = TestNets.build("3,1:sigmoid", "mse", "xavier-uniform", 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Trainer(net, TestNets.xor(), null, TrainingSettings.defaults(), TestNets.PLUGINS));
        assertTrue(e.getMessage().contains("2 inputs") && e.getMessage().contains("takes 3"), e.getMessage());
    }
}
