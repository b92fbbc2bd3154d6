package org.mlpsandbox.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class BenchAndRootTest {

    @Test
    void quickBenchPrintsBothWorkloadsAsATable() {
        Cli.Result r = Cli.run("bench", "--quick").expect(0);
        assertTrue(r.out().contains("samples/s"), r.out());
        assertTrue(Pattern.compile("(?m)^digits\\s+784-100-10\\s+32\\s+2000\\s+\\d+\\s+[\\d,]+\\s+[\\d,]+\\s+[\\d.]+$")
                .matcher(r.out()).find(), r.out());
        assertTrue(Pattern.compile("(?m)^playground\\s+2-8-8-1\\s+10\\s+500\\s+\\d+\\s+[\\d,]+\\s+[\\d,]+\\s+[\\d.]+$")
                .matcher(r.out()).find(), r.out());
    }

    @Test
    void quickBenchAsJson() throws IOException {
        Cli.Result r = Cli.run("bench", "--quick", "--json", "--workload", "playground").expect(0);
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertEquals(1, root.get("workloads").size());
        JsonNode w = root.get("workloads").get(0);
        assertEquals("playground", w.get("name").asText());
        assertEquals(500, w.get("samples").asInt());
        assertTrue(w.get("samplesPerSecond").asDouble() > 0);
        assertEquals(w.get("steps").asDouble() / w.get("seconds").asDouble(), w.get("stepsPerSecond").asDouble(),
                1e-6 * w.get("stepsPerSecond").asDouble());
        assertEquals(50 * w.get("epochs").asLong(), w.get("steps").asLong(), "500 points in batches of 10");
    }

    @Test
    void everyCommandHasHelp() {
        Cli.Result root = Cli.run("--help").expect(0);
        for (String command : new String[] {"train", "eval", "predict", "bench"}) {
            assertTrue(root.out().contains(command), root.out());
            Cli.Result r = Cli.run(command, "--help").expect(0);
            assertTrue(r.out().startsWith("Usage: mlp-sandbox " + command), r.out());
            assertTrue(r.out().contains("--verbose"), r.out());
            assertTrue(r.out().contains("--plugins"), r.out());
        }
        assertTrue(Cli.run("train", "--help").out().contains("leaky-relu(alpha=0.1)"));
    }

    @Test
    void withoutADisplayTheBareCommandExplainsHowToRunHeadless() {
        assumeTrue(GraphicsEnvironment.isHeadless(), "only meaningful without a display");
        Cli.Result r = Cli.run().expect(0);
        assertTrue(r.out().contains("no display"), r.out());
        assertTrue(r.out().contains("train"), r.out());
        assertEquals("", r.err());
    }
}
