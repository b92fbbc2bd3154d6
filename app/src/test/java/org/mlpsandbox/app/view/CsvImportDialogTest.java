package org.mlpsandbox.app.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JFrame;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlpsandbox.engine.data.CsvDataset;
import org.mlpsandbox.engine.data.CsvImport;
import org.mlpsandbox.engine.data.CsvOptions;

/** The CSV import dialog's content: the preview and its header, the choices, and the options that OK imports with. */
class CsvImportDialogTest {

    @TempDir
    Path dir;
    private JFrame frame;

    @AfterEach
    void close() throws Exception {
        Gui.run(() -> {
            if (frame != null) {
                frame.dispose();
            }
        });
    }

    private Path europeanFile() throws Exception {
        StringBuilder text = new StringBuilder("id;x1;label;x2;note\n");
        for (int i = 0; i < 20; i++) {
            text.append(i).append(';').append(i).append(",5;").append(i % 2).append(';').append(-i).append(",25;n")
                    .append(i).append('\n');
        }
        return Files.writeString(dir.resolve("eu.csv"), text);
    }

    private CsvImportDialog shown(Path file) throws Exception {
        return Gui.edt(() -> {
            CsvImportDialog d = new CsvImportDialog(file);
            frame = new JFrame("csv");
            frame.setContentPane(d);
            frame.pack();
            frame.setVisible(true);
            return d;
        });
    }

    @Test
    void thePreviewShowsTheHeaderAndTheFirstRows() throws Exception {
        CsvImportDialog d = shown(europeanFile());
        Gui.run(() -> {
            JTable table = Gui.find(d, "csvPreview", JTable.class);
            assertEquals(CsvImportDialog.PREVIEW_ROWS, table.getRowCount());
            assertEquals(5, table.getColumnCount());
            assertEquals("label", table.getColumnName(2));
            assertEquals("3,5", table.getValueAt(3, 1));
            JScrollPane scroll = (JScrollPane) SwingUtilities.getAncestorOfClass(JScrollPane.class, table);
            assertNotNull(scroll.getColumnHeader(), "the header shows");
            assertTrue(table.getTableHeader().isShowing());
            assertEquals("note", ((JComboBox<?>) Gui.find(d, "csvTarget", JComboBox.class)).getSelectedItem(),
                    "the last column is the first guess");
            assertFalse(Gui.find(d, "csvInput.note", JCheckBox.class).isSelected());
            assertTrue(Gui.find(d, "csvInput.x1", JCheckBox.class).isSelected(), "decimal commas are numbers");
        });
    }

    @Test
    void okWithAChosenTargetImportsAsChosen() throws Exception {
        Path file = europeanFile();
        CsvImportDialog d = shown(file);
        CsvOptions options = Gui.edt(() -> {
            Gui.find(d, "csvTarget", JComboBox.class).setSelectedItem("label");
            assertTrue(Gui.find(d, "csvClasses", JCheckBox.class).isSelected(), "0/1 labels are classes");
            Gui.find(d, "csvInput.id", JCheckBox.class).setSelected(false);
            return d.options();
        });
        assertEquals(new CsvOptions("label", true, null, List.of("x1", "x2"), null), options);
        CsvDataset data = CsvImport.read(file, options);
        assertEquals(List.of("x1", "x2"), data.inputNames());
        assertEquals(List.of("0", "1"), data.classNames());
        assertEquals(-1.25, data.data().x()[3], 0.0);
    }

    @Test
    void choosingTheDelimiterReadsThePreviewAgain() throws Exception {
        CsvImportDialog d = shown(europeanFile());
        Gui.run(() -> {
            Gui.find(d, "csvDelimiter", JComboBox.class).setSelectedItem("comma");
            JTable table = Gui.find(d, "csvPreview", JTable.class);
            assertEquals("id;x1;label;x2;note", table.getColumnName(0));
            Gui.find(d, "csvDelimiter", JComboBox.class).setSelectedItem("semicolon");
            assertEquals(5, table.getColumnCount());
        });
    }

    @Test
    void badChoicesGiveAOneLineMessage() throws Exception {
        CsvImportDialog d = shown(europeanFile());
        Gui.run(() -> {
            for (String c : List.of("id", "x1", "x2", "label")) {
                Gui.find(d, "csvInput." + c, JCheckBox.class).setSelected(false);
            }
            assertNull(d.options());
            assertEquals("Choose at least one input column.", d.message());
            Gui.find(d, "csvInput.note", JCheckBox.class).setSelected(true);
            assertNull(d.options());
            assertTrue(d.message().contains("'note' is the target"), d.message());
        });
    }

    @Test
    void theCommaCannotBeBothDelimiterAndDecimalMark() throws Exception {
        CsvImportDialog d = shown(Files.writeString(dir.resolve("c.csv"), "a,b,y\n1,2,3\n"));
        Gui.run(() -> {
            assertNotNull(d.options());
            Gui.find(d, "csvDelimiter", JComboBox.class).setSelectedItem("comma");
            Gui.find(d, "csvDecimal", JComboBox.class).setSelectedItem("comma");
            assertNull(d.options());
            assertTrue(d.message().contains("both the delimiter and the decimal mark"), d.message());
        });
    }

    @Test
    void anUnreadableFileIsNamedWithItsLine() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.csv"), "a,b\n1,\"2\n");
        CsvImportDialog d = shown(bad);
        Gui.run(() -> {
            assertNull(d.options());
            assertTrue(d.message().startsWith("bad.csv"), d.message());
        });
    }
}
