package org.mlpsandbox.app.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlpsandbox.engine.data.CsvImport;
import org.mlpsandbox.engine.data.Dataset;
import org.mlpsandbox.engine.io.DataSpec;
import org.mlpsandbox.engine.io.ExperimentFiles;
import org.mlpsandbox.engine.net.Network;

/** Drawing your own data: edits in data coordinates, undo, training on the points, saving them, and the plane's axes. */
class DrawnDataTest {

    private final SandboxModel model = new SandboxModel(TestPlugins.registry());

    @AfterEach
    void close() {
        model.close();
    }

    private DrawnData drawn() {
        return model.data().drawn();
    }

    @Test
    void pointsAreAddedErasedAndClearedInDataCoordinatesAndUndoBringsThemBack() {
        model.data().useDrawn();
        assertTrue(model.data().isDrawn());
        assertFalse(model.data().isGenerated());
        assertEquals(2, drawn().points().classCount(), "the classes of the circle in use before");
        assertEquals(Plane.square(6), model.data().plane(), "drawn on the plane shown before");

        assertTrue(drawn().add(1, 2));
        drawn().setBrushClass(1);
        assertTrue(drawn().add(-3, 4.5));
        assertFalse(drawn().add(7, 0), "off the plane");
        Dataset raw = model.data().rawData();
        assertArrayEquals(new double[] {1, 2, -3, 4.5}, raw.x(), 0.0);
        assertEquals(0, raw.label(0));
        assertEquals(1, raw.label(1));
        assertEquals(2, model.data().rawSplit().train().size(), "few points: all train");

        assertEquals(1, drawn().erase(1.2, 2.1, 0.5, 0.5));
        assertArrayEquals(new double[] {-3, 4.5}, model.data().rawData().x(), 0.0);
        assertEquals(1, drawn().clear());
        assertEquals(0, model.data().rawData().size());
        drawn().undo();
        assertArrayEquals(new double[] {-3, 4.5}, model.data().rawData().x(), 0.0);
        drawn().undo();
        assertArrayEquals(new double[] {1, 2, -3, 4.5}, model.data().rawData().x(), 0.0);

        drawn().beginStroke(); // one eraser stroke is one Undo
        drawn().erase(1, 2, 0.1, 0.1);
        drawn().erase(-3, 4.5, 0.1, 0.1);
        drawn().endStroke();
        assertEquals(0, model.data().rawData().size());
        drawn().undo();
        assertEquals(2, model.data().rawData().size());
    }

    @Test
    void tooFewPointsOrOneClassSayWhyThereIsNoRun() {
        model.data().useDrawn();
        assertFalse(model.run().hasRun());
        assertTrue(model.run().problem().contains("at least 2 points"), model.run().problem());
        drawn().add(0, 0);
        drawn().add(1, 1);
        assertTrue(model.run().problem().contains("class 1"), model.run().problem());
        model.run().play();
        assertFalse(model.run().isPlaying(), "Play does nothing but say why");
        drawn().setBrushClass(1);
        drawn().add(3, 3);
        assertTrue(model.run().hasRun(), model.run().problem());
        assertEquals("", model.run().problem());
    }

    @Test
    void regressionDataGiveADrawnSetOfValues() {
        model.data().setSettings(model.data().settings().withGenerator("plane"));
        model.data().useDrawn();
        assertFalse(drawn().points().isClassification());
        drawn().setBrushValue(-2.5);
        drawn().add(0.5, 0.5);
        assertEquals(-2.5, model.data().rawData().y()[0]);
        assertFalse(model.data().rawData().isClassification());
    }

    /** A ring of class 1 around a disc of class 0. */
    private void drawRing() {
        for (int i = 0; i < 40; i++) {
            double a = i * 2 * Math.PI / 40;
            boolean inner = i % 2 == 0;
            double r = inner ? 1.5 : 4.5;
            drawn().setBrushClass(inner ? 0 : 1);
            drawn().add(r * Math.cos(a), r * Math.sin(a));
        }
    }

    /** Mean log-loss of a sigmoid network on the raw points, computed here (independently of the trainer). */
    private static double logLoss(Network net, Dataset d) {
        double[] p = net.predict(d.x(), d.size());
        double sum = 0;
        for (int i = 0; i < d.size(); i++) {
            double q = Math.min(1 - 1e-12, Math.max(1e-12, p[i]));
            sum -= d.y()[i] == 1 ? Math.log(q) : Math.log(1 - q);
        }
        return sum / d.size();
    }

    private Network latestNetwork(long atLeastEpochs) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 20_000;
        while (model.run().latest().progress().epoch() < atLeastEpochs && System.currentTimeMillis() < deadline) {
            Thread.sleep(10);
        }
        return model.run().latest().network();
    }

    @Test
    void trainingOnDrawnPointsLowersTheLossAndDrawingMoreKeepsTheWeights() throws Exception {
        model.data().useDrawn();
        drawRing();
        assertEquals(40, model.data().rawData().size());
        assertEquals(32, model.data().rawSplit().train().size(), "a fifth held out as for other data");
        Dataset all = model.data().rawData();
        double before = logLoss(model.run().latest().network(), all);
        for (int e = 0; e < 300; e++) {
            model.run().stepEpoch();
        }
        Network trained = latestNetwork(300);
        double after = logLoss(trained, all);
        assertTrue(after < 0.5 * before, "log-loss " + before + " -> " + after);

        long steps = model.run().step();
        drawn().setBrushClass(1);
        drawn().add(5, -5);
        Network kept = model.run().latest().network();
        for (int l = 0; l < trained.layerCount(); l++) {
            assertArrayEquals(trained.layer(l).weights(), kept.layer(l).weights(), 0.0, "a new point keeps layer " + l);
        }
        assertEquals(steps, model.run().step(), "the step count goes on");
    }

    @Test
    void drawnPointsAreSavedAndComeBackOnReopen(@TempDir Path dir) throws Exception {
        model.data().useDrawn();
        drawRing();
        model.data().setSplit(0.25, 9);
        Path file = dir.resolve("drawn.json");
        ExperimentFiles.save(file, model.file().toExperiment());
        try (SandboxModel other = new SandboxModel(TestPlugins.registry())) {
            other.file().open(ExperimentFiles.load(file, TestPlugins.registry()));
            assertTrue(other.data().isDrawn());
            assertEquals(model.data().drawn().points(), other.data().drawn().points());
            assertEquals(model.data().plane(), other.data().plane());
            assertEquals(0.25, other.data().testRatioInUse(), 1e-12);
            assertEquals(model.data().rawSplit().test(), other.data().rawSplit().test());
            assertFalse(other.file().hasUnsavedWork());
            other.data().drawn().add(0, 0);
            assertTrue(other.file().hasUnsavedWork(), "a drawn point is work to save");
        }
        Path generated = dir.resolve("circle.json");
        model.data().setSettings(model.data().settings());
        assertFalse(model.data().isDrawn(), "the generator again");
        ExperimentFiles.save(generated, model.file().toExperiment());
        try (SandboxModel other = new SandboxModel(TestPlugins.registry())) {
            other.file().open(ExperimentFiles.load(generated, TestPlugins.registry()));
            assertEquals(DataSpec.Kind.GENERATED, model.file().toExperiment().data().kind());
            assertFalse(other.data().isDrawn());
        }
        model.data().useDrawn();
        assertEquals(40, model.data().drawn().points().size(), "drawing again finds the points drawn before");
    }

    private static Path csv(Path dir, String name, double lo, double hi) throws Exception {
        StringBuilder s = new StringBuilder("a,b,label\n");
        java.util.Random r = new java.util.Random(4);
        for (int i = 0; i < 100; i++) {
            double a = lo + (hi - lo) * (i % 10) / 9.0;
            double b = lo + (hi - lo) * r.nextDouble();
            s.append(a).append(',').append(b).append(',').append(a > b ? "yes" : "no").append('\n');
        }
        Path file = dir.resolve(name);
        Files.writeString(file, s);
        return file;
    }

    @Test
    void thePlaneFitsEachColumnOfACsvAndKeepsTheSquareForDataAroundZero(@TempDir Path dir) throws Exception {
        assertEquals(Plane.square(6), model.data().plane(), "the circle keeps its square");
        Path wide = csv(dir, "wide.csv", 0, 1000);
        model.data().useCsv(CsvImport.read(wide), wide);
        Plane p = model.data().plane();
        Dataset raw = model.data().rawData();
        double[] a = range(raw, 0);
        double[] b = range(raw, 1);
        assertEquals(0, a[0], 1e-9);
        assertEquals(1000, a[1], 1e-9);
        assertEquals(a[0] - 0.05 * (a[1] - a[0]), p.x0(), 1e-9);
        assertEquals(a[1] + 0.05 * (a[1] - a[0]), p.x1(), 1e-9);
        assertEquals(b[0] - 0.05 * (b[1] - b[0]), p.y0(), 1e-9);
        assertEquals(b[1] + 0.05 * (b[1] - b[0]), p.y1(), 1e-9);

        model.data().useDrawn();
        assertEquals(p, model.data().plane(), "drawn data uses the axes shown");
        assertTrue(drawn().add(990, 10));
        assertEquals(p, model.data().plane(), "a point near the edge does not move the axes");

        Path centred = csv(dir, "centred.csv", -6, 6);
        model.data().useCsv(CsvImport.read(centred), centred);
        assertEquals(Plane.square(PlotRanges.planeLimit(model.data().rawData())), model.data().plane());
        assertEquals(7, model.data().plane().x1(), "6 with a 5 % margin, rounded up");
    }

    private static double[] range(Dataset d, int c) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < d.size(); i++) {
            lo = Math.min(lo, d.x()[2 * i + c]);
            hi = Math.max(hi, d.x()[2 * i + c]);
        }
        return new double[] {lo, hi};
    }
}
