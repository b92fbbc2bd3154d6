package org.mlpsandbox.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlpsandbox.engine.data.Normalization;
import org.mlpsandbox.engine.io.ExperimentFiles;
import org.mlpsandbox.engine.plugin.PluginRegistry;

/**
 * A CSV whose inputs are in the 10⁴–10⁶ range: standardised it trains to R² ≥ 0.9; the saved model scales new inputs
 * with the training statistics in {@code predict}, and its Java and Python exports (normalisation folded into the
 * first layer) give the same outputs to 1e-9.
 */
class NormalizeAndExportTest {

    @TempDir
    static Path dir;

    private static Path csv;
    private static Path model;
    private static String trainOutput;

    /** y = sin(x1 / 1e5) + (x2 / 1e5)² / 4 with x1 in [1e5, 5e5] and x2 in [-2e5, 2e5]. */
    @BeforeAll
    static void trainOnLargeInputs() throws Exception {
        StringBuilder text = new StringBuilder("x1,x2,y\n");
        SplittableRandom random = new SplittableRandom(5);
        for (int i = 0; i < 400; i++) {
            double x1 = random.nextDouble(1e5, 5e5);
            double x2 = random.nextDouble(-2e5, 2e5);
            double y = Math.sin(x1 / 1e5) + (x2 / 1e5) * (x2 / 1e5) / 4;
            text.append(String.format(Locale.ROOT, "%.1f,%.1f,%.6f%n", x1, x2, y));
        }
        csv = Files.writeString(dir.resolve("large.csv"), text);
        model = dir.resolve("large.json");
        trainOutput = Cli.run("train", "--data", csv.toString(), "--normalize", "standard", "--layers", "16:tanh",
                "--optimizer", "adam", "--lr", "0.01", "--epochs", "200", "-q", "--save", model.toString())
                .expect(0).out();
    }

    private static double testR2(String out) {
        Matcher m = Pattern.compile("(?m)^test\\s+loss \\S+\\s+R\\^2 (\\S+)").matcher(out);
        assertTrue(m.find(), "no test R^2 in:\n" + out);
        return Double.parseDouble(m.group(1));
    }

    @Test
    void standardisedLargeInputsTrainToAnR2OfAtLeast09() throws Exception {
        assertTrue(testR2(trainOutput) >= 0.9, trainOutput);
        Normalization saved = ExperimentFiles.load(model, PluginRegistry.builtIn()).data().normalization();
        assertEquals(Normalization.Method.STANDARD, saved.method());
        assertEquals(3e5, saved.shift()[0], 0.2e5, "the mean of x1 on the training part");
        assertEquals(1e5 * 4 / Math.sqrt(12), saved.scale()[0], 0.1e5, "the sd of a uniform [1e5, 5e5]");
        // eval reloads the file and scales it with the saved statistics: the same R²
        String eval = Cli.run("eval", model.toString()).expect(0).out();
        Matcher m = Pattern.compile("(?m)^test\\s+\\d+\\s+\\S+\\s+(\\S+)").matcher(eval);
        assertTrue(m.find(), eval);
        assertEquals(testR2(trainOutput), Double.parseDouble(m.group(1)), 1e-3, eval);
    }

    @Test
    void withoutNormalisationTheSameSetupFitsFarWorse() {
        String raw = Cli.run("train", "--data", csv.toString(), "--layers", "16:tanh", "--optimizer", "adam", "--lr",
                "0.01", "--epochs", "200", "-q").expect(0).out();
        assertTrue(testR2(raw) < 0.5, raw);
    }

    @Test
    void predictAndTheJavaAndPythonExportsAgreeOnRawInputs() throws Exception {
        double[][] samples = {{123456.0, -150000.0}, {450000.0, 20000.0}, {300000.5, 199999.0}};
        List<String> args = new ArrayList<>(List.of("predict", model.toString()));
        for (double[] s : samples) {
            args.add(s[0] + "," + s[1]);
        }
        String[] lines = Cli.run(args.toArray(String[]::new)).expect(0).out().strip().split("\\R");
        double[] cli = new double[samples.length];
        for (int i = 0; i < samples.length; i++) {
            cli[i] = Double.parseDouble(lines[i + 1]);
            // the network learned the function on raw inputs
            double truth = Math.sin(samples[i][0] / 1e5) + Math.pow(samples[i][1] / 1e5, 2) / 4;
            assertEquals(truth, cli[i], 0.3, "sample " + i);
        }

        Path java = dir.resolve("LargeModel.java");
        Cli.run("export", model.toString(), java.toString()).expect(0);
        Method predict = compile(java, "LargeModel");
        for (int i = 0; i < samples.length; i++) {
            double[] out = (double[]) predict.invoke(null, (Object) samples[i]);
            assertEquals(cli[i], out[0], 1e-9, "Java export, sample " + i);
        }

        Path py = dir.resolve("large_model.py");
        Cli.run("export", model.toString(), py.toString()).expect(0);
        String python = python();
        if (python == null) {
            System.err.println("NormalizeAndExportTest: no python3 with NumPy; the Python export was not run");
            assertTrue(Files.readString(py).contains("def predict"));
            return;
        }
        StringBuilder script = new StringBuilder("import sys\nsys.path.insert(0, sys.argv[1])\n"
                + "import large_model\n");
        for (double[] s : samples) {
            script.append("print(repr(float(large_model.predict([").append(s[0]).append(", ").append(s[1])
                    .append("])[0])))\n");
        }
        Process p = new ProcessBuilder(python, "-c", script.toString(), dir.toString()).redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0, out);
        String[] pyLines = out.strip().split("\\R");
        for (int i = 0; i < samples.length; i++) {
            assertEquals(cli[i], Double.parseDouble(pyLines[i]), 1e-9, "Python export, sample " + i);
        }
    }

    private static Method compile(Path source, String className) throws Exception {
        Path out = dir.resolve("classes");
        Files.createDirectories(out);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertNotNull(javac, "tests need a JDK, not a JRE");
        StringWriter errors = new StringWriter();
        boolean ok = javac.getTask(errors, null, null, List.of("-d", out.toString()), null,
                javac.getStandardFileManager(null, null, StandardCharsets.UTF_8).getJavaFileObjects(source)).call();
        assertTrue(ok, "the export compiles: " + errors);
        URLClassLoader loader = new URLClassLoader(new URL[] {out.toUri().toURL()}, null);
        return loader.loadClass(className).getMethod("predict", double[].class);
    }

    private static String python() {
        for (String candidate : List.of("/usr/bin/python3", "python3")) {
            try {
                Process p = new ProcessBuilder(candidate, "-c", "import numpy").redirectErrorStream(true).start();
                if (p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0) {
                    return candidate;
                }
            } catch (Exception e) {
                // try the next one
            }
        }
        return null;
    }
}
