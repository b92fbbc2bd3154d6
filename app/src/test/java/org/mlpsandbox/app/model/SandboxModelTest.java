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
        assertEquals("circle", model.data().settings().generator());
        assertTrue(model.data().rawData().isClassification());
        assertArrayEquals(new int[] {2, 6, 6, 1}, model.network().spec().sizes());
        assertEquals("sigmoid", model.network().outputActivation().id());
        assertEquals("log-loss", model.network().loss().id());
        assertTrue(model.run().hasRun(), model.run().problem());
        assertTrue(model.network().pairingWarning().isEmpty());
        assertEquals(80, model.data().rawSplit().test().size());
        assertEquals(320, model.data().rawSplit().train().size());
    }

    @Test
    void editsLayersAndNeuronsWithinBounds() {
        List<SandboxModel.Change> changes = new ArrayList<>();
        model.addListener(changes::add);
        model.network().addLayer();
        assertEquals(3, model.network().hiddenLayers().size());
        model.network().setLayerSize(0, 0);
        assertEquals(1, model.network().hiddenLayers().get(0).size());
        model.network().setLayerSize(0, 1000);
        assertEquals(NetworkDraft.MAX_NEURONS, model.network().hiddenLayers().get(0).size());
        model.network().removeLayer();
        model.network().removeLayer();
        model.network().removeLayer();
        model.network().removeLayer();
        assertEquals(0, model.network().hiddenLayers().size());
        assertArrayEquals(new int[] {2, 1}, model.network().spec().sizes());
        assertTrue(changes.contains(SandboxModel.Change.NETWORK));
        assertTrue(changes.contains(SandboxModel.Change.RUN));
        assertEquals(3L, model.network().spec().parameterCount());
    }

    @Test
    void shapePresetsKeepTheActivation() {
        model.network().applyShape(ShapePreset.DIAMOND);
        assertEquals(List.of(4, 8, 4), model.network().hiddenLayers().stream().map(LayerSpec::size).toList());
        assertTrue(model.network().hiddenLayers().stream().allMatch(l -> l.activation().id().equals("tanh")));
        model.network().applyShape(ShapePreset.FUNNEL);
        assertEquals(List.of(8, 6, 4, 2), model.network().hiddenLayers().stream().map(LayerSpec::size).toList());
    }

    @Test
    void featuresChangeTheInputsButNotTheRawPlane() {
        assertTrue(model.data().setFeature(Feature.X1_SQUARED, true));
        assertTrue(model.data().setFeature(Feature.SIN_X2, true));
        assertEquals(4, model.network().inputCount());
        Dataset train = model.data().networkData().train();
        Dataset raw = model.data().rawSplit().train();
        assertEquals(4, train.inputCount());
        for (int i = 0; i < 5; i++) {
            double x1 = raw.x()[i * 2];
            double x2 = raw.x()[i * 2 + 1];
            assertArrayEquals(new double[] {x1, x2, x1 * x1, Math.sin(x2)},
                    java.util.Arrays.copyOfRange(train.x(), i * 4, i * 4 + 4), 1e-12);
        }
        assertEquals(2, model.data().rawData().inputCount());
        model.data().setFeature(Feature.X1, false);
        model.data().setFeature(Feature.X2, false);
        model.data().setFeature(Feature.SIN_X2, false);
        assertFalse(model.data().setFeature(Feature.X1_SQUARED, false), "the last feature stays");
        assertEquals(Set.of(Feature.X1_SQUARED), model.data().features());
        assertTrue(model.run().hasRun(), model.run().problem());
    }

    @Test
    void regressionDataGetsAnIdentityOutputAndMse() {
        model.data().setSettings(model.data().settings().withGenerator("sine"));
        assertFalse(model.data().rawData().isClassification());
        assertEquals("identity", model.network().outputActivation().id());
        assertEquals("mse", model.network().loss().id());
        assertEquals(1, model.network().inputCount());
        assertFalse(model.data().featuresApply());
        model.network().setOutputActivation(PluginChoice.of("sigmoid"));
        assertTrue(model.network().pairingWarning().isPresent());
    }

    @Test
    void oddPairsAreWarnedAbout() {
        assertTrue(Pairing.warning(act("softmax"), loss("mse"), true).orElse("").contains("Softmax"));
        assertTrue(Pairing.warning(act("identity"), loss("log-loss"), true).isPresent());
        assertTrue(Pairing.warning(act("sigmoid"), loss("log-loss"), true).isEmpty());
        assertTrue(Pairing.warning(act("identity"), loss("mse"), false).isEmpty());
        assertTrue(Pairing.warning(act("softmax"), loss("categorical-cross-entropy"), true).isEmpty());
        assertTrue(Pairing.warning(act("softmax"), loss("log-loss"), true).orElse("").contains("own yes/no"));
        assertTrue(Pairing.warning(act("tanh"), loss("categorical-cross-entropy"), true).orElse("")
                .contains("sum to 1"));
        assertTrue(Pairing.warning(act("sigmoid"), loss("mse"), false).orElse("").startsWith("This is regression"));
        assertTrue(Pairing.warning(act("sigmoid"), loss("mse"), true).isEmpty(), "a usual teaching pair");
    }

    @Test
    void aMissingPluginIsAProblemNotACrash() {
        model.network().setLayerActivation(0, PluginChoice.of("no-such-activation"));
        assertFalse(model.run().hasRun());
        assertTrue(model.run().problem().contains("no-such-activation"), model.run().problem());
        model.network().setLayerActivation(0, PluginChoice.of("tanh"));
        assertTrue(model.run().hasRun());
        assertEquals("", model.run().problem());
    }

    @Test
    void playLowersTheLossAndPauseStopsTheSteps() throws InterruptedException {
        model.setSettings(model.settings().withLearningRate(0.3));
        double first = firstLoss();
        model.run().play();
        Snapshot s = waitFor(x -> x.progress().step() > 3000, 10_000);
        model.run().pause();
        Snapshot paused = waitFor(x -> x.state() == TrainingSession.State.PAUSED, 5000);
        assertTrue(model.run().trainLoss() < first * 0.6, "loss " + first + " -> " + model.run().trainLoss());
        Thread.sleep(200);
        long step = model.run().poll().orElseThrow().progress().step();
        Thread.sleep(300);
        assertEquals(step, model.run().poll().orElseThrow().progress().step(), "no steps while paused");
        assertTrue(model.run().history().size() > 0);
        assertTrue(s.progress().step() > 0);
    }

    @Test
    void aSlowSpeedTrainsAFewStepsPerFrame() throws InterruptedException {
        model.run().setSpeed(Speed.MEDIUM);
        assertFalse(model.file().hasUnsavedWork(), "the speed is not part of the experiment");
        model.run().play();
        for (int frame = 0; frame < 3; frame++) {
            model.run().poll();
            Thread.sleep(20);
        }
        assertEquals(0, model.run().poll().orElseThrow().progress().step(), "polling alone never trains");
        for (int frame = 0; frame < 10; frame++) {
            model.run().stepFrame();
            model.run().poll();
            Thread.sleep(20);
        }
        assertTrue(model.run().isPlaying());
        model.run().pause();
        // exactly the 10 frames' steps: paused, polling adds none
        int steps = 10 * Speed.MEDIUM.stepsPerFrame();
        waitFor(x -> x.progress().step() == steps, 3000);
        Thread.sleep(100);
        assertEquals(steps, model.run().poll().orElseThrow().progress().step());

    }

    @Test
    void learningRateAppliesLiveButBatchSizeRestarts() throws InterruptedException {
        model.run().stepEpoch();
        Snapshot s = waitFor(x -> x.progress().step() > 0, 5000);
        long steps = s.progress().step();
        model.setSettings(model.settings().withLearningRate(0.05));
        Thread.sleep(100);
        assertEquals(steps, model.run().poll().orElseThrow().progress().step(), "same run after a new learning rate");
        model.setSettings(model.settings().withBatchSize(32));
        assertEquals(0, model.run().poll().orElseThrow().progress().step(), "a new run after a new batch size");
    }

    @Test
    void resetRebuildsTheSameNetworkFromTheSeed() throws InterruptedException {
        double[] before = model.run().poll().orElseThrow().network().layer(0).weights().clone();
        model.run().stepEpoch();
        waitFor(x -> x.progress().step() > 0, 5000);
        model.run().reset();
        Snapshot s = model.run().poll().orElseThrow();
        assertEquals(0, s.progress().step());
        assertArrayEquals(before, s.network().layer(0).weights());
        model.network().setSeed(99);
        assertFalse(java.util.Arrays.equals(before, model.run().poll().orElseThrow().network().layer(0).weights()));
    }

    @Test
    void aSetupRoundTrips() {
        Setup setup = new Setup(new DataSettings("xor", 200, 0.1, 0.3, 7), EnumSet.of(Feature.X1_TIMES_X2),
                List.of(new LayerSpec(3, PluginChoice.of("tanh"))), PluginChoice.of("sigmoid"),
                PluginChoice.of("mse"), PluginChoice.of("xavier-uniform"), 42,
                TrainingSettings.defaults().withLearningRate(0.03).withBatchSize(5));
        model.apply(setup);
        assertEquals(setup, model.currentSetup());
        assertArrayEquals(new int[] {1, 3, 1}, model.network().spec().sizes());
        assertEquals("xor", model.data().rawData().name());
        assertTrue(model.run().hasRun(), model.run().problem());
    }

    @Test
    void anExperimentRoundTripsThroughTheModel() throws Exception {
        model.network().addLayer();
        model.network().setLayerSize(2, 3);
        model.setSettings(model.settings().withLearningRate(0.2));
        model.run().stepEpoch();
        Snapshot trained = waitFor(x -> x.progress().step() > 0, 5000);
        var experiment = model.file().toExperiment();
        try (SandboxModel other = new SandboxModel(TestPlugins.registry())) {
            other.file().open(experiment);
            assertEquals(model.network().spec(), other.network().spec());
            assertEquals(model.settings(), other.settings());
            assertEquals(model.data().settings(), other.data().settings());
            Snapshot opened = other.run().poll().orElseThrow();
            for (int l = 0; l < trained.network().layerCount(); l++) {
                assertArrayEquals(trained.network().layer(l).weights(), opened.network().layer(l).weights());
            }
            assertFalse(other.file().hasUnsavedWork());
        }
        assertTrue(model.file().hasUnsavedWork());
        model.file().markSaved();
        assertFalse(model.file().hasUnsavedWork());
    }

    /** Every shape preset (the autoencoder has five hidden layers) is saved and opened with its trained weights. */
    @Test
    void everyShapePresetSurvivesSaveAndOpen(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        for (ShapePreset preset : ShapePreset.values()) {
            model.network().applyShape(preset);
            model.run().stepBatch();
            Snapshot trained = waitFor(x -> x.progress().step() > 0, 5000);
            java.nio.file.Path file = dir.resolve(preset.name() + ".json");
            org.mlpsandbox.engine.io.ExperimentFiles.save(file, model.file().toExperiment());
            try (SandboxModel other = new SandboxModel(TestPlugins.registry())) {
                other.file().open(org.mlpsandbox.engine.io.ExperimentFiles.load(file, TestPlugins.registry()));
                assertTrue(other.run().hasRun(), preset + ": " + other.run().problem());
                assertEquals(model.network().spec(), other.network().spec(), preset.name());
                Snapshot opened = other.run().poll().orElseThrow();
                for (int l = 0; l < trained.network().layerCount(); l++) {
                    assertArrayEquals(trained.network().layer(l).weights(), opened.network().layer(l).weights(),
                            preset + ", layer " + (l + 1));
                }
            }
        }
    }

    @Test
    void inputFeaturesSurviveSaveAndOpen(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        model.data().setFeature(Feature.X1_SQUARED, true);
        model.data().setFeature(Feature.SIN_X2, true);
        assertEquals(4, model.network().inputCount());
        model.run().stepBatch();
        waitFor(x -> x.progress().step() > 0, 5000);
        java.nio.file.Path file = dir.resolve("features.json");
        org.mlpsandbox.engine.io.ExperimentFiles.save(file, model.file().toExperiment());
        try (SandboxModel other = new SandboxModel(TestPlugins.registry())) {
            other.file().open(org.mlpsandbox.engine.io.ExperimentFiles.load(file, TestPlugins.registry()));
            assertEquals(model.data().features(), other.data().features());
            assertEquals(4, other.network().inputCount());
            assertTrue(other.run().hasRun(), other.run().problem());
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
        model.data().useData(split, org.mlpsandbox.engine.io.DataSpec.digits(0, 1));
        assertFalse(model.data().isGenerated());
        assertEquals(30, model.data().rawData().size());
        assertEquals(6, model.data().rawSplit().test().size());
        assertArrayEquals(new int[] {3, 6, 6, 3}, model.network().spec().sizes());
        assertFalse(model.data().featuresApply());
        assertTrue(model.run().hasRun(), model.run().problem());
        model.data().setSettings(model.data().settings().withGenerator("xor"));
        assertTrue(model.data().isGenerated());
        assertEquals(2, model.network().inputCount());
    }

    private double firstLoss() throws InterruptedException {
        model.run().stepBatch();
        waitFor(x -> x.progress().step() == 1, 5000);
        return model.run().trainLoss();
    }

    private Snapshot waitFor(java.util.function.Predicate<Snapshot> condition, long millis)
            throws InterruptedException {
        long end = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < end) {
            Snapshot s = model.run().poll().orElseThrow();
            if (condition.test(s)) {
                return s;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("timed out; last " + model.run().poll().orElseThrow().progress());
    }

    private static org.mlpsandbox.api.Activation act(String id) {
        return org.mlpsandbox.engine.plugin.PluginRegistry.builtIn().activation(PluginChoice.of(id));
    }

    private static org.mlpsandbox.api.Loss loss(String id) {
        return org.mlpsandbox.engine.plugin.PluginRegistry.builtIn().loss(PluginChoice.of(id));
    }
}
