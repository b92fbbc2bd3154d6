package org.mlpsandbox.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A dataset plugin jar (examples/moons-dataset) named by {@code train --data} trains like a built-in dataset. */
class DatasetPluginCliTest {

    @TempDir
    Path dir;

    private static Path example() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("examples/moons-dataset"))) {
                return p.resolve("examples/moons-dataset");
            }
        }
        throw new IllegalStateException("examples/moons-dataset not found");
    }

    @Test
    void trainDataNamesADatasetPluginAndLearnsIt() throws IOException {
        Path plugins = dir.resolve("plugins");
        PluginsTestJars.projectJar(example(), plugins.resolve("moons.jar"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = RootCommand.execute(new String[] {"train", "--plugins", plugins.toString(), "--data",
            "example.moons", "--noise", "0.1", "--layers", "16:tanh,16:tanh", "--epochs", "60", "--seed", "3"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        String text = out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, text);
        String test = text.lines().filter(l -> l.startsWith("test ")).findFirst().orElseThrow();
        double accuracy = Double.parseDouble(test.replaceAll(".*accuracy ([0-9.]+)%.*", "$1"));
        assertTrue(accuracy > 90, test);
    }

    @Test
    void evalAndPredictOpenAModelTrainedOnADatasetPlugin() throws IOException {
        Path plugins = dir.resolve("plugins");
        PluginsTestJars.projectJar(example(), plugins.resolve("moons.jar"));
        Path model = dir.resolve("moons.json");
        String[] train = run("train", "--plugins", plugins.toString(), "--data", "example.moons", "--noise", "0.1",
                "--layers", "16:tanh,16:tanh", "--epochs", "40", "--seed", "3", "--save", model.toString());
        assertEquals("0", train[1], train[0]);
        String[] eval = run("eval", model.toString(), "--plugins", plugins.toString());
        assertEquals("0", eval[1], eval[0]);
        assertTrue(eval[0].contains("confusion matrix"), eval[0]);
        String accuracy = eval[0].lines().filter(l -> l.startsWith("test ")).findFirst().orElseThrow();
        assertTrue(Double.parseDouble(accuracy.replaceAll(".* ([0-9.]+)%.*", "$1")) > 85, accuracy);
        String[] again = run("eval", model.toString(), "--plugins", plugins.toString(), "--data", "example.moons",
                "--samples", "200");
        assertEquals("0", again[1], again[0]);
    }

    /** Runs the command line; the output (stdout then stderr) and the exit code. */
    private static String[] run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = RootCommand.execute(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new String[] {out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8),
            String.valueOf(code)};
    }
}
