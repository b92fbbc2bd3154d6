package org.mlpsandbox.app.view;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.awt.GraphicsEnvironment;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JSpinner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlpsandbox.app.model.SandboxModel;
import org.mlpsandbox.app.model.TestPlugins;
import org.mlpsandbox.engine.plugin.PluginEntry;
import org.mlpsandbox.engine.plugin.PluginLibrary;
import org.mlpsandbox.engine.plugin.PluginKind;
import org.mlpsandbox.engine.plugin.PluginRegistry;
import org.mlpsandbox.engine.plugin.PluginSource;
import org.mlpsandbox.engine.train.TrainingSession;

/** The real main window under a display (Xvfb in CI), driven on the event thread through named components. */
class MainWindowTest {

    private MainWindow window;
    private volatile PluginRegistry reloadResult = TestPlugins.registry();
    private volatile java.util.function.Supplier<PluginRegistry> reloader = () -> reloadResult;

    @BeforeEach
    void open() throws Exception {
        assertFalse(GraphicsEnvironment.isHeadless(),
                "GUI tests need a display: on a machine without one run them under xvfb-run -a (see README)");
        window = SandboxApp.openAndWait(TestPlugins.registry(), () -> reloader.get());
    }

    @AfterEach
    void close() throws Exception {
        if (window != null) {
            Gui.run(window::dispose);
        }
    }

    private SandboxModel model() {
        return window.model();
    }

    @Test
    void buildsANetworkThroughTheUi() throws Exception {
        assertTrue(Gui.edt(window::isShowing));
        Gui.click(window, "addLayer");
        Gui.await("a third layer's controls", 2000,
                () -> Gui.search(window, "layer2.more", javax.swing.JButton.class) != null);
        Gui.click(window, "layer0.more");
        Gui.await("layer 1 size label", 2000, () -> Gui.search(window, "layer0.more", javax.swing.JButton.class) != null
                && Gui.find(window, "layer0.size", JLabel.class).getText().equals("7"));
        Gui.click(window, "layer0.more");
        Gui.await("8 neurons", 2000, () -> Gui.find(window, "layer0.size", JLabel.class).getText().equals("8"));
        Gui.click(window, "layer2.fewer");
        Gui.await("5 neurons in layer 3", 2000,
                () -> Gui.find(window, "layer2.size", JLabel.class).getText().equals("5"));
        assertArrayEquals(new int[] {2, 8, 6, 5, 1}, Gui.edt(() -> model().network().spec().sizes()));
        String count = Gui.edt(() -> Gui.find(window, "parameterCount", JLabel.class).getText());
        assertEquals(String.format("%,d parameters", (2 + 1) * 8 + (8 + 1) * 6 + (6 + 1) * 5 + (5 + 1)), count);
        Gui.click(window, "removeLayer");
        Gui.await("two hidden layers", 2000, () -> model().network().hiddenLayers().size() == 2);
        assertTrue(Gui.edt(() -> model().run().hasRun()));
    }

    @Test
    void playLowersTheLossAndPauseStopsTheSteps() throws Exception {
        Gui.run(() -> model().setSettings(model().settings().withLearningRate(0.3)));
        Gui.run(() -> Gui.find(window, "speed", JComboBox.class).setSelectedItem(org.mlpsandbox.app.model.Speed.FULL));
        assertEquals(0, (int) Gui.edt(() -> model().run().speed().stepsPerFrame()));
        Gui.click(window, "step");
        Gui.await("one step", 3000, () -> model().run().lastSnapshot().map(s -> s.progress().step() == 1).orElse(false));
        double first = Gui.edt(() -> model().run().trainLoss());
        int rendersBefore = Gui.edt(() -> window.outputView().renderCount());
        long t0 = System.nanoTime();
        Gui.click(window, "play");
        Gui.await("training", 2000, () -> Gui.find(window, "status.state", JLabel.class).getText()
                .contains("Training"));
        List<Long> renderNanos = new ArrayList<>();
        List<Long> frameNanos = new ArrayList<>();
        long end = System.currentTimeMillis() + 4000;
        while (System.currentTimeMillis() < end) {
            renderNanos.add(Gui.edt(() -> window.outputView().lastRenderNanos()));
            frameNanos.add(Gui.edt(window::lastFrameNanos));
            Thread.sleep(50);
        }
        int renders = Gui.edt(() -> window.outputView().renderCount()) - rendersBefore;
        double seconds = (System.nanoTime() - t0) / 1e9;
        Gui.click(window, "play");
        Gui.await("paused", 3000, () -> model().run().lastSnapshot()
                .map(s -> s.state() == TrainingSession.State.PAUSED).orElse(false));
        double last = Gui.edt(() -> model().run().trainLoss());
        assertTrue(last < first * 0.7, "loss " + first + " -> " + last);
        long step = Gui.edt(() -> model().run().lastSnapshot().orElseThrow().progress().step());
        assertTrue(step > 100, "steps " + step);
        Thread.sleep(400);
        assertEquals(step, (long) Gui.edt(() -> model().run().lastSnapshot().orElseThrow().progress().step()));
        assertTrue(Gui.find(window, "status.step", JLabel.class).getText().contains(String.format("%,d", step)));
        double rate = renders / seconds;
        // the second half: after the JIT has compiled the render path
        renderNanos = new ArrayList<>(renderNanos.subList(renderNanos.size() / 2, renderNanos.size()));
        frameNanos = new ArrayList<>(frameNanos.subList(frameNanos.size() / 2, frameNanos.size()));
        renderNanos.sort(null);
        frameNanos.sort(null);
        long median = renderNanos.get(renderNanos.size() / 2);
        long frame = frameNanos.get(frameNanos.size() / 2);
        int grid = Gui.edt(() -> window.outputView().gridSize());
        System.out.printf("output view: %.1f redraws/s; median CPU per %d×%d heat map %.2f ms, per frame update"
                + " %.2f ms%n", rate, grid, grid, median / 1e6, frame / 1e6);
        // CPU time, not wall time, so a busy test machine does not make this flaky: a heat map within its budget
        // (or, when the machine is too slow for that, a coarser grid chosen by the view) and a frame update that
        // leaves room for more than 20 redraws a second.
        assertTrue(median < 10_000_000L || grid < OutputRenderer.GRIDS[0],
                "median heat map render " + median / 1e6 + " ms of CPU on a " + grid + " grid");
        assertTrue(frame < 40_000_000L, "median frame update " + frame / 1e6 + " ms of CPU");
        assertTrue(rate >= 1, "the output view is redrawn continuously while training: " + rate + "/s");
        Gui.await("chart points", 2000, () -> window.lossChart().trainPointCount() > 5);
    }

    @Test
    void aPluginAppearsInTheActivationChoicesAfterReload() throws Exception {
        reloadResult = TestPlugins.registry(TestPlugins.entry(PluginKind.ACTIVATION, new TestPlugins.Swish(),
                new PluginSource(java.nio.file.Path.of("plugins", "swish.jar"))));
        assertTrue(!comboIds("layer0.activation").contains("test.swish"));
        Gui.click(window, "reloadPlugins");
        Gui.await("swish in the layer's choices", 5000, () -> comboIdsOnEdt("layer0.activation")
                .contains("test.swish"));
        Gui.run(() -> {
            @SuppressWarnings("unchecked")
            JComboBox<PluginEntry> combo = Gui.find(window, "layer0.activation", JComboBox.class);
            for (int i = 0; i < combo.getItemCount(); i++) {
                if (combo.getItemAt(i).id().equals("test.swish")) {
                    combo.setSelectedIndex(i);
                }
            }
        });
        Gui.await("swish chosen", 2000, () -> model().network().hiddenLayers().get(0).activation().id().equals("test.swish"));
        Gui.await("its beta control", 2000,
                () -> Gui.search(window, "layer0.activation.beta", JSpinner.class) != null);
        Gui.run(() -> Gui.find(window, "layer0.activation.beta", JSpinner.class).setValue(2.0));
        Gui.await("beta applied", 2000, () -> Double.valueOf(2.0).equals(
                model().network().hiddenLayers().get(0).activation().parameters().get("beta")));
        assertTrue(Gui.edt(() -> model().run().hasRun()), Gui.edt(() -> model().run().problem()));
    }

    @Test
    void aPluginJarDroppedOnTheWindowIsInstalledAndOffered(@TempDir Path dir) throws Exception {
        Path folder = dir.resolve("plugins");
        try (PluginLibrary library = PluginLibrary.open(List.of(folder))) {
            reloader = library::reload;
            Gui.run(() -> window.fileDrop().setPluginFolder(folder));
            Gui.run(() -> window.fileDrop().setConfirm(question -> question.contains("swish")));
            Path jar = PluginJars.swish(dir.resolve("build"));
            assertTrue(!comboIds("layer0.activation").contains(PluginJars.SWISH_ID));
            Gui.run(() -> window.fileDrop().accept(List.of(jar)));
            assertTrue(java.nio.file.Files.exists(folder.resolve(jar.getFileName())));
            Gui.await("the jar's activation in the layer's choices", 10_000,
                    () -> comboIdsOnEdt("layer0.activation").contains(PluginJars.SWISH_ID));
            assertTrue(Gui.edt(() -> comboIdsOnEdt("output.activation")).contains(PluginJars.SWISH_ID));
            assertTrue(PluginJars.ids(Gui.edt(() -> model().plugins().entries())).contains(PluginJars.SWISH_ID));
        }
    }

    @Test
    void aDivergedRunShowsAMessageAndTheAppKeepsGoing() throws Exception {
        Gui.run(() -> {
            model().data().setSettings(model().data().settings().withGenerator("square"));
            model().setSettings(model().settings().withLearningRate(1e6));
        });
        Gui.click(window, "play");
        Gui.await("a stop message", 10_000, () -> !window.bannerMessage().isEmpty());
        String message = Gui.edt(window::bannerMessage);
        assertTrue(message.toLowerCase().contains("diverg") || message.toLowerCase().contains("stop"), message);
        Gui.await("status shows it", 2000, () -> {
            String s = Gui.find(window, "status.state", JLabel.class).getText();
            return s.equals("Diverged") || s.equals("Stopped");
        });
        assertTrue(Gui.edt(window::isShowing));
        Gui.run(() -> model().setSettings(model().settings().withLearningRate(0.01)));
        Gui.click(window, "reset");
        try {
            Gui.await("message cleared after reset", 3000, () -> window.bannerMessage().isEmpty());
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; banner: " + Gui.edt(window::bannerMessage), e);
        }
    }

    @Test
    void saveThenOpenRestoresTheSameNetwork(@TempDir Path dir) throws Exception {
        Gui.click(window, "addLayer");
        Gui.await("layer 3", 2000, () -> Gui.search(window, "layer2.more", javax.swing.JButton.class) != null);
        Gui.click(window, "layer2.more");
        Gui.await("7 neurons", 2000, () -> model().network().hiddenLayers().get(2).size() == 7);
        Gui.click(window, "stepEpoch");
        Gui.await("an epoch", 3000, () -> model().run().lastSnapshot().map(s -> s.progress().step() > 0).orElse(false));
        int[] sizes = Gui.edt(() -> model().network().spec().sizes());
        List<double[]> weights = Gui.edt(() -> weightsOf(model().run().lastSnapshot().orElseThrow().network()));
        assertTrue(Gui.edt(() -> model().file().hasUnsavedWork()));
        Path file = dir.resolve("run." + org.mlpsandbox.app.action.FileActions.EXTENSION);
        assertTrue(Gui.edt(() -> window.fileActions().saveTo(file)), () -> "saved");
        assertTrue(!Gui.edt(() -> model().file().hasUnsavedWork()));

        Gui.click(window, "removeLayer");
        Gui.click(window, "layer0.fewer");
        Gui.await("a different network", 2000, () -> model().network().spec().sizes().length == 4);
        assertTrue(Gui.edt(() -> window.fileActions().open(file)));
        Gui.await("the saved shape", 2000, () -> java.util.Arrays.equals(sizes, model().network().spec().sizes()));
        Gui.await("the layer 3 controls", 2000,
                () -> Gui.find(window, "layer2.size", JLabel.class).getText().equals("7"));
        Gui.await("a snapshot", 2000, () -> model().run().lastSnapshot().isPresent());
        List<double[]> opened = Gui.edt(() -> weightsOf(model().run().lastSnapshot().orElseThrow().network()));
        assertEquals(weights.size(), opened.size());
        for (int i = 0; i < weights.size(); i++) {
            assertArrayEquals(weights.get(i), opened.get(i));
        }
    }

    private static List<double[]> weightsOf(org.mlpsandbox.engine.net.Network n) {
        List<double[]> all = new ArrayList<>();
        for (var layer : n.layers()) {
            all.add(layer.weights().clone());
            all.add(layer.bias().clone());
        }
        return all;
    }

    private List<String> comboIds(String name) throws Exception {
        return Gui.edt(() -> comboIdsOnEdt(name));
    }

    private List<String> comboIdsOnEdt(String name) {
        @SuppressWarnings("unchecked")
        JComboBox<PluginEntry> combo = Gui.search(window, name, JComboBox.class);
        List<String> ids = new ArrayList<>();
        if (combo != null) {
            for (int i = 0; i < combo.getItemCount(); i++) {
                ids.add(combo.getItemAt(i).id());
            }
        }
        return ids;
    }

    @Test
    void aViewOutOfTheWindowDuringAThemeSwitchComesBackInTheNewTheme() throws Exception {
        // the start page replaces the network editor; the theme changes; "Just play" brings the editor back
        try {
            Gui.run(() -> window.host().setCentreView(new javax.swing.JPanel()));
            Gui.run(() -> Theme.use(true));
            java.awt.Color background = Gui.edt(() -> {
                window.host().restoreCentreView();
                return window.host().centreView().getBackground();
            });
            java.awt.Color panel = Gui.edt(() -> javax.swing.UIManager.getColor("Panel.background"));
            assertEquals(panel, background, "the network editor keeps the old theme's background");
            float[] hsb = java.awt.Color.RGBtoHSB(background.getRed(), background.getGreen(), background.getBlue(), null);
            assertTrue(hsb[2] < 0.5f, "dark theme, but the network editor is light: " + background);
        } finally {
            Gui.run(() -> Theme.use(false));
        }
    }
}
