package org.mlpsandbox.engine.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlpsandbox.engine.TestNets;
import org.mlpsandbox.engine.data.Dataset;
import org.mlpsandbox.engine.data.DrawnPoints;

/** The "drawn" section of an experiment file: points drawn by hand come back exactly; files without it still open. */
class DrawnDataFileTest {

    @TempDir
    Path dir;

    private static DrawnPoints threeClasses() {
        DrawnPoints p = DrawnPoints.empty(3, new double[] {0, 1000, -2.5, 2.5});
        for (int i = 0; i < 12; i++) {
            p = p.with(i * 80.5 + 0.1, Math.sin(i) * 2, i % 3);
        }
        return p;
    }

    @Test
    void drawnPointsSurviveTheRoundTripExactly() throws IOException {
        DrawnPoints points = threeClasses();
        Experiment e = IoFixtures.experiment().withData(DataSpec.drawn(points, 0.25, 5));
        Path file = dir.resolve("drawn.json");
        ExperimentFiles.save(file, e);

        DataSpec back = ExperimentFiles.load(file, TestNets.PLUGINS).data();

        assertEquals(DataSpec.Kind.DRAWN, back.kind());
        assertEquals(0.25, back.testRatio());
        assertEquals(5, back.seed());
        assertEquals(3, back.drawn().classCount());
        assertArrayEquals(points.x(), back.drawn().x(), 0.0);
        assertArrayEquals(points.value(), back.drawn().value(), 0.0);
        assertArrayEquals(new double[] {0, 1000, -2.5, 2.5}, back.drawn().plane(), 0.0);
        assertEquals(e.data(), back);
        String json = Files.readString(file);
        assertTrue(json.contains("\"kind\" : \"drawn\""), json);
        assertTrue(json.contains("\"points\""), json);
    }

    @Test
    void regressionValuesSurviveToo() throws IOException {
        DrawnPoints values = DrawnPoints.empty(0, DrawnPoints.DEFAULT_PLANE).with(1, 2, -3.75).with(-4, 0.5, 1e-3);
        Path file = dir.resolve("values.json");
        ExperimentFiles.save(file, IoFixtures.experiment().withData(DataSpec.drawn(values, 0.2, 1)));
        DrawnPoints back = ExperimentFiles.load(file, TestNets.PLUGINS).data().drawn();
        assertFalse(back.isClassification());
        assertEquals(values, back);
    }

    @Test
    void loadingDrawnDataSplitsItLikeOtherDataOrAllTrainsWhenFew() throws IOException {
        DataSpec many = DataSpec.drawn(threeClasses(), 0.25, 5);
        LoadedData loaded = many.load();
        assertEquals(9, loaded.train().size());
        assertEquals(3, loaded.test().size());
        assertEquals(List.of("0", "1", "2"), loaded.classNames());
        Dataset train = loaded.train();
        assertEquals(3, train.targetCount(), "three classes: one-hot targets");

        DrawnPoints few = DrawnPoints.empty(2, DrawnPoints.DEFAULT_PLANE).with(1, 1, 0).with(-1, -1, 1).with(0, 2, 1);
        LoadedData all = DataSpec.drawn(few, 0.5, 1).load();
        assertEquals(3, all.train().size(), "fewer than " + DrawnPoints.FEW + " points: all train");
        assertEquals(0, all.test().size());
    }

    @Test
    void anOlderFileWithoutDrawnDataStillOpens() throws IOException {
        Path file = dir.resolve("old.json");
        ExperimentFiles.save(file, IoFixtures.experiment());
        String json = Files.readString(file);
        assertFalse(json.contains("drawn"), "a file of other data writes no drawn section");
        Experiment back = ExperimentFiles.load(file, TestNets.PLUGINS);
        assertEquals(DataSpec.Kind.GENERATED, back.data().kind());
        assertNull(back.data().drawn());
    }

    @Test
    void brokenDrawnSectionsAreNamedNotThrownAsStackTraces() throws IOException {
        Path file = dir.resolve("d.json");
        ExperimentFiles.save(file, IoFixtures.experiment().withData(DataSpec.drawn(threeClasses(), 0.25, 5)));
        String json = Files.readString(file);

        String classOutOfRange = json.replaceFirst("\\[ 0\\.1, 0\\.0, 0\\.0 \\]", "[ 0.1, 0.0, 7.0 ]");
        assertProblem(classOutOfRange, "data.drawn");
        String notATriple = json.replaceFirst("\\[ 0\\.1, 0\\.0, 0\\.0 \\]", "[ 0.1, 0.0 ]");
        assertProblem(notATriple, "data.drawn.points[1]");
        String noSection = json.replaceFirst("\"drawn\" : \\{", "\"notDrawn\" : {");
        assertProblem(noSection, "data.drawn");
    }

    private void assertProblem(String json, String named) throws IOException {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, json, StandardCharsets.UTF_8);
        ExperimentFileException e = assertThrows(ExperimentFileException.class,
                () -> ExperimentFiles.load(bad, TestNets.PLUGINS));
        assertTrue(e.getMessage().contains(named), e.getMessage());
    }

    @Test
    void eraseAndProblemsOfTheDrawnSet() {
        DrawnPoints p = DrawnPoints.empty(2, DrawnPoints.DEFAULT_PLANE).with(0, 0, 0).with(0.5, 0, 0).with(3, 3, 1);
        DrawnPoints erased = p.without(0, 0, 1, 1);
        assertEquals(1, erased.size());
        assertArrayEquals(new double[] {3, 3}, erased.x(), 0.0);
        assertTrue(erased.problem().contains("at least 2"), erased.problem());
        assertTrue(p.without(3, 3, 0.1, 0.1).problem().contains("class 1"), "one class only");
        assertEquals("", p.problem());
    }
}
