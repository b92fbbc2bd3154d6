package org.mlpsandbox.engine.io;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlpsandbox.engine.TestNets;

/** Experiment files that ask for more memory than there is: refused in one line, before anything is allocated. */
class ExperimentFileLimitsTest {

    @Test
    void aFileLargerThanTheHeapIsRefusedUnread(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("huge.json");
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(Runtime.getRuntime().maxMemory() * 2); // sparse: nothing written, nothing should be read
        }
        long start = System.nanoTime();
        ExperimentFileException e = assertThrows(ExperimentFileException.class,
                () -> ExperimentFiles.load(file, TestNets.PLUGINS));
        assertTrue((System.nanoTime() - start) / 1e9 < 5);
        String m = e.getMessage();
        assertTrue(m.startsWith(file + ": opening it needs ") && m.contains(" is available") && !m.contains("\n"), m);
    }

    @Test
    void aLongFormatValueIsQuotedShort(@TempDir Path dir) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = (ObjectNode) mapper.readTree(ExperimentFiles.toJson(IoFixtures.experiment()));
        root.put("format", "k".repeat(1_000_000));
        Path file = dir.resolve("format.json");
        Files.writeString(file, mapper.writeValueAsString(root));
        ExperimentFileException e = assertThrows(ExperimentFileException.class,
                () -> ExperimentFiles.load(file, TestNets.PLUGINS));
        assertTrue(e.problem().length() < 200 && e.problem().contains("(1,000,000 characters)"), e.getMessage());
    }

    @Test
    void aNetworkTooLargeForTheHeapIsRefusedBeforeItsWeightsAreRead(@TempDir Path dir) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = (ObjectNode) mapper.readTree(ExperimentFiles.toJson(IoFixtures.experiment()));
        ArrayNode layers = (ArrayNode) root.get("network").get("layers");
        for (int l = 0; l < layers.size() - 1; l++) {
            ((ObjectNode) layers.get(l)).put("size", 100_000);
        }
        Path file = dir.resolve("wide.json");
        Files.writeString(file, mapper.writeValueAsString(root));
        ExperimentFileException e = assertThrows(ExperimentFileException.class,
                () -> ExperimentFiles.load(file, TestNets.PLUGINS));
        String m = e.getMessage();
        assertTrue(m.startsWith(file + ": network: training the network 2 → 100000 → 100000"), m);
        assertTrue(m.contains(" of memory but only ") && !m.contains("\n"), m);
    }
}
