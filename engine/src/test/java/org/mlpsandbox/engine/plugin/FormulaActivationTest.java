package org.mlpsandbox.engine.plugin;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlpsandbox.api.Activation;
import org.mlpsandbox.engine.TestNets;
import org.mlpsandbox.engine.data.Dataset;
import org.mlpsandbox.engine.data.Generators;
import org.mlpsandbox.engine.data.TrainTestSplit;
import org.mlpsandbox.engine.io.DataSpec;
import org.mlpsandbox.engine.io.Experiment;
import org.mlpsandbox.engine.io.ExperimentFiles;
import org.mlpsandbox.engine.net.Network;
import org.mlpsandbox.engine.net.Workspace;
import org.mlpsandbox.engine.train.Trainer;
import org.mlpsandbox.engine.train.TrainingSettings;

/** Activations typed as formulas: checked like a jar, trained with, saved with the experiment and recreated. */
class FormulaActivationTest {

    private static final Formula SOFTSIGN = new Formula("formula.softsign", "Softsign", "z / (1 + abs(z))",
            "1 / (1 + abs(z))^2");

    @TempDir
    Path dir;

    @Test
    void aRightDerivativeIsAcceptedAndComputesTheFormula() {
        PluginEntry e = PluginRegistry.checkFormula(SOFTSIGN);
        assertEquals(PluginStatus.OK, e.status(), e.reason());
        assertEquals(PluginSource.FORMULA, e.source());
        Activation a = (Activation) e.prototype();
        for (double z : new double[] {-3.5, -0.2, 0, 0.7, 9}) {
            assertEquals(z / (1 + Math.abs(z)), a.apply(z), 1e-15);
            assertEquals(1 / ((1 + Math.abs(z)) * (1 + Math.abs(z))), a.derivative(z), 1e-15);
        }
    }

    @Test
    void aWrongDerivativeIsRefusedWithTheWorstPoint() {
        // the derivative of tanh is 1 - tanh², not 1 - z²
        PluginEntry e = PluginRegistry.checkFormula(new Formula("formula.bad", "Bad tanh", "tanh(z)", "1 - z^2"));
        assertEquals(PluginStatus.REFUSED, e.status());
        assertTrue(e.reason().contains("worst at z = "), e.reason());
        assertTrue(e.reason().contains("central differences give"), e.reason());
        assertFalse(TestNets.PLUGINS.withFormula(e.prototype() instanceof FormulaActivation f ? f.formula() : null)
                .find(PluginKind.ACTIVATION, "formula.bad").isPresent(), "a refused formula cannot be picked");
    }

    @Test
    void withoutADerivativeItIsNumericAndSaysSo() {
        PluginEntry e = PluginRegistry.checkFormula(new Formula("formula.swish", "Swish", "z / (1 + exp(-z))", ""));
        assertEquals(PluginStatus.OK, e.status(), e.reason());
        assertEquals("Swish (numeric f′)", e.displayName());
        Activation a = (Activation) e.prototype();
        for (double z : new double[] {-6, -1.3, 0, 0.4, 2.5, 8}) {
            double s = 1 / (1 + Math.exp(-z));
            assertEquals(s + z * s * (1 - s), a.derivative(z), 1e-7, "z = " + z);
        }
    }

    @Test
    void aFormulaThatIsNotOneIsRefusedNamingWhichFormula() {
        IllegalArgumentException f = assertThrows(IllegalArgumentException.class,
                () -> PluginRegistry.checkFormula(new Formula("formula.x", "X", "x + 1", "")));
        assertTrue(f.getMessage().startsWith("f(z): "), f.getMessage());
        IllegalArgumentException d = assertThrows(IllegalArgumentException.class,
                () -> PluginRegistry.checkFormula(new Formula("formula.x", "X", "z", "(1")));
        assertTrue(d.getMessage().startsWith("f′(z): "), d.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Formula("Has Space", "X", "z", ""));
    }

    @Test
    void anIdTakenByABuiltInIsRefusedAsADuplicate() {
        PluginRegistry r = TestNets.PLUGINS.withFormula(new Formula("relu", "My ReLU", "max(z, 0)", ""));
        assertEquals("ReLU", r.require(PluginKind.ACTIVATION, "relu").displayName());
        PluginEntry mine = r.entries().stream().filter(e -> e.source().isFormula()).findFirst().orElseThrow();
        assertEquals(PluginStatus.REFUSED, mine.status());
        assertTrue(mine.reason().contains("duplicate"), mine.reason());
    }

    @Test
    void aFormulaActivationTrainsAndIsSavedAndRecreatedOnOpening() throws Exception {
        PluginRegistry plugins = TestNets.PLUGINS.withFormula(SOFTSIGN);
        assertEquals(List.of(SOFTSIGN), plugins.formulas());
        DataSpec spec = DataSpec.generated("circle", 400, 0.1, 0.25, 3);
        Dataset all = Generators.generate("circle", 400, 0.1, 3);
        TrainTestSplit parts = TrainTestSplit.split(all, 0.25, 4);
        Network net = Network.build(TestNets.spec("2,8:formula.softsign,8:formula.softsign,1:sigmoid", "log-loss",
                "xavier-uniform", 5), plugins);
        TrainingSettings settings = TrainingSettings.defaults().withLearningRate(0.3).withBatchSize(16);
        Trainer trainer = new Trainer(net, parts.train(), parts.test(), settings, plugins);
        double before = trainer.evaluate(parts.train()).loss();
        for (int i = 0; i < 2000; i++) {
            trainer.step();
        }
        double accuracy = trainer.evaluate(parts.test()).accuracy();
        assertTrue(accuracy > 0.9, "test accuracy " + accuracy + " (loss before " + before + ")");

        Path file = dir.resolve("softsign.json");
        ExperimentFiles.save(file, Experiment.of(net, settings, spec, List.of()).withFormulas(plugins.formulas()));
        assertTrue(ExperimentFiles.toJson(Experiment.of(net, settings, spec, List.of())
                .withFormulas(plugins.formulas())).contains("\"f\" : \"z / (1 + abs(z))\""));
        // opened where the formula is unknown: the file brings it
        Experiment back = ExperimentFiles.load(file, TestNets.PLUGINS);
        assertEquals(List.of(SOFTSIGN), back.formulas());
        PluginRegistry reopened = TestNets.PLUGINS.withFormulas(back.formulas());
        Network same = back.buildNetwork(reopened);
        double[] x = parts.test().x();
        int rows = parts.test().size();
        Workspace w1 = net.newWorkspace(rows);
        Workspace w2 = same.newWorkspace(rows);
        net.forward(x, rows, w1);
        same.forward(x, rows, w2);
        assertArrayEquals(java.util.Arrays.copyOf(w1.output(), rows), java.util.Arrays.copyOf(w2.output(), rows));
    }

    @Test
    void aRegistryKeepsItsFormulasAcrossAReload() {
        PluginRegistry fresh = PluginRegistry.builtIn();
        assertTrue(fresh.withFormulasOf(TestNets.PLUGINS.withFormula(SOFTSIGN))
                .find(PluginKind.ACTIVATION, "formula.softsign").isPresent());
    }
}
