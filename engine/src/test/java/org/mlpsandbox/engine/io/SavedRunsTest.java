package org.mlpsandbox.engine.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlpsandbox.engine.TestNets;
import org.mlpsandbox.engine.net.Network;

/** The optional "runs" list: kept by save → open, absent in old files, ignored fields, named problems. */
class SavedRunsTest {

    @TempDir
    Path dir;

    private static SavedRun run(String name, double lr, boolean thumbnail) {
        Network initial = TestNets.build("2,5:tanh,4:leaky-relu,1:sigmoid", "log-loss", "xavier-uniform", 11);
        List<LayerParameters> params = new ArrayList<>();
        for (int l = 0; l < initial.layerCount(); l++) {
            params.add(LayerParameters.of(initial.layer(l)));
        }
        List<HistoryRow> curve = List.of(new HistoryRow(0, 10, 0.7, 0.69, 0.5),
                new HistoryRow(1, 20, 0.1 / 3, Double.NaN, 0.875));
        byte[] cells = new byte[9];
        for (int i = 0; i < cells.length; i++) {
            cells[i] = (byte) (i * 31);
        }
        return new SavedRun(name, initial.spec(), params, IoFixtures.settings().withLearningRate(lr), IoFixtures.DATA,
                List.of("x1", "x2", "x1x2"), curve, 0.1 / 3, Double.NaN, 0.875, 0.8,
                thumbnail ? 3 : 0, thumbnail ? 2 : 0, thumbnail ? cells : null);
    }

    @Test
    void saveThenOpenKeepsEveryRun() throws IOException {
        Experiment e = IoFixtures.experiment().withRuns(List.of(run("Run 1", 0.3, true), run("Run 2", 0.03, false)));
        Path file = dir.resolve("runs.json");
        ExperimentFiles.save(file, e);
        Experiment back = ExperimentFiles.load(file, TestNets.PLUGINS);

        assertEquals(e.runs(), back.runs());
        assertEquals(2, back.runs().size());
        SavedRun first = back.runs().get(0);
        assertEquals(0.3, first.training().learningRate());
        assertArrayEquals(run("x", 0.3, true).thumbnail(), first.thumbnail());
        assertTrue(Double.isNaN(first.testLoss()));
        assertEquals(2, first.thumbnailClasses());
        assertEquals(0.1 / 3, first.curve().get(1).trainLoss(), 0.0);
        assertEquals(List.of("x1", "x2", "x1x2"), first.features());
        // the initial weights rebuild the same network, bit for bit
        Network a = run("x", 0.3, true).buildInitialNetwork(TestNets.PLUGINS);
        Network b = first.buildInitialNetwork(TestNets.PLUGINS);
        for (int l = 0; l < a.layerCount(); l++) {
            assertArrayEquals(a.layer(l).weights(), b.layer(l).weights(), 0.0);
        }
        assertEquals(e.history(), back.history());
    }

    @Test
    void filesWithoutRunsOpenWithNoneAndAreWrittenWithoutTheField() throws IOException {
        Experiment e = IoFixtures.experiment();
        String json = ExperimentFiles.toJson(e);
        assertFalse(json.contains("\"runs\""), "no runs field when there are no runs");
        Path file = dir.resolve("old.json");
        Files.writeString(file, json);
        assertTrue(ExperimentFiles.load(file, TestNets.PLUGINS).runs().isEmpty());
    }

    @Test
    void unknownFieldsInARunAreIgnoredAndAMissingThumbnailIsFine() throws IOException {
        Experiment e = IoFixtures.experiment().withRuns(List.of(run("Run 1", 0.3, false)));
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = (ObjectNode) mapper.readTree(ExperimentFiles.toJson(e));
        ((ObjectNode) root.get("runs").get(0)).put("colour", "teal");
        root.put("somethingNew", 1);
        Path file = dir.resolve("newer.json");
        Files.writeString(file, mapper.writeValueAsString(root));
        Experiment back = ExperimentFiles.load(file, TestNets.PLUGINS);
        assertEquals(e.runs(), back.runs());
        assertEquals(0, back.runs().get(0).thumbnailSize());
    }

    @Test
    void aBrokenRunIsNamedWithItsPlace() throws IOException {
        Experiment e = IoFixtures.experiment().withRuns(List.of(run("Run 1", 0.3, true), run("Run 2", 0.1, true)));
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = (ObjectNode) mapper.readTree(ExperimentFiles.toJson(e));
        ObjectNode second = (ObjectNode) root.get("runs").get(1);
        ((ArrayNode) second.get("initialParameters").get(0).get("bias")).remove(0);
        Path file = dir.resolve("broken.json");
        Files.write(file, mapper.writeValueAsString(root).getBytes(StandardCharsets.UTF_8));
        ExperimentFileException ex = assertThrows(ExperimentFileException.class,
                () -> ExperimentFiles.load(file, TestNets.PLUGINS));
        assertTrue(ex.problem().startsWith("runs[2]: initialParameters[1].bias"), ex.getMessage());
    }
}
