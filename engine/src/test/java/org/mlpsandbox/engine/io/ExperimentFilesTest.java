package org.mlpsandbox.engine.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlpsandbox.engine.TestNets;
import org.mlpsandbox.engine.net.Network;

class ExperimentFilesTest {

    @TempDir
    Path dir;

    @Test
    void savedAndReloadedNetworkPredictsBitForBitTheSame() throws IOException {
        List<HistoryRow> history = new ArrayList<>();
        Network original = IoFixtures.trainedNetwork(history);
        Path file = dir.resolve("model.json");
        ExperimentFiles.save(file, Experiment.of(original, IoFixtures.settings(), IoFixtures.DATA, history));

        Network reloaded = ExperimentFiles.load(file, TestNets.PLUGINS).buildNetwork(TestNets.PLUGINS);

        double[] x = TestNets.randomArray(2 * 500, 99, -6, 6);
        double[] expected = original.predict(x, 500);
        double[] actual = reloaded.predict(x, 500);
        for (int i = 0; i < expected.length; i++) {
            assertEquals(Double.doubleToRawLongBits(expected[i]), Double.doubleToRawLongBits(actual[i]),
                    "prediction " + i);
        }
        for (int l = 0; l < original.layerCount(); l++) {
            assertArrayEquals(original.layer(l).weights(), reloaded.layer(l).weights(), 0.0);
            assertArrayEquals(original.layer(l).bias(), reloaded.layer(l).bias(), 0.0);
        }
    }

    @Test
    void everyPartSurvivesTheRoundTrip() throws IOException {
        Experiment e = IoFixtures.experiment();
        Path file = dir.resolve("e.json");
        ExperimentFiles.save(file, e);
        Experiment back = ExperimentFiles.load(file, TestNets.PLUGINS);
        assertEquals(e.network(), back.network());
        assertEquals(e.parameters(), back.parameters());
        assertEquals(e.training(), back.training());
        assertTrue(Double.isNaN(back.training().biasLearningRate()));
        assertEquals(e.data(), back.data());
        assertEquals(e.history(), back.history());
        assertEquals(3, back.history().size());
        assertTrue(Double.isNaN(back.history().get(0).testLoss()), "no test set: test loss stays NaN");
        assertEquals(e, back);
    }

    @Test
    void awkwardDoublesAreWrittenExactly() throws IOException {
        Experiment e = IoFixtures.experiment();
        double[] w = e.parameters().get(0).weights();
        double[] awkward = {0.1 + 0.2, -0.0, Double.MIN_VALUE, 1e-300, -Double.MAX_VALUE, Math.PI,
            Math.nextUp(1.0), 1.0 / 3, 123456789.123456789, -2.5e-8};
        System.arraycopy(awkward, 0, w, 0, awkward.length);
        List<LayerParameters> params = new ArrayList<>(e.parameters());
        params.set(0, new LayerParameters(w, e.parameters().get(0).bias()));
        Experiment changed = new Experiment(e.network(), params, e.training(), e.data(), e.history());
        Path file = dir.resolve("awkward.json");
        ExperimentFiles.save(file, changed);
        double[] back = ExperimentFiles.load(file, TestNets.PLUGINS).parameters().get(0).weights();
        for (int i = 0; i < awkward.length; i++) {
            assertEquals(Double.doubleToRawLongBits(awkward[i]), Double.doubleToRawLongBits(back[i]),
                    "value " + awkward[i]);
        }
    }

    @Test
    void fileNamesItsFormatAndVersionAndIsStable() throws IOException {
        Experiment e = IoFixtures.experiment();
        String json = ExperimentFiles.toJson(e);
        assertTrue(json.startsWith("{\n  \"format\" : \"mlp-sandbox-experiment\",\n  \"version\" : 1,"), json);
        assertEquals(json, ExperimentFiles.toJson(e), "same experiment, same text");
        Path file = dir.resolve("same.json");
        ExperimentFiles.save(file, e);
        assertEquals(json, Files.readString(file));
        assertTrue(json.contains("\"id\" : \"adam\""));
        assertTrue(json.contains("\"beta1\" : 0.85"));
        assertTrue(json.contains("\"biasLearningRate\" : null"));
        assertTrue(json.contains("\"kind\" : \"generated\""));
    }

    @Test
    void unknownFieldsAreIgnoredAndHistoryIsOptional() throws IOException {
        Experiment e = IoFixtures.experiment();
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = (ObjectNode) mapper.readTree(ExperimentFiles.toJson(e));
        root.putObject("lesson").put("title", "added by a later version");
        ((ObjectNode) root.get("network")).put("comment", "hello");
        ((ObjectNode) root.get("network").get("layers").get(0)).put("dropout", 0.5);
        ((ObjectNode) root.get("data")).put("colour", "blue");
        root.remove("history");
        Experiment back = ExperimentFiles.read(mapper.writeValueAsBytes(root), "future.json", TestNets.PLUGINS);
        assertEquals(e.withHistory(List.of()), back);
    }

    @Test
    void aPluginCanBeGivenByIdAlone() throws IOException {
        Experiment e = IoFixtures.experiment();
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = (ObjectNode) mapper.readTree(ExperimentFiles.toJson(e));
        ((ObjectNode) root.get("network")).put("loss", "log-loss");
        Experiment back = ExperimentFiles.read(mapper.writeValueAsBytes(root), "short.json", TestNets.PLUGINS);
        assertEquals("log-loss", back.network().loss().id());
    }

    @Test
    void saveReplacesTheOldFileAndLeavesNoTemporaryFiles() throws IOException {
        Path file = dir.resolve("model.json");
        Files.writeString(file, "old content");
        ExperimentFiles.save(file, IoFixtures.experiment());
        assertTrue(Files.readString(file).contains("mlp-sandbox-experiment"));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList());
        }
    }

    @Test
    void aFailedSaveLeavesTheOldFileAsItWas() throws IOException {
        Path file = dir.resolve("model.json");
        Files.writeString(file, "the good old model");
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(file, out -> {
            out.write("half a new mod".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        }));
        assertEquals("disk full", e.getMessage());
        assertEquals("the good old model", Files.readString(file));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList(), "the temporary file is removed");
        }
    }

    @Test
    void saveWorksWithARelativeFileName() throws IOException {
        Path relative = Path.of("target", "io-test-relative.json");
        Files.createDirectories(relative.toAbsolutePath().getParent());
        try {
            ExperimentFiles.save(relative, IoFixtures.experiment());
            assertFalse(Files.readString(relative).isEmpty());
        } finally {
            Files.deleteIfExists(relative);
        }
    }

    @Test
    void historyCsvHasOneRowPerEntryAndLeavesMissingValuesEmpty() throws IOException {
        List<HistoryRow> rows = List.of(new HistoryRow(1, 10, 0.5, Double.NaN, 0.75),
                new HistoryRow(2, 20, 0.25, 0.3, Double.NaN));
        assertEquals("epoch,step,train_loss,test_loss,accuracy\n1,10,0.5,,0.75\n2,20,0.25,0.3,\n",
                HistoryCsv.format(rows));
        Path file = dir.resolve("h.csv");
        HistoryCsv.write(file, rows);
        assertEquals(HistoryCsv.format(rows), Files.readString(file));
    }

    @Test
    void inputFeaturesAreKeptAndOptional(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Experiment plain = Experiment.of(org.mlpsandbox.engine.net.Network.build(
                org.mlpsandbox.engine.TestNets.spec("4,3:tanh,1:sigmoid", "log-loss", "xavier-uniform", 1),
                org.mlpsandbox.engine.TestNets.PLUGINS), org.mlpsandbox.engine.train.TrainingSettings.defaults(),
                DataSpec.generated("circle", 50, 0, 0.2, 1), java.util.List.of());
        Path withFeatures = dir.resolve("f.json");
        ExperimentFiles.save(withFeatures, plain.withFeatures(java.util.List.of("X1", "X2", "X1_SQUARED", "SIN_X1")));
        assertEquals(java.util.List.of("X1", "X2", "X1_SQUARED", "SIN_X1"),
                ExperimentFiles.load(withFeatures, org.mlpsandbox.engine.TestNets.PLUGINS).features());
        Path without = dir.resolve("plain.json");
        ExperimentFiles.save(without, plain);
        org.junit.jupiter.api.Assertions.assertFalse(java.nio.file.Files.readString(without).contains("\"features\""));
        assertEquals(java.util.List.of(), ExperimentFiles.load(without, org.mlpsandbox.engine.TestNets.PLUGINS)
                .features());
    }
}
