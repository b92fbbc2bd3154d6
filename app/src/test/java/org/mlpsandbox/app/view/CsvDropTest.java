package org.mlpsandbox.app.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mlpsandbox.app.view.Gui.await;
import static org.mlpsandbox.app.view.Gui.edt;
import static org.mlpsandbox.app.view.Gui.run;

import java.awt.GraphicsEnvironment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlpsandbox.engine.plugin.PluginRegistry;

/**
 * A CSV file dropped on the window opens the same import dialog as the CSV… button: the data is read with the target
 * and inputs chosen there, and Cancel changes nothing (no silent import with guessed columns).
 */
class CsvDropTest {

    private static final PluginRegistry PLUGINS = PluginRegistry.builtIn();

    @TempDir
    Path dir;
    private MainWindow window;

    @BeforeEach
    void open() throws Exception {
        assertFalse(GraphicsEnvironment.isHeadless(), "GUI tests need a display: run them under xvfb-run -a");
        window = SandboxApp.openAndWait(PLUGINS, () -> PLUGINS);
    }

    @AfterEach
    void close() throws Exception {
        run(() -> {
            javax.swing.JDialog d = CsvDialogs.showing();
            if (d != null) {
                d.dispose();
            }
            window.dispose();
        });
    }

    /** Columns id, x1, label, x2, note: the last column is not the target a user wants. */
    private Path file() throws Exception {
        StringBuilder text = new StringBuilder("id,x1,label,x2,note\n");
        for (int i = 0; i < 40; i++) {
            text.append(i).append(',').append(i * 0.1).append(',').append(i % 2).append(',').append(-i * 0.2)
                    .append(",n").append(i % 3).append('\n');
        }
        return Files.writeString(dir.resolve("drop.csv"), text);
    }

    @Test
    void aDroppedCsvIsReadWithTheColumnsChosenInTheDialog() throws Exception {
        Path file = file();
        String before = edt(() -> window.model().data().sourceName());
        run(() -> window.fileDrop().accept(List.of(file)));
        CsvImportDialog dialog = CsvDialogs.await();
        assertEquals(before, edt(() -> window.model().data().sourceName()), "nothing is imported before Import");
        run(() -> {
            Gui.find(dialog, "csvTarget", JComboBox.class).setSelectedItem("label");
            Gui.find(dialog, "csvInput.id", JCheckBox.class).setSelected(false);
        });
        CsvDialogs.press("csvOk");
        await("the dropped data", 10_000, () -> window.model().data().csv().isPresent());
        var csv = edt(() -> window.model().data().csv().orElseThrow());
        assertEquals("label", csv.targetName(), "the target chosen in the dialog");
        assertEquals(List.of("x1", "x2"), csv.inputNames(), "the inputs chosen in the dialog");
        assertEquals(List.of("0", "1"), csv.classNames());
        assertEquals(2, (int) edt(() -> window.model().data().rawData().inputCount()));
    }

    @Test
    void cancellingTheDialogOfADroppedCsvChangesNothing() throws Exception {
        Path file = file();
        String before = edt(() -> window.model().data().sourceName());
        run(() -> window.fileDrop().accept(List.of(file)));
        CsvDialogs.await();
        CsvDialogs.press("csvCancel");
        Thread.sleep(300);
        assertTrue(edt(() -> window.model().data().csv().isEmpty()), "Cancel: no CSV in use");
        assertEquals(before, edt(() -> window.model().data().sourceName()));
    }
}
