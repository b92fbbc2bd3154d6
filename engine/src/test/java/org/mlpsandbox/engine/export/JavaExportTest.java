package org.mlpsandbox.engine.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mlpsandbox.api.Activation;
import org.mlpsandbox.engine.net.Network;
import org.mlpsandbox.engine.plugin.PluginEntry;
import org.mlpsandbox.engine.plugin.PluginKind;
import org.mlpsandbox.engine.plugin.PluginRegistry;
import org.mlpsandbox.engine.plugin.PluginSource;
import org.mlpsandbox.engine.plugin.PluginStatus;

/**
 * Compiles the Java export with the JDK's compiler, loads it and compares {@code predict} with {@link Network#predict}
 * on random inputs.
 */
class JavaExportTest {

    @TempDir
    Path dir;

    static Stream<Arguments> networks() {
        return Stream.of(
                Arguments.of("2,8:tanh,1:sigmoid", "log-loss"),
                Arguments.of("3,5:relu,4:leaky-relu@0.3,3:softmax", "categorical-cross-entropy"),
                Arguments.of("4,6:sigmoid,6:identity,2:identity", "mse"),
                Arguments.of("1,1:leaky-relu,1:tanh", "mse"),
                Arguments.of("3,6:tanh,5:tanh,2:identity", "mse"),
                Arguments.of("5,9:leaky-relu@0.05,7:tanh,9:relu,4:softmax", "categorical-cross-entropy"),
                // over MAX_LITERAL_PARAMETERS: weights in string chunks
                Arguments.of("30,60:tanh,20:leaky-relu@0.7,5:sigmoid", "log-loss"),
                Arguments.of("784,100:relu,10:softmax", "categorical-cross-entropy"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("networks")
    void compiledExportPredictsWhatTheEngineDoes(String layout, String loss) throws Exception {
        Network net = ExportNets.build(layout, loss, layout.length());
        String source = NetworkExporter.java(net, "demo.export.ExportedNet");
        Method predict = compile(source, "demo.export.ExportedNet");

        int rows = 40;
        double[] x = ExportNets.inputs(rows, net.inputs(), 99);
        double[] expected = net.predict(x, rows);
        double worst = 0;
        for (int r = 0; r < rows; r++) {
            double[] sample = Arrays.copyOfRange(x, r * net.inputs(), (r + 1) * net.inputs());
            double[] got = (double[]) predict.invoke(null, (Object) sample);
            assertEquals(net.outputs(), got.length);
            for (int j = 0; j < got.length; j++) {
                double e = expected[r * net.outputs() + j];
                assertEquals(e, got[j], 1e-12, "sample " + r + ", output " + j);
                worst = Math.max(worst, Math.abs(e - got[j]));
            }
        }
        // The export repeats the engine's formulas; what differences remain are an ulp or two (the engine's products
        // start from the bias and use fused multiply-adds where the processor has them; Math.exp is not guaranteed
        // to round identically in interpreted and JIT-compiled code).
        assertTrue(worst <= 1e-14, "largest difference " + worst);
    }

    @Test
    void bigNetworkStaysUnderTheClassFileLimitsAndSmallOnesGetReadableLiterals() throws Exception {
        Network big = ExportNets.build("784,100:relu,10:softmax", "categorical-cross-entropy", 3);
        String source = NetworkExporter.java(big, "Digits");
        assertTrue(source.contains("parse(78400,"), "weights of a 784-100-10 network are parsed from strings");
        for (String line : source.split("\n")) {
            assertTrue(line.length() < 65_000, "no string literal near the 64 KB limit");
        }
        assertNotNull(compile(source, "Digits"));

        Network small = ExportNets.build("2,3:tanh,1:sigmoid", "log-loss", 3);
        String text = NetworkExporter.java(small, "Tiny");
        assertTrue(text.contains("private static final double[] W1 = {"), text);
        assertTrue(text.contains(Double.toString(small.layer(0).weights()[0])), "weights written exactly");
        assertTrue(text.chars().allMatch(c -> c < 128), "plain ASCII, compiles under any source encoding");
    }

    @Test
    void predictRefusesTheWrongNumberOfInputs() throws Exception {
        Network net = ExportNets.build("2,1:sigmoid", "log-loss", 1);
        Method predict = compile(NetworkExporter.java(net, "Small"), "Small");
        Exception e = assertThrows(Exception.class, () -> predict.invoke(null, (Object) new double[3]));
        assertTrue(e.getCause().getMessage().contains("expected 2 inputs, got 3"));
    }

    @Test
    void anUnknownActivationIsNamedInTheMessage() {
        List<PluginEntry> entries = new java.util.ArrayList<>(ExportNets.PLUGINS.entries());
        entries.add(new PluginEntry(PluginKind.ACTIVATION, "acme.softsign", "Softsign", Softsign.class.getName(),
                new Softsign(), PluginSource.BUILT_IN, PluginStatus.OK, "", List.of()));
        Network net = ExportNets.build("2,3:acme.softsign,1:sigmoid", "log-loss", 1, new PluginRegistry(entries));
        UnsupportedActivationException e = assertThrows(UnsupportedActivationException.class,
                () -> NetworkExporter.java(net, "X"));
        assertTrue(e.getMessage().startsWith("layer 1 uses the activation 'acme.softsign' (Softsign)"),
                e.getMessage());
        assertEquals("acme.softsign", e.activationId());
        assertThrows(UnsupportedActivationException.class, () -> NetworkExporter.python(net));
    }

    @Test
    void writeChoosesTheLanguageFromTheFileName() throws Exception {
        Network net = ExportNets.build("2,2:relu,1:identity", "mse", 1);
        Path java = dir.resolve("XorNet.java");
        NetworkExporter.write(net, java);
        assertTrue(Files.readString(java).contains("public final class XorNet {"));
        Path py = dir.resolve("xor_net.py");
        NetworkExporter.write(net, py);
        assertTrue(Files.readString(py).contains("def predict(x):"));
        assertThrows(IllegalArgumentException.class, () -> NetworkExporter.write(net, dir.resolve("net.txt")));
        assertThrows(IllegalArgumentException.class, () -> NetworkExporter.write(net, dir.resolve("my-net.java")));
    }

    /** Compiles one class into the temp dir and returns its predict method. */
    private Method compile(String source, String className) throws Exception {
        Path src = dir.resolve("src");
        Path file = src.resolve(className.replace('.', '/') + ".java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, source, StandardCharsets.UTF_8);
        Path out = dir.resolve("classes");
        Files.createDirectories(out);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertNotNull(javac, "tests need a JDK, not a JRE");
        StringWriter errors = new StringWriter();
        boolean ok = javac.getTask(errors, null, null, List.of("-d", out.toString(), "-encoding", "US-ASCII",
                "-Xlint:all", "-Werror"), null, javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)
                .getJavaFileObjects(file)).call();
        assertTrue(ok, "the export compiles cleanly: " + errors);
        URLClassLoader loader = new URLClassLoader(new URL[] {out.toUri().toURL()}, null);
        return loader.loadClass(className).getMethod("predict", double[].class);
    }

    /** An activation the exporter does not know. */
    public static final class Softsign implements Activation {
        @Override
        public String id() {
            return "acme.softsign";
        }

        @Override
        public String displayName() {
            return "Softsign";
        }

        @Override
        public double apply(double z) {
            return z / (1 + Math.abs(z));
        }

        @Override
        public double derivative(double z) {
            double d = 1 + Math.abs(z);
            return 1 / (d * d);
        }
    }
}
