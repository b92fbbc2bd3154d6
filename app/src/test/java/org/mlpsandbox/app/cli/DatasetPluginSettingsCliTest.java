package org.mlpsandbox.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlpsandbox.engine.io.ExperimentFiles;
import org.mlpsandbox.engine.plugin.PluginRegistry;

/** {@code train --data 'example.moons(gap=0.9)'}: a dataset plugin's settings on the command line, kept in the model. */
class DatasetPluginSettingsCliTest {

    @TempDir
    Path dir;

    @Test
    void theDataOptionTakesADatasetPluginsSettingsAndTheModelKeepsThem() throws IOException {
        Path plugins = dir.resolve("plugins");
        Path example = Path.of("").toAbsolutePath();
        while (!Files.isDirectory(example.resolve("examples/moons-dataset"))) {
            example = example.getParent();
        }
        PluginsTestJars.projectJar(example.resolve("examples/moons-dataset"), plugins.resolve("moons.jar"));
        Path model = dir.resolve("moons.json");
        String[] train = run("train", "--plugins", plugins.toString(), "--data", "example.moons(gap=0.9)",
                "--layers", "8:tanh", "--epochs", "2", "--seed", "3", "--save", model.toString());
        assertEquals("0", train[1], train[0]);
        assertEquals(Map.of("gap", 0.9), ExperimentFiles.load(model, PluginRegistry.builtIn()).data().parameters());

        String[] colon = run("train", "--plugins", plugins.toString(), "--data", "example.moons:gap=0.2",
                "--layers", "8:tanh", "--epochs", "1");
        assertEquals("0", colon[1], colon[0]);

        String[] refused = run("train", "--plugins", plugins.toString(), "--data", "example.moons(gap=7)",
                "--layers", "8:tanh", "--epochs", "1");
        assertNotEquals("0", refused[1]);
        assertTrue(refused[0].contains("example.moons") && refused[0].contains("'gap'")
                && refused[0].contains("outside its range"), refused[0]);
    }

    private static String[] run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = RootCommand.execute(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new String[] {out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8),
            String.valueOf(code)};
    }
}
