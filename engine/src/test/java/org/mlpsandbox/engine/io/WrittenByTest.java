package org.mlpsandbox.engine.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.mlpsandbox.engine.TestNets;
import org.mlpsandbox.engine.Version;

/** Experiment files record the version that wrote them, and files from before that field still open. */
class WrittenByTest {

    /** The project's version read from the root pom (the test runs in engine/), independently of Maven filtering. */
    private static String rootPomVersion() throws IOException {
        String pom = Files.readString(Path.of("..", "pom.xml"));
        Matcher m = Pattern.compile("<artifactId>mlp-sandbox</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
        assertTrue(m.find(), "the root pom names its version right after its artifactId");
        return m.group(1).strip();
    }

    @Test
    void theVersionIsThePomsVersion() throws IOException {
        assertEquals(rootPomVersion(), Version.current());
        assertEquals("MLP Sandbox " + rootPomVersion(), Version.nameAndVersion());
    }

    @Test
    void aSavedFileNamesTheVersionThatWroteIt() throws IOException {
        String json = ExperimentFiles.toJson(IoFixtures.experiment());
        assertTrue(json.contains("\"writtenBy\" : \"MLP Sandbox " + rootPomVersion() + "\""), json);
    }

    @Test
    void aFileFromBeforeTheFieldOpensTheSame() throws IOException {
        Experiment e = IoFixtures.experiment();
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = (ObjectNode) mapper.readTree(ExperimentFiles.toJson(e));
        root.remove("writtenBy");
        Experiment old = ExperimentFiles.read(mapper.writeValueAsBytes(root), "old.json", TestNets.PLUGINS);
        assertEquals(e, old);
    }
}
