package org.mlpsandbox.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.mlpsandbox.engine.math.Kernels;

class BenchAndRootTest {

    @Test
    void quickBenchPrintsBothWorkloadsAsATable() {
        Cli.Result r = Cli.run("bench", "--quick").expect(0);
        assertTrue(r.out().contains("samples/s"), r.out());
        assertTrue(Pattern.compile("(?m)^digits\\s+784-100-10\\s+32\\s+2000\\s+\\d+\\s+[\\d,]+\\s+[\\d,]+\\s+[\\d.]+\\s+2/2$")
                .matcher(r.out()).find(), r.out());
        assertTrue(Pattern.compile("(?m)^playground\\s+2-8-8-1\\s+10\\s+500\\s+\\d+\\s+[\\d,]+\\s+[\\d,]+\\s+[\\d.]+\\s+0/3$")
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
    void benchNamesTheBackendAndCanChooseIt() throws IOException {
        ObjectMapper json = new ObjectMapper();
        JsonNode standard = json.readTree(Cli.run("bench", "--quick", "--json", "--workload", "digits").expect(0).out());
        assertEquals(Kernels.backendName(), standard.get("backend").asText());
        assertEquals("openblas-float64", standard.get("backend").asText(), "OpenBLAS loads on the build platform");
        assertEquals("openblas-float64", standard.get("workloads").get(0).get("backend").asText());
        assertEquals(2, standard.get("workloads").get(0).get("fusedLayers").asInt(), "plain SGD: both layers fused");
        JsonNode single = json.readTree(Cli.run("bench", "--quick", "--json", "--workload", "digits",
                "--precision", "float32").expect(0).out());
        assertEquals("openblas-float32", single.get("backend").asText());
        assertTrue(single.get("backendDescription").asText().contains("float32"));
        JsonNode java = json.readTree(Cli.run("bench", "--quick", "--json", "--workload", "digits-60k",
                "--backend", "java").expect(0).out());
        assertEquals("java", java.get("backend").asText());
        assertEquals("digits-60k", java.get("workloads").get(0).get("name").asText());
        assertEquals(0, java.get("workloads").get(0).get("fusedLayers").asInt(), "no native weights without OpenBLAS");
        assertEquals("openblas-float64", Kernels.backendName(), "bench gives the process its settings back");
        Cli.Result table = Cli.run("bench", "--quick", "--workload", "playground").expect(0);
        assertTrue(table.out().contains("matrix products: OpenBLAS"), table.out());
        assertTrue(table.out().contains(" 0/3"), "the playground's small layers stay in Java: " + table.out());
        Cli.run("bench", "--quick", "--precision", "half").expect(2);
    }

    @Test
    void verboseNamesTheBackend() {
        Cli.Result r = Cli.run("--verbose", "bench", "--quick", "--workload", "playground").expect(0);
        assertTrue(r.err().contains("matrix products: " + Kernels.description()), r.err());
        assertTrue(!Cli.run("bench", "--quick", "--workload", "playground").expect(0).err()
                .contains("matrix products"));
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

    /** Runs the real entry point in a JVM without a display, whatever this JVM has. */
    @Test
    void withoutADisplayTheBareCommandExplainsHowToRunHeadless() throws Exception {
        Path javaBinary = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(javaBinary.toString(), "-Djava.awt.headless=true",
                "-D" + org.mlpsandbox.engine.plugin.PluginFolders.HOME_PROPERTY + "="
                        + Files.createTempDirectory("headless-home"),
                "-cp", System.getProperty("java.class.path"), "org.mlpsandbox.app.Main")
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS), "the JVM did not end");
        assertEquals(1, p.exitValue(), "no window opened, so not a success: " + out);
        assertTrue(out.contains("no display"), out);
        assertTrue(out.contains("xvfb-run -a java -jar "), "the exact command for a virtual display: " + out);
        assertTrue(out.contains("without a display: train, eval, predict, export, sweep, bench, plugins, render"),
                out);
        assertTrue(!out.contains("Exception"), out);
    }
}
