package org.mlpsandbox.engine.plugin;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlpsandbox.api.Activation;
import org.mlpsandbox.engine.TestNets;
import org.mlpsandbox.engine.net.Network;
import org.mlpsandbox.engine.train.Trainer;
import org.mlpsandbox.engine.train.TrainingSettings;
import org.mlpsandbox.engine.train.TrainingStoppedException;

/** Activations from outside jars inside real training runs. */
class PluginTrainingTest {

    @TempDir
    Path work;

    @Test
    void anActivationFromAJarTrainsInAHiddenLayer() throws IOException {
        Path folder = Files.createDirectories(work.resolve("plugins"));
        TestJars.in(work).source("acme.Softsign", TestPlugins.SOFTSIGN).service(Activation.class, "acme.Softsign")
                .write(folder.resolve("softsign.jar"));
        try (PluginLibrary library = PluginLibrary.open(List.of(folder))) {
            Network net = Network.build(TestNets.spec("2,8:acme.softsign,1:sigmoid", "log-loss", "xavier-uniform", 3),
                    library.registry());
            Trainer trainer = new Trainer(net, TestNets.xor(), null,
                    TrainingSettings.defaults().withLearningRate(0.5).withBatchSize(4), library.registry());
            double first = trainer.step();
            double last = first;
            for (int i = 0; i < 1500; i++) {
                last = trainer.step();
            }
            assertTrue(last < first / 4, "loss " + first + " -> " + last);
            assertEquals(1.0, trainer.evaluate(TestNets.xor()).accuracy());
        }
    }

    @Test
    void aPluginThatThrowsAfter100StepsStopsTheRunNamingItAndKeepsTheWeights() throws IOException {
        Path folder = Files.createDirectories(work.resolve("plugins"));
        Path jar = TestJars.in(work).source("acme.Flaky", TestPlugins.FLAKY).service(Activation.class, "acme.Flaky")
                .write(folder.resolve("flaky.jar"));
        try (PluginLibrary library = PluginLibrary.open(List.of(folder))) {
            assertEquals(PluginStatus.OK, library.registry().require(PluginKind.ACTIVATION, "acme.flaky").status());
            Network net = Network.build(TestNets.spec("2,4:acme.flaky,1:sigmoid", "log-loss", "xavier-uniform", 1),
                    library.registry());
            Trainer trainer = new Trainer(net, TestNets.xor(), null, TrainingSettings.defaults().withBatchSize(4),
                    library.registry());
            for (int i = 0; i < 100; i++) {
                trainer.step();
            }
            double[][] weights = {net.layer(0).weights().clone(), net.layer(1).weights().clone()};
            double[][] biases = {net.layer(0).bias().clone(), net.layer(1).bias().clone()};

            TrainingStoppedException e = assertThrows(TrainingStoppedException.class, trainer::step);

            assertEquals(TrainingStoppedException.Reason.PLUGIN_FAILED, e.reason());
            assertEquals(101, e.step());
            for (String part : List.of("'acme.flaky'", jar.toAbsolutePath().toString(), "layer 1", "backward",
                    "tired after 100")) {
                assertTrue(e.getMessage().contains(part), e.getMessage() + " should mention " + part);
            }
            for (int l = 0; l < 2; l++) {
                assertArrayEquals(weights[l], net.layer(l).weights(), 0.0);
                assertArrayEquals(biases[l], net.layer(l).bias(), 0.0);
            }
        }
    }
}
