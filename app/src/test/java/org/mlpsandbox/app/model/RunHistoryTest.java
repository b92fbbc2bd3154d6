package org.mlpsandbox.app.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mlpsandbox.engine.io.DataSpec;
import org.mlpsandbox.engine.io.Experiment;
import org.mlpsandbox.engine.io.ExperimentFiles;
import org.mlpsandbox.engine.net.Network;
import org.mlpsandbox.engine.train.TrainingSession.Snapshot;

/** Runs kept on reset, bounded curves, exact re-runs, deletion, the words that tell runs apart, save and open. */
class RunHistoryTest {

    private final SandboxModel model = new SandboxModel(TestPlugins.registry());

    @AfterEach
    void close() {
        model.close();
    }

    @Test
    void aTrainedRunIsKeptOnResetAndAnUntrainedOneIsNot() throws InterruptedException {
        Network start = model.run().poll().orElseThrow().network().copy();
        model.run().reset();
        assertTrue(model.runs().isEmpty(), "a run without a step is not kept");

        model.run().stepEpoch();
        Snapshot trained = waitFor(s -> s.progress().step() > 0);
        model.run().reset();

        assertEquals(1, model.runs().size());
        RunRecord run = model.runs().runs().get(0);
        assertEquals("Run 1", run.name());
        assertEquals(trained.progress().step(), run.lastStep());
        assertTrue(run.points() > 0);
        assertEquals(model.currentSetup(), run.setup());
        for (int l = 0; l < start.layerCount(); l++) {
            assertArrayEquals(start.layer(l).weights(), run.initialParameters().get(l).weights(), 0.0);
            assertArrayEquals(start.layer(l).bias(), run.initialParameters().get(l).bias(), 0.0);
        }
        assertTrue(Double.isFinite(run.finalTrainLoss()));
        assertTrue(run.testAccuracy() >= 0 && run.testAccuracy() <= 1);
        assertEquals(RunThumbnail.SIZE, run.thumbnail().size());
        assertEquals("first run", model.runs().whatDiffered(run));

        // changing the data starts a new run too, and the old one keeps its own thumbnail plane
        model.run().stepEpoch();
        waitFor(s -> s.progress().step() > 0);
        model.data().setSettings(model.data().settings().withGenerator("xor"));
        assertEquals(2, model.runs().size());
        assertEquals("Run 2", model.runs().runs().get(1).name());
        assertEquals("circle", model.runs().runs().get(1).setup().data().generator());
    }

    @Test
    void longCurvesAreAveragedDownToABoundedNumberOfPoints() {
        int n = 10_000;
        double[] steps = new double[n];
        double[] train = new double[n];
        double[] test = new double[n];
        for (int i = 0; i < n; i++) {
            steps[i] = i + 1;
            train[i] = i;
            test[i] = i % 2 == 0 ? Double.NaN : 1;
        }
        RunRecord r = RunRecord.of(1, model.currentSetup(), DataSpec.generated("circle", 400, 0, 0.2, 1),
                model.network().spec(), RunRecord.parametersOf(Network.build(model.network().spec(), model.plugins())),
                steps, train, test, n, 1, 1, 1, 1, RunThumbnail.NONE);
        assertTrue(r.points() <= RunRecord.MAX_POINTS, r.points() + " points");
        assertEquals(2000, r.points());
        assertEquals(5, r.step(0));               // buckets of 5: the step of the last of them
        assertEquals(2.0, r.trainLossAt(0), 0.0); // the mean of 0..4
        assertEquals(1.0, r.testLossAt(0), 0.0);  // NaNs left out
        assertEquals(n, r.lastStep());
    }

    @Test
    void restoringARunRepeatsItsFirstLossesBitForBit() throws InterruptedException {
        model.setSettings(model.settings().withLearningRate(0.3));
        double[] first = stepLosses(6);
        model.run().reset();
        // a different second run
        model.setSettings(model.settings().withLearningRate(0.05).withBatchSize(4));
        stepLosses(3);
        RunRecord run1 = model.runs().find(1).orElseThrow();

        model.restore(run1);
        assertEquals(2, model.runs().size(), "restoring keeps the run that was going");
        assertEquals(0.3, model.settings().learningRate());
        Network restored = model.run().poll().orElseThrow().network();
        for (int l = 0; l < restored.layerCount(); l++) {
            assertArrayEquals(run1.initialParameters().get(l).weights(), restored.layer(l).weights(), 0.0);
        }
        double[] again = stepLosses(6);
        for (int i = 0; i < first.length; i++) {
            assertEquals(Double.doubleToRawLongBits(first[i]), Double.doubleToRawLongBits(again[i]), "step " + i);
        }

        // one change after restoring: the new run records it, and says what differed
        model.run().reset();
        model.restore(run1);
        model.setSettings(model.settings().withLearningRate(0.03));
        double[] changed = stepLosses(2);
        assertEquals(first[0], changed[0], 0.0, "the first step's loss comes before any update");
        assertFalse(first[1] == changed[1], "the second differs with the new learning rate");
        model.run().reset();
        List<RunRecord> all = model.runs().runs();
        RunRecord last = all.get(all.size() - 1);
        assertEquals("lr 0.03", RunHistory.whatDiffered(run1, last));
    }

    @Test
    void deletedRunsAreGoneAndNamesStayStable() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            stepLosses(1);
            model.run().reset();
        }
        assertEquals(3, model.runs().size());
        model.recorder().delete(Set.of(2));
        assertEquals(List.of("Run 1", "Run 3"), model.runs().runs().stream().map(RunRecord::name).toList());
        stepLosses(1);
        model.run().reset();
        assertEquals("Run 4", model.runs().runs().get(2).name());
        assertTrue(model.file().isDirty());
    }

    @Test
    void theWordsNameWhatDiffered() throws InterruptedException {
        model.setSettings(model.settings().withLearningRate(0.3));
        stepLosses(1);
        model.setSettings(model.settings().withLearningRate(0.03).withBatchSize(32)); // batch restarts
        stepLosses(1);
        model.setSettings(model.settings().withLearningRate(0.03).withBatchSize(10));
        stepLosses(1);
        model.run().reset();
        List<RunRecord> runs = model.runs().runs();
        assertEquals(3, runs.size());
        assertEquals("first run", model.runs().whatDiffered(runs.get(0)));
        assertEquals("lr 0.03, batch 32", model.runs().whatDiffered(runs.get(1)));
        assertEquals("batch 10", model.runs().whatDiffered(runs.get(2)));
        assertEquals(List.of("Run 1: lr 0.3, batch 10", "Run 2: lr 0.03, batch 32", "Run 3: lr 0.03, batch 10"),
                RunHistory.legend(runs));
        assertEquals(List.of("Run 1: lr 0.3", "Run 3: lr 0.03"), RunHistory.legend(List.of(runs.get(0),
                runs.get(2))));
        assertEquals(List.of("Run 2"), RunHistory.legend(List.of(runs.get(1))));
    }

    @Test
    void runsSurviveSaveAndOpenAndTheRestoredRunRepeatsExactly() throws Exception {
        model.setSettings(model.settings().withLearningRate(0.3));
        double[] first = stepLosses(4);
        model.run().reset();
        model.network().setSeed(5); // (the file does not keep input features yet, so the current run uses x1, x2)
        stepLosses(2);
        Experiment saved = model.file().toExperiment();
        assertEquals(2, saved.runs().size(), "the finished run and the current one");
        var json = ExperimentFiles.toJson(saved);
        Experiment back = ExperimentFiles.read(json.getBytes(java.nio.charset.StandardCharsets.UTF_8), "x.json",
                model.plugins());

        try (SandboxModel other = new SandboxModel(TestPlugins.registry())) {
            other.file().open(back);
            List<RunRecord> runs = other.runs().runs();
            assertEquals(List.of("Run 1", "Run 2"), runs.stream().map(RunRecord::name).toList());
            RunRecord r1 = model.runs().runs().get(0);
            assertArrayEquals(r1.steps(), runs.get(0).steps(), 0.0);
            assertArrayEquals(r1.thumbnail().cells(), runs.get(0).thumbnail().cells());
            assertEquals(r1.setup(), runs.get(0).setup());
            assertEquals("weight seed 5", other.runs().whatDiffered(runs.get(1)));

            other.restore(runs.get(0));
            double[] again = new double[first.length];
            for (int i = 0; i < again.length; i++) {
                other.run().stepBatch();
                int step = i + 1;
                again[i] = waitFor(other, s -> s.progress().step() == step).progress().trainLoss();
            }
            assertArrayEquals(first, again, 0.0);
        }
    }

    @Test
    void anExperimentWithoutRunsOpensWithNone() throws Exception {
        stepLosses(1);
        model.run().reset();
        Experiment e = model.file().toExperiment().withRuns(List.of());
        model.file().open(e);
        assertTrue(model.runs().isEmpty());
    }

    /** Steps {@code n} single batches and returns each step's training loss. */
    private double[] stepLosses(int n) throws InterruptedException {
        double[] losses = new double[n];
        long start = model.run().poll().orElseThrow().progress().step();
        for (int i = 0; i < n; i++) {
            model.run().stepBatch();
            long step = start + i + 1;
            losses[i] = waitFor(s -> s.progress().step() == step).progress().trainLoss();
        }
        return losses;
    }

    private Snapshot waitFor(Predicate<Snapshot> condition) throws InterruptedException {
        return waitFor(model, condition);
    }

    private static Snapshot waitFor(SandboxModel m, Predicate<Snapshot> condition) throws InterruptedException {
        long end = System.currentTimeMillis() + 10_000;
        List<String> seen = new ArrayList<>();
        while (System.currentTimeMillis() < end) {
            Snapshot s = m.run().poll().orElseThrow();
            if (condition.test(s)) {
                return s;
            }
            seen.add(Long.toString(s.progress().step()));
            Thread.sleep(5);
        }
        throw new AssertionError("timed out; last " + m.run().poll().orElseThrow().progress());
    }
}
