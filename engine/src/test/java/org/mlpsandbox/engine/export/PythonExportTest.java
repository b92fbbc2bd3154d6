package org.mlpsandbox.engine.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mlpsandbox.engine.net.Network;

/**
 * The Python export. Where the environment has a Python 3 with NumPy (tried: {@code /usr/bin/python3}, then
 * {@code python3} on the PATH), the exported module is run on random inputs, one sample and a batch, and its outputs
 * are compared with {@link Network#predict} to 1e-12. Without NumPy the same test cannot run the code; it then checks
 * the generated source's structure instead, and says so in its report entry and on standard error. This is the only
 * test whose depth depends on the machine; {@code apt-get install python3-numpy} gives the full check, and
 * {@code -Dmlpsandbox.test.python=/no/such/python} shows the fallback.
 */
class PythonExportTest {

    /** Where to look; {@code -Dmlpsandbox.test.python=/path} replaces the list (a missing path tries the fallback). */
    private static final List<String> CANDIDATES = System.getProperty("mlpsandbox.test.python") != null
            ? List.of(System.getProperty("mlpsandbox.test.python")) : List.of("/usr/bin/python3", "python3");
    private static final String PYTHON = findPythonWithNumpy();

    @TempDir
    Path dir;

    static Stream<Arguments> networks() {
        return Stream.of(
                Arguments.of("2,8:tanh,1:sigmoid", "log-loss"),
                Arguments.of("3,5:relu,4:leaky-relu@0.3,3:softmax", "categorical-cross-entropy"),
                Arguments.of("4,6:sigmoid,6:identity,2:identity", "mse"),
                Arguments.of("5,9:leaky-relu@0.05,7:tanh,9:relu,4:softmax", "categorical-cross-entropy"),
                Arguments.of("784,100:relu,10:softmax", "categorical-cross-entropy"));
    }

    @ParameterizedTest(name = "{0}: runs with NumPy and matches the engine to 1e-12 (without NumPy: checks the "
            + "source's structure only)")
    @MethodSource("networks")
    void pythonExportMatchesTheEngine(String layout, String loss, TestReporter reporter) throws Exception {
        Network net = ExportNets.build(layout, loss, layout.length());
        String source = NetworkExporter.python(net);
        checkStructure(net, source);
        if (PYTHON == null) {
            String note = "numpy not found for " + CANDIDATES + ": checked the generated Python source's structure "
                    + "only, did NOT run it (apt-get install -y python3-numpy for the full check)";
            System.err.println("PythonExportTest: " + note);
            reporter.publishEntry("python", note);
            return;
        }
        reporter.publishEntry("python", "ran the export with " + PYTHON + " and NumPy");
        Files.writeString(dir.resolve("exported.py"), source, StandardCharsets.UTF_8);
        int rows = 25;
        double[] x = ExportNets.inputs(rows, net.inputs(), 7);
        StringBuilder in = new StringBuilder();
        for (int r = 0; r < rows; r++) {
            for (int i = 0; i < net.inputs(); i++) {
                in.append(i == 0 ? "" : " ").append(x[r * net.inputs() + i]);
            }
            in.append('\n');
        }
        Files.writeString(dir.resolve("inputs.txt"), in.toString());
        Files.writeString(dir.resolve("driver.py"), """
                import sys
                import numpy as np
                sys.path.insert(0, sys.argv[1])
                import exported
                rows = [[float(v) for v in line.split()] for line in open(sys.argv[2]) if line.strip()]
                batch = exported.predict(np.array(rows))
                single = exported.predict(rows[0])
                assert single.shape == (exported.OUTPUTS,), single.shape
                assert np.array_equal(single, batch[0]) or np.allclose(single, batch[0], rtol=0, atol=1e-15)
                for row in batch:
                    print(" ".join(repr(float(v)) for v in row))
                """);
        List<String> out = run(PYTHON, dir.resolve("driver.py").toString(), dir.toString(),
                dir.resolve("inputs.txt").toString());
        double[] expected = net.predict(x, rows);
        assertEquals(rows, out.size(), "one line per sample: " + out);
        for (int r = 0; r < rows; r++) {
            String[] values = out.get(r).trim().split(" ");
            assertEquals(net.outputs(), values.length);
            for (int j = 0; j < values.length; j++) {
                double e = expected[r * net.outputs() + j];
                assertEquals(e, Double.parseDouble(values[j]), 1e-12 * Math.max(1, Math.abs(e)),
                        "sample " + r + ", output " + j);
            }
        }
    }

    @Test
    void sourceStructureIsRight() {
        Network net = ExportNets.build("3,5:relu,4:leaky-relu@0.3,3:softmax", "categorical-cross-entropy", 2);
        String source = NetworkExporter.python(net);
        checkStructure(net, source);
        assertTrue(source.contains("_leaky_relu(a @ W2.T + B2, 0.3)"), source);
        assertTrue(source.contains("np.max(z, axis=-1, keepdims=True)"), "softmax subtracts the maximum");
        assertTrue(source.chars().allMatch(c -> c < 128), "plain ASCII");
    }

    /** What can be checked without running Python: the parts, every parameter written exactly, the layer calls. */
    private static void checkStructure(Network net, String source) {
        assertTrue(source.contains("import numpy as np\n"));
        assertTrue(source.contains("\ndef predict(x):\n"));
        assertTrue(source.contains("INPUTS = " + net.inputs() + "\n"));
        assertTrue(source.contains("OUTPUTS = " + net.outputs() + "\n"));
        for (int l = 0; l < net.layerCount(); l++) {
            int n = l + 1;
            var layer = net.layer(l);
            assertTrue(source.contains("W" + n + " = np.array([") && source.contains(".reshape(" + layer.outputs()
                    + ", " + layer.inputs() + ")"), "layer " + n + " weights");
            assertTrue(source.contains("a @ W" + n + ".T + B" + n), "layer " + n + " is applied");
            String block = source.substring(source.indexOf("W" + n + " = np.array(["),
                    source.indexOf("], dtype", source.indexOf("W" + n + " = np.array([")));
            String[] numbers = block.substring(block.indexOf('[') + 1).split(",");
            assertEquals(layer.weights().length, numbers.length, "layer " + n + " weight count");
            for (int i = 0; i < numbers.length; i += Math.max(1, numbers.length / 50)) {
                assertEquals(layer.weights()[i], Double.parseDouble(numbers[i].trim()), 0, "weights exact");
            }
        }
        long opens = source.chars().filter(c -> c == '(').count();
        long closes = source.chars().filter(c -> c == ')').count();
        assertEquals(opens, closes, "balanced parentheses");
    }

    private static String findPythonWithNumpy() {
        for (String candidate : CANDIDATES) {
            try {
                Process p = new ProcessBuilder(candidate, "-c", "import numpy").redirectErrorStream(true).start();
                p.getInputStream().readAllBytes();
                if (p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0) {
                    return candidate;
                }
            } catch (IOException e) {
                // not installed here; try the next
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
        return null;
    }

    private static List<String> run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "python finished");
        assertEquals(0, p.exitValue(), "python failed:\n" + output);
        List<String> lines = new ArrayList<>();
        for (String line : output.split("\n")) {
            if (!line.isBlank()) {
                lines.add(line);
            }
        }
        return lines;
    }
}
