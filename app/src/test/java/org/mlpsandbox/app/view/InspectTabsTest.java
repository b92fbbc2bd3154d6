package org.mlpsandbox.app.view;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.awt.GraphicsEnvironment;
import java.awt.Point;
import java.awt.event.MouseEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.swing.JMenu;
import javax.swing.JMenuItem;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlpsandbox.app.action.ExportNetworkAction;
import org.mlpsandbox.app.inspect.BackpropStepper;
import org.mlpsandbox.app.model.RunRecord;
import org.mlpsandbox.app.model.SandboxModel;
import org.mlpsandbox.app.model.TestPlugins;
import org.mlpsandbox.engine.data.Dataset;
import org.mlpsandbox.engine.net.Network;

/** The Backprop, Inside and Runs tabs and File → Export network, in the real main window (Xvfb in CI). */
class InspectTabsTest {

    @TempDir
    Path dir;

    private MainWindow window;

    @BeforeEach
    void open() throws Exception {
        assertFalse(GraphicsEnvironment.isHeadless(),
                "GUI tests need a display: on a machine without one run them under xvfb-run -a (see README)");
        window = SandboxApp.openAndWait(TestPlugins.registry(), TestPlugins::registry);
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

    private void trainAnEpoch() throws Exception {
        long before = Gui.edt(() -> model().run().latestSnapshot().orElseThrow().progress().step());
        Gui.run(() -> model().run().stepEpoch());
        Gui.await("an epoch of training", 10_000,
                () -> model().run().lastSnapshot().map(s -> s.progress().step() > before).orElse(false));
    }

    @Test
    void theBackpropTabStepsThroughACopyOfTheCurrentNetworkOnAClickedPoint() throws Exception {
        trainAnEpoch();
        Gui.run(() -> window.host().selectTab("Backprop"));
        BackpropTab tab = Gui.edt(() -> Gui.find(window, "backpropTab", BackpropTab.class));
        Gui.await("the step-through to have a network", 5000, () -> tab.panel().stepper() != null);
        Gui.edt(() -> {
            Network shown = model().run().latestSnapshot().orElseThrow().network();
            BackpropStepper stepper = tab.panel().stepper();
            assertNotSame(shown, stepper.originalNetwork(), "a copy, never the snapshot's own or the live network");
            for (int l = 0; l < shown.layerCount(); l++) {
                assertArrayEquals(shown.layer(l).weights(), stepper.originalNetwork().layer(l).weights(), 0.0);
            }
            assertTrue(tab.loadedStep() > 0);
            return null;
        });

        // click training point 7 in the output view
        Gui.run(() -> window.host().selectTab("Loss"));
        Gui.run(() -> {
            OutputView view = window.outputView();
            Point p = view.trainPointPixel(7);
            assertEquals(7, view.trainPointAt(p.x, p.y));
            view.dispatchEvent(new MouseEvent(view, MouseEvent.MOUSE_CLICKED, System.currentTimeMillis(), 0, p.x, p.y,
                    1, false, MouseEvent.BUTTON1));
        });
        Gui.await("the Backprop tab to come forward", 2000, () -> window.host().selectedTab().equals("Backprop"));
        Gui.edt(() -> {
            Dataset train = model().data().networkData().train();
            BackpropStepper stepper = tab.panel().stepper();
            assertArrayEquals(new double[] {train.x()[14], train.x()[15]}, stepper.x(), 0.0);
            int before = stepper.stage().index();
            stepper.next();
            stepper.next();
            assertTrue(stepper.stage().index() > before, "stepping moves on");
            stepper.start();
            assertEquals(0, stepper.stage().index());
            return null;
        });
    }

    @Test
    void theInsideTabFollowsTheCurrentRun() throws Exception {
        Gui.run(() -> window.host().selectTab("Inside"));
        InsideTab tab = Gui.edt(() -> Gui.find(window, "insideTab", InsideTab.class));
        trainAnEpoch();
        Gui.await("an inspection", 5000, () -> tab.panel().lastInspection() != null);
        Gui.run(() -> model().run().reset());
        trainAnEpoch();
        Gui.await("an inspection of the new run", 5000, () -> tab.panel().lastInspection() != null);
    }

    @Test
    void theRunsTabOverlaysRunsNamedByWhatDifferedAndRestoresOne() throws Exception {
        Gui.run(() -> model().setSettings(model().settings().withLearningRate(0.3)));
        trainAnEpoch();
        Gui.run(() -> model().run().reset());
        Gui.run(() -> model().setSettings(model().settings().withLearningRate(0.03).withBatchSize(32)));
        trainAnEpoch();
        Gui.run(() -> model().run().reset());
        Gui.run(() -> window.host().selectTab("Runs"));
        RunsPanel runs = Gui.edt(() -> Gui.find(window, "runsPanel", RunsPanel.class));
        Gui.await("two runs listed", 3000, () -> runs.runList().getModel().getSize() == 2);
        Gui.edt(() -> {
            assertEquals(2, runs.runList().getSelectedIndices().length, "new runs are overlaid at once");
            XYSeriesCollection data = (XYSeriesCollection) runs.chart().getXYPlot().getDataset();
            assertEquals(2, data.getSeriesCount());
            assertEquals("Run 1: lr 0.3, batch 10", data.getSeriesKey(0));
            assertEquals("Run 2: lr 0.03, batch 32", data.getSeriesKey(1));
            assertTrue(data.getSeries(0).getItemCount() > 0);
            assertEquals(2, runs.chart().getLegend().getSources()[0].getLegendItems().getItemCount());
            return null;
        });

        // restore run 1, exactly: its settings and its starting weights
        Gui.run(() -> runs.runList().setSelectedIndex(0));
        Gui.click(window, "restoreRun");
        Gui.edt(() -> {
            assertEquals(0.3, model().settings().learningRate());
            assertEquals(10, model().settings().batchSize());
            RunRecord run1 = model().runs().find(1).orElseThrow();
            Network now = model().run().latestSnapshot().orElseThrow().network();
            assertArrayEquals(run1.initialParameters().get(0).weights(), now.layer(0).weights(), 0.0);
            assertTrue(runs.hintText().contains("Run 1 is restored"), runs.hintText());
            return null;
        });

        // delete run 2
        Gui.run(() -> runs.runList().setSelectedIndex(1));
        Gui.click(window, "deleteRuns");
        Gui.edt(() -> {
            assertEquals(List.of("Run 1"), model().runs().runs().stream().map(RunRecord::name).toList());
            assertEquals(1, runs.runList().getModel().getSize());
            return null;
        });
    }

    @Test
    void exportWritesTheNetworkAndReportsRefusalsInOneLine() throws Exception {
        trainAnEpoch();
        Path file = dir.resolve("CircleNet.java");
        ExportNetworkAction java = Gui.edt(() -> (ExportNetworkAction) menuItem("Export network as Java…")
                .getAction());
        Gui.run(() -> {
            java.setChooser((parent, ext, name) -> Optional.of(file.toFile()));
            java.actionPerformed(null);
        });
        String source = Files.readString(file);
        assertTrue(source.contains("public final class CircleNet"), source.substring(0, 200));
        assertTrue(Gui.edt(window.host()::noticeText).startsWith("Exported the network to"), Gui.edt(window.host()::noticeText));

        Path bad = dir.resolve("not-a-class.java");
        Gui.run(() -> {
            java.setChooser((parent, ext, name) -> Optional.of(bad.toFile()));
            java.actionPerformed(null);
        });
        String notice = Gui.edt(window.host()::noticeText);
        assertTrue(notice.startsWith("Cannot export to not-a-class.java"), notice);
        assertTrue(Files.notExists(bad));

        ExportNetworkAction python = Gui.edt(() -> (ExportNetworkAction) menuItem("Export network as Python…")
                .getAction());
        Path py = dir.resolve("net");
        Gui.run(() -> {
            python.setChooser((parent, ext, name) -> Optional.of(py.toFile()));
            python.actionPerformed(null);
        });
        assertTrue(Files.readString(dir.resolve("net.py")).contains("import numpy"));
    }

    private JMenuItem menuItem(String text) {
        JMenu file = window.getJMenuBar().getMenu(0);
        for (int i = 0; i < file.getItemCount(); i++) {
            JMenuItem item = file.getItem(i);
            if (item != null && text.equals(item.getText())) {
                return item;
            }
        }
        throw new AssertionError("no menu item " + text);
    }
}
