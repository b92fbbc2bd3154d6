package org.mlpsandbox.app.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mlpsandbox.engine.io.Experiment;
import org.mlpsandbox.engine.io.ExperimentFiles;
import org.mlpsandbox.engine.net.Network;
import org.mlpsandbox.engine.train.EpochControl;
import org.mlpsandbox.engine.train.EpochRules;
import org.mlpsandbox.engine.train.LearningRateSchedule;
import org.mlpsandbox.engine.train.StopConditions;
import org.mlpsandbox.engine.train.StopReason;
import org.mlpsandbox.engine.train.TrainingSession;
import org.mlpsandbox.engine.train.TrainingSession.Snapshot;

/** The app's Play follows the engine's schedule and stop conditions, and the experiment file keeps them. */
class ScheduleAndStopInAppTest {

    private final SandboxModel model = new SandboxModel(TestPlugins.registry());

    @AfterEach
    void close() {
        model.close();
    }

    /** The learning rate the run's trainer uses right now, read on the training thread. */
    private static double trainerRate(SandboxModel m) throws Exception {
        CompletableFuture<Double> rate = new CompletableFuture<>();
        m.run().inspector().orElseThrow().inspect(t -> rate.complete(t.settings().learningRate()));
        return rate.get(5, TimeUnit.SECONDS);
    }

    private static Snapshot waitFor(SandboxModel m, java.util.function.Predicate<Snapshot> condition)
            throws InterruptedException {
        long end = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < end) {
            Snapshot s = m.run().poll().orElseThrow();
            if (condition.test(s)) {
                return s;
            }
            Thread.sleep(5);
        }
        throw new AssertionError("timed out");
    }

    private static void stepEpochs(SandboxModel m, int epochs) throws InterruptedException {
        for (int e = 1; e <= epochs; e++) {
            long target = m.run().poll().orElseThrow().progress().epoch() + 1;
            m.run().stepEpoch();
            waitFor(m, s -> s.progress().epoch() >= target);
        }
    }

    @Test
    void eachEpochTrainsAtTheScheduledRate() throws Exception {
        double lr = model.settings().learningRate();
        LearningRateSchedule step = new LearningRateSchedule.Step(2, 0.5);
        model.setRules(EpochRules.NONE.withSchedule(step));
        assertEquals(lr, trainerRate(model), 0, "epoch 0 at the chosen rate");
        for (int k = 1; k <= 5; k++) {
            stepEpochs(model, 1);
            // the run's epoch k (counted from 0) trains at lr · 0.5^⌊k/2⌋, written out independently of the engine
            double expected = lr * Math.pow(0.5, k / 2);
            assertEquals(expected, trainerRate(model), 1e-15, "epoch " + k);
            assertEquals(lr * step.factor(k), trainerRate(model), 0, "the engine's schedule, epoch " + k);
            assertEquals(expected, model.run().currentLearningRate(), 1e-15);
        }
        // every epoch's snapshot still carries its training loss to the chart (the rules' check took it along)
        LossHistory h = model.run().history();
        assertEquals(5, h.size());
        for (int i = 0; i < h.size(); i++) {
            assertTrue(Double.isFinite(h.trainLoss(i)) && Double.isFinite(h.testLoss(i)), "row " + i);
        }
        // a new rate chosen while training is scaled by the schedule too
        model.setSettings(model.settings().withLearningRate(0.4));
        assertEquals(0.4 * Math.pow(0.5, 5 / 2), trainerRate(model), 1e-15);
        // and back to a constant rate
        model.setRules(EpochRules.NONE);
        assertEquals(0.4, trainerRate(model), 0);
    }

    @Test
    void aReopenedRunGoesOnWithTheScheduleWhereItWas() throws Exception {
        double lr = model.settings().learningRate();
        model.setRules(EpochRules.NONE.withSchedule(new LearningRateSchedule.Step(2, 0.5)));
        stepEpochs(model, 5);
        Experiment saved = model.file().toExperiment();
        try (SandboxModel other = new SandboxModel(TestPlugins.registry())) {
            other.file().open(saved);
            assertEquals(5, other.run().epoch());
            // the opened run's epoch 5 (counted from 0) trains at lr · 0.5^⌊5/2⌋, not at the schedule's start
            assertEquals(lr * 0.25, trainerRate(other), 1e-15);
        }
    }

    private Snapshot playUntilItStops(EpochRules rules) throws InterruptedException {
        model.setRules(rules);
        model.run().play();
        Snapshot s = waitFor(model, x -> !model.run().isPlaying());
        assertEquals(TrainingSession.State.FINISHED, s.state(), s.message());
        return s;
    }

    @Test
    void playStopsWhenTheLossIsReached() throws Exception {
        Snapshot s = playUntilItStops(EpochRules.NONE.withStop(new StopConditions(0.45, 0, Double.NaN)));
        EpochControl.Outcome outcome = model.run().stopOutcome().orElseThrow();
        assertEquals(StopReason.Kind.LOSS_REACHED, outcome.reason().kind());
        assertTrue(outcome.reason().epoch() >= 1);
        assertEquals(outcome.reason().epoch(), s.progress().epoch(), "it stopped right after that epoch");
        assertTrue(s.message().contains("the training loss reached 0.45 at epoch " + outcome.reason().epoch()),
                s.message());
        assertFalse(outcome.restored());
    }

    @Test
    void playStopsAtTheTimeLimit() throws Exception {
        long start = System.nanoTime();
        Snapshot s = playUntilItStops(EpochRules.NONE.withStop(new StopConditions(Double.NaN, 0, 0.3)));
        EpochControl.Outcome outcome = model.run().stopOutcome().orElseThrow();
        assertEquals(StopReason.Kind.TIME, outcome.reason().kind());
        assertTrue(s.progress().elapsedNanos() >= 0.3e9, "trained at least 0.3 s: " + s.progress().elapsedNanos());
        assertTrue(System.nanoTime() - start < 20e9);
        assertTrue(s.message().contains("time limit of 0.3 s"), s.message());
    }

    @Test
    void patienceStopsAndPutsBackTheBestEpochsWeights() throws Exception {
        model.setSettings(model.settings().withLearningRate(3.0)); // a rate that makes the test loss jump about
        int patience = 3;
        Snapshot s = playUntilItStops(EpochRules.NONE.withStop(new StopConditions(Double.NaN, patience, Double.NaN)));
        EpochControl.Outcome outcome = model.run().stopOutcome().orElseThrow();
        assertEquals(StopReason.Kind.PATIENCE, outcome.reason().kind());
        long best = outcome.bestEpoch();
        long stopped = outcome.reason().epoch();
        assertEquals(best + patience, stopped);
        assertTrue(outcome.restored());
        assertTrue(s.message().contains("weights of epoch " + best), s.message());

        // an independent run of the same setup without rules, epoch by epoch: its test loss is lowest at `best`, and
        // its weights there are the ones put back
        try (SandboxModel again = new SandboxModel(TestPlugins.registry())) {
            again.setSettings(again.settings().withLearningRate(3.0));
            List<Double> testLosses = new ArrayList<>();
            Network atBest = null;
            for (long e = 1; e <= stopped; e++) {
                stepEpochs(again, 1);
                Snapshot a = again.run().poll().orElseThrow();
                testLosses.add(a.progress().testLoss());
                if (e == best) {
                    atBest = a.network();
                }
            }
            double lowest = testLosses.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
            assertEquals(lowest, testLosses.get((int) best - 1), 0, "epoch " + best + " had the lowest test loss");
            assertEquals(lowest, s.progress().testLoss(), 1e-12, "the run now shows the best epoch's test loss");
            for (int l = 0; l < atBest.layerCount(); l++) {
                assertArrayEquals(atBest.layer(l).weights(), s.network().layer(l).weights(), "layer " + l);
                assertArrayEquals(atBest.layer(l).bias(), s.network().layer(l).bias(), "layer " + l);
            }
        }
    }

    @Test
    void theExperimentFileKeepsTheScheduleAndTheStopConditions() throws Exception {
        EpochRules rules = new EpochRules(new LearningRateSchedule.Cosine(120),
                new StopConditions(0.02, 15, 42.5));
        model.setRules(rules);
        assertTrue(model.file().isDirty(), "a changed rule is unsaved work");
        Experiment saved = model.file().toExperiment();
        String json = ExperimentFiles.toJson(saved);
        assertTrue(json.contains("\"schedule\" : \"cosine(epochs=120)\""), json);
        Experiment back = ExperimentFiles.read(json.getBytes(StandardCharsets.UTF_8), "x.json", model.plugins());
        try (SandboxModel other = new SandboxModel(TestPlugins.registry())) {
            other.file().open(back);
            assertEquals(rules, other.rules());
            for (var schedule : List.of(new LearningRateSchedule.Step(7, 0.25), new LearningRateSchedule.Exponential(
                    0.97), LearningRateSchedule.CONSTANT)) {
                other.setRules(new EpochRules(schedule, StopConditions.NONE));
                Experiment again = ExperimentFiles.read(ExperimentFiles.toJson(other.file().toExperiment())
                        .getBytes(StandardCharsets.UTF_8), "y.json", model.plugins());
                assertEquals(schedule, again.rules().schedule());
            }
        }
        // a file written before the rules existed opens with a constant rate and no early stop
        String old = ExperimentFiles.toJson(saved.withRules(EpochRules.NONE));
        assertFalse(old.contains("epochRules"));
        try (SandboxModel other = new SandboxModel(TestPlugins.registry())) {
            other.setRules(rules);
            other.file().open(ExperimentFiles.read(old.getBytes(StandardCharsets.UTF_8), "old.json",
                    model.plugins()));
            assertEquals(EpochRules.NONE, other.rules());
        }
    }
}
