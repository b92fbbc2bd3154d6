package org.mlpsandbox.app.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.GraphicsEnvironment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.swing.JLabel;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JTable;
import javax.swing.JTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mlpsandbox.app.model.SandboxModel;
import org.mlpsandbox.app.model.TestPlugins;
import org.mlpsandbox.app.view.help.AboutPanel;
import org.mlpsandbox.app.view.help.BundledLibraries;
import org.mlpsandbox.app.view.help.Shortcuts;
import org.mlpsandbox.engine.plugin.PluginEntry;
import org.mlpsandbox.engine.plugin.PluginKind;
import org.mlpsandbox.engine.plugin.PluginSource;
import org.mlpsandbox.engine.plugin.PluginStatus;

/** Help menu, About, File → New and the Plugins view's refused reasons, in the real window. */
class HelpAndNewTest {

    private static final String LONG_REASON = "its derivative differs from the central difference at z = 0.5: "
            + "0.25 against 0.19661193324148185 (relative error 27%); check derivative() against value()";

    private MainWindow window;

    private MainWindow open(PluginEntry... extra) throws Exception {
        assertFalse(GraphicsEnvironment.isHeadless(),
                "GUI tests need a display: on a machine without one run them under xvfb-run -a (see README)");
        window = SandboxApp.openAndWait(TestPlugins.registry(extra), TestPlugins::registry);
        return window;
    }

    @AfterEach
    void close() throws Exception {
        if (window != null) {
            Gui.run(window::dispose);
        }
    }

    private static String pomVersion() throws Exception {
        String pom = Files.readString(Path.of("..", "pom.xml"));
        Matcher m = Pattern.compile("<artifactId>mlp-sandbox</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
        assertTrue(m.find());
        return m.group(1);
    }

    @Test
    void helpIsTheLastMenuEvenAfterTheLessonsMenuIsAdded() throws Exception {
        open();
        Gui.run(() -> window.host().addMenu(new JMenu("Lessons")));
        JMenuBar bar = Gui.edt(window::getJMenuBar);
        List<String> titles = Gui.edt(() -> {
            List<String> t = new java.util.ArrayList<>();
            for (int i = 0; i < bar.getMenuCount(); i++) {
                t.add(bar.getMenu(i).getText());
            }
            return t;
        });
        assertEquals(List.of("File", "Training", "View", "Plugins", "Lessons", "Help"), titles);
        JMenu help = Gui.edt(() -> bar.getMenu(bar.getMenuCount() - 1));
        List<String> names = Gui.edt(() -> List.of(help.getItem(0).getName(), help.getItem(1).getName(),
                help.getItem(3).getName()));
        assertEquals(List.of("helpShortcuts", "helpLessons", "helpAbout"), names);
    }

    @Test
    void shortcutsAreReadFromTheMenus() throws Exception {
        open();
        List<Shortcuts.Shortcut> list = Gui.edt(() -> Shortcuts.of(window.getJMenuBar()));
        assertTrue(list.contains(new Shortcuts.Shortcut("Ctrl+N", "File → New")), list.toString());
        assertTrue(list.contains(new Shortcuts.Shortcut("Ctrl+S", "File → Save")), list.toString());
        assertTrue(list.contains(new Shortcuts.Shortcut("Ctrl+T", "View → Dark theme")), list.toString());
        assertTrue(list.contains(new Shortcuts.Shortcut("F1", "Help → Keyboard shortcuts")), list.toString());
        assertTrue(list.stream().anyMatch(s -> s.keys().equals("Space") && s.action().startsWith("Training → ")),
                list.toString());
    }

    @Test
    void aboutShowsThePomsVersionAndEveryBundledLibraryWithItsLicence() throws Exception {
        AboutPanel about = Gui.edt(AboutPanel::new);
        assertEquals("MLP Sandbox " + pomVersion(), Gui.find(about, "aboutVersion", JLabel.class).getText());
        JTable table = Gui.find(about, "aboutLibraries", JTable.class);
        List<BundledLibraries.Library> libraries = BundledLibraries.all();
        assertEquals(libraries.size(), table.getRowCount());
        List<String> names = libraries.stream().map(BundledLibraries.Library::name).toList();
        for (String lib : List.of("FlatLaf", "JFreeChart", "MigLayout", "picocli", "Jackson", "exp4j")) {
            assertTrue(names.contains(lib), lib + " in " + names);
        }
        String pom = Files.readString(Path.of("..", "pom.xml"));
        for (BundledLibraries.Library l : libraries) {
            assertFalse(l.version().contains("${"), l + ": Maven filled in the version");
            assertFalse(l.licence().isBlank(), l.toString());
            if (!l.name().startsWith("MNIST")) {
                assertTrue(pom.contains(">" + l.version() + "<"), l + ": the root pom's version");
            }
        }
    }

    @Test
    void newGoesBackToTheDefaultSetupAndForgetsTheFile(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        open();
        SandboxModel model = window.model();
        var defaults = Gui.edt(model::currentSetup);
        Gui.click(window, "addLayer");
        Gui.await("three hidden layers", 2000, () -> model.network().hiddenLayers().size() == 3);
        Path file = dir.resolve("three.mlp.json");
        assertTrue(Gui.edt(() -> window.fileActions().saveTo(file)));
        assertEquals(file, Gui.edt(() -> window.fileActions().currentFile()));
        // saved just now: nothing to lose, so New does not ask
        Gui.run(() -> window.fileActions().newExperiment().actionPerformed(null));
        assertEquals(defaults, Gui.edt(model::currentSetup));
        assertNull(Gui.edt(() -> window.fileActions().currentFile()), "Save asks for a new file after New");
        assertTrue(Gui.edt(() -> model.runs().isEmpty()));
        assertFalse(Gui.edt(() -> model.file().hasUnsavedWork()));
    }

    @Test
    void aRefusedPluginsReasonIsInItsTooltipAndInFullBelowTheTable() throws Exception {
        PluginEntry refused = new PluginEntry(PluginKind.ACTIVATION, "acme.bent", "Bent", "acme.Bent", null,
                new PluginSource(Path.of("/tmp/plugins/acme-bent.jar")), PluginStatus.REFUSED, LONG_REASON,
                List.of());
        open(refused);
        PluginsPanel panel = Gui.edt(() -> Gui.search(window, "pluginsPanel", PluginsPanel.class));
        JTable table = Gui.find(panel, "pluginTable", JTable.class);
        String details = Gui.edt(() -> Gui.find(panel, "pluginDetails", JTextArea.class).getText());
        assertTrue(details.contains(LONG_REASON), details);
        assertTrue(details.contains("acme-bent.jar"), details);
        int row = Gui.edt(table::getSelectedRow);
        String tip = Gui.edt(() -> ((javax.swing.JComponent) table.prepareRenderer(table.getCellRenderer(row, 5),
                row, 5)).getToolTipText());
        assertTrue(tip.contains(LONG_REASON.replace("&", "&amp;")), tip);
        javax.swing.Icon source = Gui.edt(() -> ((JLabel) table.prepareRenderer(table.getCellRenderer(row, 4), row,
                4)).getIcon());
        assertTrue(source instanceof OutsidePluginIcon, "the outside jar is marked with the painted icon");
    }
}
