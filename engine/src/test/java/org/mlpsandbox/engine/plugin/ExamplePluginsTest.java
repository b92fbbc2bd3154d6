package org.mlpsandbox.engine.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlpsandbox.api.Activation;
import org.mlpsandbox.api.Loss;

/**
 * The projects in {@code examples/} compile against the api alone and load as OK plugins. They are compiled here with
 * {@code javax.tools} rather than by Maven, so this test needs no network and no installed artifacts.
 */
class ExamplePluginsTest {

    @TempDir
    Path work;

    /** {@code examples/} at the top of the project, found from the module's folder. */
    private static Path examples() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("examples/swish-activation"))) {
                return p.resolve("examples");
            }
        }
        throw new IllegalStateException("examples/ not found above " + Path.of("").toAbsolutePath());
    }

    private Path build(String project) throws IOException {
        Path root = examples().resolve(project);
        return TestJars.in(work).sourcesFrom(root.resolve("src/main/java")).resources(root.resolve("src/main/resources"))
                .write(work.resolve("plugins").resolve(project + ".jar"));
    }

    @Test
    void theSwishExampleLoadsOkWithItsHyperparameter() throws IOException {
        build("swish-activation");
        try (PluginLibrary library = PluginLibrary.open(List.of(work.resolve("plugins")))) {
            PluginEntry swish = library.registry().require(PluginKind.ACTIVATION, "example.swish");
            assertEquals(PluginStatus.OK, swish.status(), swish.reason());
            assertEquals("Swish", swish.displayName());
            assertEquals("beta", swish.hyperparameters().get(0).key());
            Activation sharp = library.registry().activation(PluginChoice.of("example.swish").with("beta", 2));
            // z·σ(βz) at z = 1, β = 2
            assertEquals(1 / (1 + Math.exp(-2)), sharp.apply(1), 1e-12);
        }
    }

    @Test
    void theHuberExampleLoadsOk() throws IOException {
        build("huber-loss");
        try (PluginLibrary library = PluginLibrary.open(List.of(work.resolve("plugins")))) {
            PluginEntry huber = library.registry().require(PluginKind.LOSS, "example.huber");
            assertEquals(PluginStatus.OK, huber.status(), huber.reason());
            Loss loss = library.registry().loss(PluginChoice.of("example.huber"));
            // one sample, errors 0.5 (quadratic: 0.125) and 3 (linear: 1·(3 − 0.5) = 2.5)
            assertEquals(2.625, loss.value(new double[] {0.5, 3}, new double[] {0, 0}, 1, 2), 1e-12);
        }
    }

    @Test
    void theSwishActivationClassIsShort() throws IOException {
        Path source = examples().resolve(
                "swish-activation/src/main/java/org/mlpsandbox/examples/swish/Swish.java");
        long lines = Files.readAllLines(source).stream().filter(l -> !l.isBlank()).count();
        assertTrue(lines <= 30, "the README promises a short class; it has " + lines + " lines");
    }
}
