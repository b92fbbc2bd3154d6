package org.mlpsandbox.app.view;

import java.awt.Component;
import java.awt.Dimension;
import java.awt.Window;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.SwingUtilities;
import javax.swing.SwingWorker;
import javax.swing.table.DefaultTableModel;
import net.miginfocom.swing.MigLayout;
import org.mlpsandbox.engine.data.CsvDataset;
import org.mlpsandbox.engine.data.CsvImport;
import org.mlpsandbox.engine.data.CsvOptions;
import org.mlpsandbox.engine.data.CsvPreview;

/**
 * The CSV import dialog: a preview of the file's first rows, the delimiter and decimal mark (detected, or chosen: a
 * change reads the preview again), the target column, the input columns and whether the target is a class. OK reads
 * the whole file off the event thread with those {@link CsvOptions}; a problem appears in the dialog in one line
 * (naming the file and line) and the dialog stays open. Cancel changes nothing.
 *
 * <p>Names for tests: {@code csvPreview}, {@code csvDelimiter}, {@code csvDecimal}, {@code csvTarget},
 * {@code csvInput.<column>}, {@code csvClasses}, {@code csvMessage}, {@code csvOk}, {@code csvCancel}.
 */
public final class CsvImportDialog extends JPanel {

    /** Rows shown in the preview. */
    static final int PREVIEW_ROWS = 8;
    /** A target of whole numbers with at most this many values in the preview is taken for class labels. */
    private static final int FEW_CLASSES = 10;

    /** A CSV file read with the options chosen. */
    public record Result(CsvDataset data, CsvOptions options) {
    }

    private static final Map<String, Character> DELIMITERS = new LinkedHashMap<>();
    private static final Map<String, Character> DECIMALS = new LinkedHashMap<>();

    static {
        DELIMITERS.put("auto", null);
        DELIMITERS.put("comma", ',');
        DELIMITERS.put("semicolon", ';');
        DELIMITERS.put("tab", '\t');
        DECIMALS.put("auto", null);
        DECIMALS.put("point", '.');
        DECIMALS.put("comma", ',');
    }

    private final Path file;
    private final JComboBox<String> delimiter = new JComboBox<>(DELIMITERS.keySet().toArray(String[]::new));
    private final JComboBox<String> decimal = new JComboBox<>(DECIMALS.keySet().toArray(String[]::new));
    private final JLabel detected = new JLabel(" ");
    private final DefaultTableModel table = new DefaultTableModel() {
        @Override
        public boolean isCellEditable(int row, int column) {
            return false;
        }
    };
    private final JTable preview = new JTable(table);
    private final JComboBox<String> target = new JComboBox<>();
    private final JPanel inputs = new JPanel(new MigLayout("insets 0, gap 12 2, wrap 4"));
    private final List<JCheckBox> inputBoxes = new ArrayList<>();
    private final JCheckBox classes = new JCheckBox("Target is a class");
    private final WrappingLabel message = new WrappingLabel(" ");
    private List<String> header = List.of();
    private List<List<String>> rows = List.of();
    private boolean updating;

    /** The dialog's content for {@code file}, with the preview read at once. */
    public CsvImportDialog(Path file) {
        super(new MigLayout("insets 12, wrap 2, gap 8 6", "[right][grow,fill]"));
        this.file = file;
        setName("csvImport");
        delimiter.setName("csvDelimiter");
        decimal.setName("csvDecimal");
        preview.setName("csvPreview");
        target.setName("csvTarget");
        classes.setName("csvClasses");
        message.setName("csvMessage");
        preview.setAutoResizeMode(JTable.AUTO_RESIZE_OFF);
        preview.getTableHeader().setReorderingAllowed(false);
        preview.setPreferredScrollableViewportSize(new Dimension(620, preview.getRowHeight() * PREVIEW_ROWS));

        add(new JLabel(file.getFileName().toString()), "span 2, left");
        JScrollPane scroll = new JScrollPane(preview);
        add(scroll, "span 2, grow, wmin 0");
        JPanel reading = new JPanel(new MigLayout("insets 0, gap 8", "[][]16[][]16[]"));
        reading.add(new JLabel("Delimiter"));
        reading.add(delimiter);
        reading.add(new JLabel("Decimal mark"));
        reading.add(decimal);
        reading.add(detected);
        add(reading, "span 2, left");
        add(new JLabel("Target"));
        add(target, "growx 0, left");
        add(new JLabel(""));
        add(classes, "left");
        add(new JLabel("Inputs"), "top");
        JScrollPane inputScroll = new JScrollPane(inputs);
        inputScroll.setBorder(null);
        add(inputScroll, "grow, hmax 120, wmin 0");
        add(message, "span 2, growx, wmin 0, hmin 20");

        delimiter.addActionListener(e -> reread());
        decimal.addActionListener(e -> reread());
        target.addActionListener(e -> targetChanged());
        reread();
    }

    /**
     * Shows the dialog for {@code file} and waits; the data read with the chosen options, or empty on Cancel.
     */
    public static Optional<Result> show(Component parent, Path file) {
        Window owner = parent == null ? null : SwingUtilities.getWindowAncestor(parent);
        JDialog dialog = new JDialog(owner, "Import CSV", JDialog.ModalityType.APPLICATION_MODAL);
        CsvImportDialog content = new CsvImportDialog(file);
        Result[] result = new Result[1];
        JButton ok = new JButton("Import");
        ok.setName("csvOk");
        JButton cancel = new JButton("Cancel");
        cancel.setName("csvCancel");
        cancel.addActionListener(e -> dialog.dispose());
        ok.addActionListener(e -> {
            CsvOptions options = content.options();
            if (options == null) {
                return;
            }
            ok.setEnabled(false);
            content.say("Reading " + file.getFileName() + "…");
            new SwingWorker<CsvDataset, Void>() {
                @Override
                protected CsvDataset doInBackground() throws IOException {
                    return CsvImport.read(file, options);
                }

                @Override
                protected void done() {
                    ok.setEnabled(true);
                    try {
                        result[0] = new Result(get(), options);
                        dialog.dispose();
                    } catch (ExecutionException ex) {
                        content.say(oneLine(ex.getCause()));
                    } catch (InterruptedException ex) {
                        Thread.currentThread().interrupt();
                    }
                }
            }.execute();
        });
        JPanel buttons = new JPanel(new MigLayout("insets 0 12 12 12, gap 8", "[grow][][]"));
        buttons.add(new JLabel(""));
        buttons.add(ok, "sg b");
        buttons.add(cancel, "sg b");
        dialog.setLayout(new MigLayout("insets 0, wrap 1, gap 0", "[grow,fill]", "[grow,fill][]"));
        dialog.add(content);
        dialog.add(buttons);
        dialog.getRootPane().setDefaultButton(ok);
        dialog.pack();
        dialog.setLocationRelativeTo(parent);
        dialog.setVisible(true);
        return Optional.ofNullable(result[0]);
    }

    /**
     * The options chosen, or {@code null} after saying in the dialog what is wrong (no inputs, the target among the
     * inputs, a file whose preview cannot be read).
     */
    public CsvOptions options() {
        if (header.isEmpty()) {
            return null; // the message already says why the file cannot be read
        }
        String targetName = (String) target.getSelectedItem();
        List<String> chosen = new ArrayList<>();
        for (JCheckBox box : inputBoxes) {
            if (box.isSelected()) {
                chosen.add(box.getText());
            }
        }
        if (chosen.isEmpty()) {
            say("Choose at least one input column.");
            return null;
        }
        if (chosen.contains(targetName)) {
            say("'" + targetName + "' is the target, so it cannot also be an input.");
            return null;
        }
        try {
            CsvOptions options = new CsvOptions(targetName, classes.isSelected(),
                    DELIMITERS.get((String) delimiter.getSelectedItem()), chosen,
                    DECIMALS.get((String) decimal.getSelectedItem()));
            say(" ");
            return options;
        } catch (IllegalArgumentException e) { // e.g. the comma as both delimiter and decimal mark
            say(oneLine(e) + ".");
            return null;
        }
    }

    /** The message line's text (for tests). */
    String message() {
        return message.getText();
    }

    private void say(String text) {
        message.setText(text);
    }

    private static String oneLine(Throwable t) {
        String text = t.getMessage() == null ? t.toString() : t.getMessage();
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }

    /** Reads the header and first rows again with the chosen delimiter; keeps the choices of columns still there. */
    private void reread() {
        if (updating) {
            return;
        }
        Character chosen = DELIMITERS.get((String) delimiter.getSelectedItem());
        List<List<String>> read;
        try {
            read = CsvPreview.read(file, chosen, PREVIEW_ROWS);
        } catch (IOException e) {
            header = List.of();
            rows = List.of();
            table.setDataVector(new Object[0][0], new Object[0]);
            say(oneLine(e));
            return;
        }
        if (read.isEmpty()) {
            header = List.of();
            say(file.getFileName() + " is empty");
            return;
        }
        Set<String> wereInputs = new HashSet<>();
        inputBoxes.stream().filter(JCheckBox::isSelected).forEach(b -> wereInputs.add(b.getText()));
        boolean sameHeader = read.get(0).equals(header);
        String wasTarget = (String) target.getSelectedItem();
        header = read.get(0);
        rows = read.subList(1, read.size());
        Object[][] cells = new Object[rows.size()][header.size()];
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < header.size(); c++) {
                cells[r][c] = c < rows.get(r).size() ? rows.get(r).get(c) : "";
            }
        }
        table.setDataVector(cells, header.toArray());
        for (int c = 0; c < header.size(); c++) {
            preview.getColumnModel().getColumn(c).setPreferredWidth(90);
        }
        char delimiterInUse = chosen != null ? chosen : detectedDelimiter();
        boolean commaDecimals = decimalComma(delimiterInUse);
        detected.setText("reading: " + name(delimiterInUse) + ", decimal " + (commaDecimals ? "comma" : "point"));
        updating = true;
        try {
            target.removeAllItems();
            header.forEach(target::addItem);
            target.setSelectedItem(header.contains(wasTarget) ? wasTarget : header.get(header.size() - 1));
            inputs.removeAll();
            inputBoxes.clear();
            String targetName = (String) target.getSelectedItem();
            for (int c = 0; c < header.size(); c++) {
                JCheckBox box = new JCheckBox(header.get(c));
                box.setName("csvInput." + header.get(c));
                boolean numeric = numeric(c, commaDecimals);
                box.setSelected(!header.get(c).equals(targetName)
                        && (sameHeader ? wereInputs.contains(header.get(c)) : numeric));
                inputBoxes.add(box);
                inputs.add(box);
            }
            inputs.revalidate();
            presetClasses(commaDecimals);
        } finally {
            updating = false;
        }
        say(" ");
    }

    /** A new target: no longer an input, and the class box set from its values. */
    private void targetChanged() {
        if (updating || header.isEmpty()) {
            return;
        }
        String targetName = (String) target.getSelectedItem();
        inputBoxes.stream().filter(b -> b.getText().equals(targetName)).forEach(b -> b.setSelected(false));
        presetClasses(decimalComma(currentDelimiter()));
        say(" ");
    }

    /** Text in the target means classes; so do whole numbers with few values (0/1 labels, digits). */
    private void presetClasses(boolean commaDecimals) {
        int c = target.getSelectedIndex();
        if (c < 0) {
            return;
        }
        Set<String> values = new HashSet<>();
        boolean wholeNumbers = true;
        boolean text = false;
        for (List<String> row : rows) {
            if (c >= row.size()) {
                continue;
            }
            Double v = number(row.get(c), commaDecimals);
            text |= v == null;
            wholeNumbers &= v != null && v == Math.rint(v);
            values.add(row.get(c));
        }
        classes.setSelected(text || wholeNumbers && values.size() <= FEW_CLASSES && !rows.isEmpty());
    }

    private boolean numeric(int column, boolean commaDecimals) {
        for (List<String> row : rows) {
            if (column < row.size() && number(row.get(column), commaDecimals) == null) {
                return false;
            }
        }
        return true;
    }

    private boolean decimalComma(char delimiterInUse) {
        Character mark = DECIMALS.get((String) decimal.getSelectedItem());
        return mark != null ? mark == ',' : delimiterInUse != ',';
    }

    private char currentDelimiter() {
        Character chosen = DELIMITERS.get((String) delimiter.getSelectedItem());
        return chosen != null ? chosen : detectedDelimiter();
    }

    private char detectedDelimiter() {
        try (var text = java.nio.file.Files.newBufferedReader(file)) {
            return CsvImport.detectDelimiter(text);
        } catch (IOException e) {
            return ',';
        }
    }

    private static String name(char delimiter) {
        for (Map.Entry<String, Character> e : DELIMITERS.entrySet()) {
            if (e.getValue() != null && e.getValue() == delimiter) {
                return e.getKey();
            }
        }
        return "'" + delimiter + "'";
    }

    private static Double number(String cell, boolean commaDecimals) {
        String text = commaDecimals ? cell.replace(',', '.') : cell;
        try {
            double v = Double.parseDouble(text);
            return Double.isFinite(v) ? v : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
