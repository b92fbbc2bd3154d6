package org.mlpsandbox.engine.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlpsandbox.engine.TestNets;

/**
 * The code export replaces its file as a whole (a new file renamed over the old), never writing into it: a second
 * hard link to the old file keeps the old content, which a write in place would have changed.
 */
class AtomicExportTest {

    @Test
    void exportingReplacesTheFileInsteadOfWritingIntoIt(@TempDir Path dir) throws IOException {
        for (String name : new String[] {"Net.java", "net.py"}) {
            Path target = dir.resolve(name);
            Files.writeString(target, "old content");
            Path otherLink = Files.createLink(dir.resolve(name + ".link"), target);
            NetworkExporter.write(TestNets.build("2,3:tanh,1:sigmoid", "log-loss", "xavier-uniform", 1), target);
            assertEquals("old content", Files.readString(otherLink), name);
            assertTrue(Files.readString(target).length() > 100, name);
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(4, files.count(), "no temporary files left behind");
        }
    }
}
