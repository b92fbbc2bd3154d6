package org.mlpsandbox.app.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mlpsandbox.engine.data.Dataset;
import org.mlpsandbox.engine.net.LayerSpec;
import org.mlpsandbox.engine.plugin.PluginChoice;
import org.mlpsandbox.engine.train.TrainingSession;
import org.mlpsandbox.engine.train.TrainingSession.Snapshot;
import org.mlpsandbox.engine.train.TrainingSettings;

class SandboxModelTest {

    private final SandboxModel model = new SandboxModel(TestPlugins.registry());

    @AfterEach
    void close() {
        model.close();
    }

    @Test
    void startsWithCircleDataAndAFittingOutput() {
        assertEquals("circle", model.dataSettings().generator());
        assertTrue(model.rawData().isClassification());
        assertArrayEquals(new int[] {2, 6, 6, 1}, model.networkSpec().sizes());
        assertEquals("sigmoid", model.outputActivation().id());
        assertEquals("log-loss", model.loss().id());
        assertTrue(model.hasRun(), model.problem());
        assertTrue(model.pairingWarning().isEmpty());
        assertEquals(80, model.rawSplit().test().size());
        assertEquals(320, model.rawSplit().train().size());
    }

    @Test
    void editsLayersAndNeuronsWithinBounds() {
        List<SandboxModel.Change> changes = new ArrayList<>();
        model.addListener(changes::add);
        model.addLayer();
        assertEquals(3, model.hiddenLayers().size());
        model.setLayerSize(0, 0);
        assertEquals(1, model.hiddenLayers().get(0).size());
        model.setLayerSize(0, 1000);
        assertEquals(SandboxModel.MAX_NEURONS, model.hiddenLayers().get(0).size());
        model.removeLayer();
        model.removeLayer();
        model.removeLayer();
        model.removeLayer();
        assertEquals(0, model.hiddenLayers().size());
        assertArrayEquals(new int[] {2, 1}, model.networkSpec().sizes());
        assertTrue(changes.contains(SandboxModel.Change.NETWORK));
        assertTrue(changes.contains(SandboxModel.Change.RUN));
        assertEquals(3L, model.networkSpec().parameterCount());
    }

    @Test
    void shapePresetsKeepTheActivation() {
        model.applyShape(ShapePreset.DIAMOND);
        assertEquals(List.of(4, 8, 4), model.hiddenLayers().stream().map(LayerSpec::size).toList());
        assertTrue(model.hiddenLayers().stream().allMatch(l -> l.activation().id().equals("tanh")));
        model.applyShape(ShapePreset.FUNNEL);
        assertEquals(List.of(8, 6, 4, 2), model.hiddenLayers().stream().map(LayerSpec::size).toList());
    }

    @Test
    void featuresChangeTheInputsButNotTheRawPlane() {
        assertTrue(model.setFeature(Feature.X1_SQUARED, true));
        assertTrue(model.setFeature(Feature.SIN_X2, true));
        assertEquals(4, model.inputCount());
        Dataset train = model.networkData().train();
        Dataset raw = model.rawSplit().train();
        assertEquals(4, train.inputCount());
        for (int i = 0; i < 5; i++) {
            double x1 = raw.x()[i * 2];
            double x2 = raw.x()[i * 2 + 1];
            assertArrayEquals(new double[] {x1, x2, x1 * x1, Math.sin(x2)},
                    java.util.Arrays.copyOfRange(train.x(), i * 4, i * 4 + 4), 1e-12);
        }
        assertEquals(2, model.rawData().inputCount());
        model.setFeature(Feature.X1, false);
        model.setFeature(Feature.X2, false);
        model.setFeature(Feature.SIN_X2, false);
        assertFalse(model.setFeature(Feature.X1_SQUARED, false), "the last feature stays");
        assertEquals(Set.of(Feature.X1_SQUARED), model.features());
        assertTrue(model.hasRun(), model.problem());
    }

    @Test
    void regressionDataGetsAnIdentityOutputAndMse() {
        model.setDataSettings(model.dataSettings().withGenerator("sine"));
        assertFalse(model.rawData().isClassification());
        assertEquals("identity", model.outputActivation().id());
        assertEquals("mse", model.loss().id());
        assertEquals(1, model.inputCount());
        assertFalse(model.featuresApply());
        model.setOutputActivation(PluginChoice.of("sigmoid"));
        assertTrue(model.pairingWarning().isPresent());
    }

    @Test
    void oddPairsAreWarnedAbout() {
        assertTrue(Pairing.warning("softmax", "mse", true).orElse("").contains("Softmax"));
        assertTrue(Pairing.warning("identity", "log-loss", true).isPresent());
        assertTrue(Pairing.warning("sigmoid", "log-loss", true).isEmpty());
        assertTrue(Pairing.warning("identity", "mse", false).isEmpty());
        assertTrue(Pairing.warning("softmax", "categorical-cross-entropy", true).isEmpty());
    }

    @Test
    void aMissingPluginIsAProblemNotACrash() {
        model.setLayerActivation(0, PluginChoice.of("no-such-activation"));
        assertFalse(model.hasRun());
        assertTrue(model.problem().contains("no-such-activation"), model.problem());
        model.setLayerActivation(0, PluginChoice.of("tanh"));
        assertTrue(model.hasRun());
        assertEquals("", model.problem());
    }

    @Test
    void playLowersTheLossAndPauseStopsTheSteps() throws InterruptedException {
        model.setSettings(model.settings().withLearningRate(0.3));
        double first = firstLoss();
        model.play();
        Snapshot s = waitFor(x -> x.progress().step() > 3000, 10_000);
        model.pause();
        Snapshot paused = waitFor(x -> x.state() == TrainingSession.State.PAUSED, 5000);
        assertTrue(model.trainLoss() < first * 0.6, "loss " + first + " -> " + model.trainLoss());
        Thread.sleep(200);
        long step = model.poll().orElseThrow().progress().step();
        Thread.sleep(300);
        assertEquals(step, model.poll().orElseThrow().progress().step(), "no steps while paused");
        assertTrue(model.history().size() > 0);
        assertTrue(s.progress().step() > 0);
    }

    @Test
    void aSlowSpeedTrainsAFewStepsPerFrame() throws InterruptedException {
        model.setSpeed(2);
        assertFalse(model.hasUnsavedWork(), "the speed is not part of the experiment");
        model.play();
        for (int frame = 0; frame < 10; frame++) {
            model.poll();
            Thread.sleep(20);
        }
        assertTrue(model.isPlaying());
        model.pause();
        // exactly the 10 frames' 2 steps each: paused, polling adds none
        waitFor(x -> x.progress().step() == 20, 3000);
        Thread.sleep(100);
        assertEquals(20, model.poll().orElseThrow().progress().step());
    }

    @Test
    void learningRateAppliesLiveButBatchSizeRestarts() throws InterruptedException {
        model.stepEpoch();
        Snapshot s = waitFor(x -> x.progress().step() > 0, 5000);
        long steps = s.progress().step();
        model.setSettings(model.settings().withLearningRate(0.05));
        Thread.sleep(100);
        assertEquals(steps, model.poll().orElseThrow().progress().step(), "same run after a new learning rate");
        model.setSettings(model.settings().withBatchSize(32));
        assertEquals(0, model.poll().orElseThrow().progress().step(), "a new run after a new batch size");
    }

    @Test
    void resetRebuildsTheSameNetworkFromTheSeed() throws InterruptedException {
        double[] before = model.poll().orElseThrow().network().layer(0).weights().clone();
        model.stepEpoch();
        waitFor(x -> x.progress().step() > 0, 5000);
        model.reset();
        Snapshot s = model.poll().orElseThrow();
        assertEquals(0, s.progress().step());
        assertArrayEquals(before, s.network().layer(0).weights());
        model.setNetworkSeed(99);
        assertFalse(java.util.Arrays.equals(before, model.poll().orElseThrow().network().layer(0).weights()));
    }

    @Test
    void aSetupRoundTrips() {
        Setup setup = new Setup(new DataSettings("xor", 200, 0.1, 0.3, 7), EnumSet.of(Feature.X1_TIMES_X2),
                List.of(new LayerSpec(3, PluginChoice.of("tanh"))), PluginChoice.of("sigmoid"),
                PluginChoice.of("mse"), PluginChoice.of("xavier-uniform"), 42,
                TrainingSettings.defaults().withLearningRate(0.03).withBatchSize(5));
        model.apply(setup);
        assertEquals(setup, model.currentSetup());
        assertArrayEquals(new int[] {1, 3, 1}, model.networkSpec().sizes());
        assertEquals("xor", model.rawData().name());
        assertTrue(model.hasRun(), model.problem());
    }

    @Test
    void anExperimentRoundTripsThroughTheModel() throws Exception {
        model.addLayer();
        model.setLayerSize(2, 3);
        model.setSettings(model.settings().withLearningRate(0.2));
        model.stepEpoch();
        Snapshot trained = waitFor(x -> x.progress().step() > 0, 5000);
        var experiment = model.toExperiment();
        try (SandboxModel other = new SandboxModel(TestPlugins.registry())) {
            other.open(experiment);
            assertEquals(model.networkSpec(), other.networkSpec());
            assertEquals(model.settings(), other.settings());
            assertEquals(model.dataSettings(), other.dataSettings());
            Snapshot opened = other.poll().orElseThrow();
            for (int l = 0; l < trained.network().layerCount(); l++) {
                assertArrayEquals(trained.network().layer(l).weights(), opened.network().layer(l).weights());
            }
            assertFalse(other.hasUnsavedWork());
        }
        assertTrue(model.hasUnsavedWork());
        model.markSaved();
        assertFalse(model.hasUnsavedWork());
    }

    /** Every shape preset (the autoencoder has five hidden layers) is saved and opened with its trained weights. */
    @Test
    void everyShapePresetSurvivesSaveAndOpen(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        for (ShapePreset preset : ShapePreset.values()) {
            model.applyShape(preset);
            model.stepBatch();
            Snapshot trained = waitFor(x -> x.progress().step() > 0, 5000);
            java.nio.file.Path file = dir.resolve(preset.name() + ".json");
            org.mlpsandbox.engine.io.ExperimentFiles.save(file, model.toExperiment());
            try (SandboxModel other = new SandboxModel(TestPlugins.registry())) {
                other.open(org.mlpsandbox.engine.io.ExperimentFiles.load(file, TestPlugins.registry()));
                assertTrue(other.hasRun(), preset + ": " + other.problem());
                assertEquals(model.networkSpec(), other.networkSpec(), preset.name());
                Snapshot opened = other.poll().orElseThrow();
                for (int l = 0; l < trained.network().layerCount(); l++) {
                    assertArrayEquals(trained.network().layer(l).weights(), opened.network().layer(l).weights(),
                            preset + ", layer " + (l + 1));
                }
            }
        }
    }

    @Test
    void inputFeaturesSurviveSaveAndOpen(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        model.setFeature(Feature.X1_SQUARED, true);
        model.setFeature(Feature.SIN_X2, true);
        assertEquals(4, model.inputCount());
        model.stepBatch();
        waitFor(x -> x.progress().step() > 0, 5000);
        java.nio.file.Path file = dir.resolve("features.json");
        org.mlpsandbox.engine.io.ExperimentFiles.save(file, model.toExperiment());
        try (SandboxModel other = new SandboxModel(TestPlugins.registry())) {
            other.open(org.mlpsandbox.engine.io.ExperimentFiles.load(file, TestPlugins.registry()));
            assertEquals(model.features(), other.features());
            assertEquals(4, other.inputCount());
            assertTrue(other.hasRun(), other.problem());
        }
    }

    @Test
    void dataHandedInAlreadySplitIsUsedAsItIs() {
        double[] x = new double[30 * 3];
        double[] y = new double[30 * 3];
        for (int i = 0; i < 30; i++) {
            x[i * 3 + i % 3] = 1;
            y[i * 3 + i % 3] = 1;
        }
        Dataset all = new Dataset("three", 3, 3, 3, x, y);
        var split = new org.mlpsandbox.engine.data.TrainTestSplit(all.select(java.util.stream.IntStream.range(0, 24)
                .toArray(), "three (train)"), all.select(java.util.stream.IntStream.range(24, 30).toArray(),
                "three (test)"));
        model.useData(split, org.mlpsandbox.engine.io.DataSpec.digits(0, 1));
        assertFalse(model.isGenerated());
        assertEquals(30, model.rawData().size());
        assertEquals(6, model.rawSplit().test().size());
        assertArrayEquals(new int[] {3, 6, 6, 3}, model.networkSpec().sizes());
        assertFalse(model.featuresApply());
        assertTrue(model.hasRun(), model.problem());
        model.setDataSettings(model.dataSettings().withGenerator("xor"));
        assertTrue(model.isGenerated());
        assertEquals(2, model.inputCount());
    }

    private double firstLoss() throws InterruptedException {
        model.stepBatch();
        waitFor(x -> x.progress().step() == 1, 5000);
        return model.trainLoss();
    }

    private Snapshot waitFor(java.util.function.Predicate<Snapshot> condition, long millis)
            throws InterruptedException {
        long end = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < end) {
            Snapshot s = model.poll().orElseThrow();
            if (condition.test(s)) {
                return s;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("timed out; last " + model.poll().orElseThrow().progress());
    }
}
