package org.mlpsandbox.app.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import javax.swing.JButton;
import javax.swing.JTextField;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlpsandbox.api.Activation;
import org.mlpsandbox.app.model.SandboxModel;
import org.mlpsandbox.app.cli.FormulaProject;
import org.mlpsandbox.app.model.TestPlugins;
import org.mlpsandbox.engine.io.ExperimentFiles;
import org.mlpsandbox.engine.plugin.Formula;
import org.mlpsandbox.engine.plugin.FormulaActivation;
import org.mlpsandbox.engine.plugin.FormulaJava;
import org.mlpsandbox.engine.plugin.PluginChoice;
import org.mlpsandbox.engine.plugin.PluginKind;

/** Plugins → New activation from a formula: checked, added to the menus, trained with, saved, reopened, exported. */
class FormulaActivationAppTest {

    @TempDir
    Path dir;

    @Test
    void aWrongDerivativeIsRefusedAndARightOneTrainsSavesAndReopens() throws Exception {
        try (SandboxModel model = new SandboxModel(TestPlugins.registry())) {
            FormulaActivationDialog dialog = Gui.edt(() -> new FormulaActivationDialog(null, model));
            String refused = Gui.edt(() -> {
                type(dialog, "formulaName", "Soft");
                type(dialog, "formulaF", "z / (1 + abs(z))");
                type(dialog, "formulaDerivative", "1 / (1 + abs(z))");
                Gui.find(dialog.getContentPane(), "formulaAdd", JButton.class).doClick();
                return Gui.find(dialog.getContentPane(), "formulaResult", javax.swing.JTextArea.class).getText();
            });
            assertTrue(refused.startsWith("Refused: ") && refused.contains("worst at z = "), refused);
            assertFalse(model.plugins().find(PluginKind.ACTIVATION, "formula.soft").isPresent());

            String added = Gui.edt(() -> {
                type(dialog, "formulaDerivative", "1 / (1 + abs(z))^2");
                Gui.find(dialog.getContentPane(), "formulaAdd", JButton.class).doClick();
                return Gui.find(dialog.getContentPane(), "formulaResult", javax.swing.JTextArea.class).getText();
            });
            assertTrue(added.startsWith("Added Soft"), added);
            assertTrue(model.plugins().usable(PluginKind.ACTIVATION).stream()
                    .anyMatch(e -> e.id().equals("formula.soft")), "in every activation menu");
            Gui.run(dialog::dispose);

            model.network().setLayerActivation(0, PluginChoice.of("formula.soft"));
            model.network().setLayerActivation(1, PluginChoice.of("formula.soft"));
            assertTrue(model.run().hasRun(), model.run().problem());
            model.run().stepEpoch();
            long end = System.currentTimeMillis() + 10_000;
            long step = 0;
            while (step == 0 && System.currentTimeMillis() < end) {
                step = model.run().poll().map(s -> s.progress().step()).orElse(0L);
                Thread.sleep(20);
            }
            assertTrue(step > 0, "trained: " + model.run().problem());

            java.util.List<String> lost = model.pluginsReloaded(TestPlugins.registry());
            assertTrue(lost.isEmpty(), "a reload keeps the formula and the run: " + lost);
            assertTrue(model.plugins().find(PluginKind.ACTIVATION, "formula.soft").isPresent());

            Path file = dir.resolve("soft.json");
            ExperimentFiles.save(file, model.file().toExperiment());
            try (SandboxModel other = new SandboxModel(TestPlugins.registry())) {
                other.file().open(ExperimentFiles.load(file, TestPlugins.registry()));
                assertEquals("formula.soft", other.network().spec().layers().get(0).activation().id());
                assertTrue(other.run().hasRun(), other.run().problem());
                assertEquals(1, other.plugins().formulas().size());
                assertEquals("1 / (1 + abs(z))^2", other.plugins().formulas().get(0).derivative());
            }
        }
    }

    @Test
    void exportWritesAPluginProjectWhoseJavaComputesTheSameFormula() throws Exception {
        Formula formula = new Formula("acme.bumpy", "Bumpy", "2z^2 - sin(3*z)/2 + max(z, -1) + e^-abs(z)",
                "4z - 1.5cos(3z) + signum(max(z + 1, 0)) - signum(z)*exp(-abs(z))");
        Path project = dir.resolve("bumpy");
        Path source = FormulaProject.write(formula, project);
        assertTrue(Files.readString(source).contains("Math.pow("), Files.readString(source));
        Path classes = Files.createDirectories(dir.resolve("classes"));
        String api = Path.of(Activation.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        assertEquals(0, ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes.toString(), "-cp",
                api, source.toString()), "the exported class compiles");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL(),
            project.resolve("src/main/resources").toUri().toURL()}, Activation.class.getClassLoader())) {
            Activation exported = ServiceLoader.load(Activation.class, loader).stream()
                    .filter(p -> p.type().getClassLoader() == loader).findFirst().orElseThrow().get();
            FormulaActivation reference = FormulaActivation.compile(formula);
            assertEquals("Bumpy", exported.displayName());
            for (double z = -4.3; z < 4.4; z += 0.37) {
                assertEquals(reference.apply(z), exported.apply(z), 1e-12, "f at " + z);
                assertEquals(reference.derivative(z), exported.derivative(z), 1e-12, "f′ at " + z);
            }
        }
        try (Stream<Path> files = Files.walk(project)) {
            assertTrue(files.anyMatch(p -> p.getFileName().toString().equals("pom.xml")));
        }
    }

    @Test
    void whatCannotBeTranslatedIsRefusedByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FormulaJava.translate("z + gamma(z)"));
        assertTrue(e.getMessage().contains("gamma()"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> FormulaJava.translate("z + y"));
    }

    private static void type(FormulaActivationDialog d, String field, String text) {
        Gui.find(d.getContentPane(), field, JTextField.class).setText(text);
    }
}
