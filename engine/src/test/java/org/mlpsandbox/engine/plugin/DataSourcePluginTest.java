package org.mlpsandbox.engine.plugin;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlpsandbox.api.DataSource;
import org.mlpsandbox.engine.TestNets;
import org.mlpsandbox.engine.data.Dataset;
import org.mlpsandbox.engine.data.TrainTestSplit;
import org.mlpsandbox.engine.net.Network;
import org.mlpsandbox.engine.train.Trainer;
import org.mlpsandbox.engine.train.TrainingSettings;

/** Dataset plugins: the example jar loads, is checked and trains; broken ones are refused with the reason. */
class DataSourcePluginTest {

    /** Labels 0, 1 and 2 from a source that declares 2 classes. */
    static final String THREE_LABELS = """
            package acme;
            public final class ThreeLabels implements org.mlpsandbox.api.DataSource {
                public String id() { return "acme.three"; }
                public String displayName() { return "Three"; }
                public int inputCount() { return 2; }
                public int classCount() { return 2; }
                public void generate(double[] x, double[] t, int n, double noise,
                                     java.util.random.RandomGenerator r) {
                    for (int i = 0; i < n; i++) { x[2 * i] = r.nextDouble(); x[2 * i + 1] = i; t[i] = i % 3; }
                }
            }
            """;

    /** Ignores the random generator it is given. */
    static final String UNSEEDED = """
            package acme;
            public final class Unseeded implements org.mlpsandbox.api.DataSource {
                public String id() { return "acme.unseeded"; }
                public String displayName() { return "Unseeded"; }
                public int inputCount() { return 1; }
                public int classCount() { return 0; }
                public void generate(double[] x, double[] t, int n, double noise,
                                     java.util.random.RandomGenerator r) {
                    for (int i = 0; i < n; i++) { x[i] = Math.random(); t[i] = x[i]; }
                }
            }
            """;

    @TempDir
    Path work;

    private static Path example() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("examples/moons-dataset"))) {
                return p.resolve("examples/moons-dataset");
            }
        }
        throw new IllegalStateException("examples/moons-dataset not found");
    }

    @Test
    void theMoonsExampleLoadsOkAndAClassifierLearnsIt() throws IOException {
        Path folder = work.resolve("plugins");
        TestJars.in(work).sourcesFrom(example().resolve("src/main/java"))
                .resources(example().resolve("src/main/resources")).write(folder.resolve("moons.jar"));
        try (PluginLibrary library = PluginLibrary.open(List.of(folder))) {
            PluginEntry moons = library.registry().require(PluginKind.DATASET, "example.moons");
            assertEquals(PluginStatus.OK, moons.status(), moons.reason());
            assertEquals(List.of("example.moons"), library.registry().dataSources().stream()
                    .map(g -> g.name()).toList());
            DataSourceGenerator generator = library.registry().dataSource(PluginChoice.of("example.moons"));
            Dataset data = generator.generate(400, 0.1, 3);
            assertEquals(2, data.inputCount());
            assertEquals(2, data.classCount());
            assertArrayEquals(data.x(), generator.generate(400, 0.1, 3).x(), 0.0, "same seed, same data");
            TrainTestSplit parts = TrainTestSplit.split(data, 0.25, 4);
            Network net = Network.build(TestNets.spec("2,16:tanh,16:tanh,1:sigmoid", "log-loss",
                    "xavier-uniform", 5), library.registry());
            Trainer trainer = new Trainer(net, parts.train(), parts.test(),
                    TrainingSettings.defaults().withLearningRate(0.3).withBatchSize(16), library.registry());
            for (int i = 0; i < 3000; i++) {
                trainer.step();
            }
            double accuracy = trainer.evaluate(parts.test()).accuracy();
            assertTrue(accuracy > 0.9, "test accuracy " + accuracy);
        }
    }

    @Test
    void labelsOutOfRangeAndAnUnseededSourceAreRefusedWithTheReason() throws IOException {
        Path folder = work.resolve("plugins");
        TestJars.in(work).source("acme.ThreeLabels", THREE_LABELS).source("acme.Unseeded", UNSEEDED)
                .service(DataSource.class, "acme.ThreeLabels", "acme.Unseeded").write(folder.resolve("bad.jar"));
        try (PluginLibrary library = PluginLibrary.open(List.of(folder))) {
            PluginEntry three = entry(library, "acme.ThreeLabels");
            assertEquals(PluginStatus.REFUSED, three.status());
            assertTrue(three.reason().contains("label 2 for sample 2"), three.reason());
            PluginEntry unseeded = entry(library, "acme.Unseeded");
            assertEquals(PluginStatus.REFUSED, unseeded.status());
            assertTrue(unseeded.reason().contains("different data for the same seed"), unseeded.reason());
            assertTrue(library.registry().dataSources().isEmpty());
        }
    }

    private static PluginEntry entry(PluginLibrary library, String className) {
        return library.registry().entries().stream().filter(e -> e.className().equals(className)).findFirst()
                .orElseThrow();
    }
}
