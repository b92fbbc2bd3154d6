package org.mlpsandbox.app.view;

import java.awt.Component;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JSpinner;
import javax.swing.JTextArea;
import javax.swing.SpinnerNumberModel;
import javax.swing.filechooser.FileNameExtensionFilter;
import net.miginfocom.swing.MigLayout;
import org.mlpsandbox.app.model.DataSettings;
import org.mlpsandbox.app.model.Feature;
import org.mlpsandbox.app.model.SandboxModel;
import org.mlpsandbox.engine.data.Dataset;
import org.mlpsandbox.engine.data.Generator;
import org.mlpsandbox.engine.data.Generators;
import org.mlpsandbox.engine.data.Normalization;
import org.mlpsandbox.engine.plugin.PluginEntry;
import org.mlpsandbox.engine.plugin.PluginKind;

/**
 * Data controls: the generator (with a dataset plugin's own settings, {@link DataSourceControls}), CSV import,
 * drawing your own points ({@link DrawControls}), samples, noise, test share, seed, Regenerate, the input features for
 * 2-D data and whether test points are drawn. Import errors appear in a message area here, never as a dialog.
 *
 * <p>Names for tests: {@code dataset}, {@code importCsv}, {@code samples}, {@code noise}, {@code classes}, {@code testRatio},
 * {@code dataSeed}, {@code regenerate}, {@code normalize}, {@code feature.<FEATURE>}, {@code showTest}, {@code dataMessage},
 * {@code dataset.<key>} (a dataset plugin's settings).
 */
public final class DataPanel extends JPanel {

    private final SandboxModel model;
    private final JComboBox<Generator> dataset = new JComboBox<>();
    private final JSpinner samples = new JSpinner(new SpinnerNumberModel(400, 10, 20_000, 50));
    private final JSpinner noise = new JSpinner(new SpinnerNumberModel(0.2, 0, 5, 0.05));
    private final JSpinner classes = new JSpinner(new SpinnerNumberModel(2, 2, Generators.MAX_CLASSES, 1));
    private final JSpinner testRatio = new JSpinner(new SpinnerNumberModel(20, 0, 90, 5));
    private final JSpinner seed = new JSpinner(new SpinnerNumberModel(1, 0, 999_999_999, 1));
    private final JComboBox<Normalization.Method> normalize = new JComboBox<>(Normalization.Method.values());
    private final JPanel features = new JPanel(new MigLayout("insets 0, gap 10 2, wrap 4"));
    private final JLabel featureTitle = new JLabel("Features");
    private final JTextArea message = new JTextArea();
    private final WrappingLabel description = new WrappingLabel("");
    private final DataSourceControls pluginSettings = new DataSourceControls(v -> settingsChanged(), this::showMessage);
    private final JCheckBox showTest = new JCheckBox(SHOW_TEST, true);
    /** Labels over fields in a narrow (zoomed) column. */
    private final FormStack stack = new FormStack(this, this::stacked);
    private boolean updating;
    private static final String SHOW_TEST = "Show test points (outlined)";

    public DataPanel(SandboxModel model, Consumer<Boolean> showTest) {
        super(new MigLayout("insets 0 12 0 12, fillx, wrap 2, gap 6 6", "[right][grow,fill]"));
        this.model = model;
        setName("dataPanel");
        Section.title(this, "Data");
        fillDatasets();
        dataset.setName("dataset");
        dataset.setRenderer(new DefaultListCellRenderer() {
            @Override
            public Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean sel,
                                                          boolean focus) {
                super.getListCellRendererComponent(list, value, index, sel, focus);
                if (value instanceof Generator g) {
                    setText(datasetTitle(g));
                    setToolTipText(g.description());
                } else if (value == null && index == -1) {
                    setText(title(model.data().sourceName())); // CSV or ready data: its name, never a blank
                }
                return this;
            }
        });
        JButton importCsv = new JButton("CSV…");
        importCsv.setName("importCsv");
        importCsv.setToolTipText("Import a CSV file: preview it, then choose the target, the inputs and the delimiter");
        importCsv.addActionListener(e -> importCsv());
        add(new JLabel("Dataset"));
        add(dataset, "split 2, growx");
        add(importCsv);
        description.setName("datasetDescription");
        description.putClientProperty("FlatLaf.styleClass", "small");
        description.setEnabled(false);
        add(description, "skip, growx, wmin 0");
        add(pluginSettings.component(), "skip, growx, wmin 0, hidemode 3");
        new DrawControls(model, this);
        for (JSpinner sp : new JSpinner[] {samples, noise, classes, testRatio, seed}) {
            ((JSpinner.DefaultEditor) sp.getEditor()).getTextField().setColumns(5);
        }
        samples.setName("samples");
        noise.setName("noise");
        classes.setName("classes");
        classes.setToolTipText("How many classes spiral and blobs draw (3 or more get a softmax output)");
        testRatio.setName("testRatio");
        seed.setName("dataSeed");
        add(new JLabel("Samples"));
        add(samples);
        add(new JLabel("Noise"));
        add(noise);
        add(new JLabel("Classes"));
        add(classes);
        add(new JLabel("Test share %"));
        add(testRatio);
        add(new JLabel("Seed"));
        JButton regenerate = new JButton("New points"); // short: the left column is 290 px wide at 1024
        regenerate.setName("regenerate");
        regenerate.setToolTipText("Draw new points (next seed)");
        regenerate.addActionListener(e -> model.data().regenerate());
        add(seed, "split 2, growx, wmin 56");
        add(regenerate);
        addNormalizeRow();
        featureTitle.setToolTipText("What the first layer sees, computed from each point (x₁, x₂)");
        add(featureTitle, "span 2, split 2, gaptop 4");
        add(new javax.swing.JSeparator(), "growx, wmin 0, gapleft 6, gaptop 4, wrap");
        features.setOpaque(false);
        for (Feature f : Feature.values()) {
            JCheckBox box = new JCheckBox(f.label());
            box.setName("feature." + f.name());
            box.addActionListener(e -> {
                if (!updating && !model.data().setFeature(f, box.isSelected())) {
                    box.setSelected(model.data().features().contains(f));
                }
            });
            features.add(box);
        }
        add(features, "span 2, align left, gapleft 8");
        JCheckBox test = this.showTest;
        test.setName("showTest");
        test.addActionListener(e -> showTest.accept(test.isSelected()));
        add(test, "span 2, align left, gapleft 8, wmin 0");
        message.setName("dataMessage");
        message.setEditable(false);
        message.setLineWrap(true);
        message.setWrapStyleWord(true);
        message.setOpaque(false);
        message.setVisible(false);
        add(message, "span 2, growx, wmin 0, hidemode 3");

        dataset.addActionListener(e -> settingsChanged());
        samples.addChangeListener(e -> settingsChanged());
        noise.addChangeListener(e -> settingsChanged());
        classes.addChangeListener(e -> settingsChanged());
        testRatio.addChangeListener(e -> settingsChanged());
        seed.addChangeListener(e -> settingsChanged());
        refresh();
        model.addListener(c -> {
            if (c == SandboxModel.Change.PLUGINS) {
                updating = true;
                try {
                    fillDatasets();
                } finally {
                    updating = false;
                }
                refresh();
            } else if (c == SandboxModel.Change.DATA) {
                refresh();
            }
        });
    }

    /** How this form fits a narrow column (see {@link LeftColumn}). */
    FormStack stack() {
        return stack;
    }

    /** Stacked in a narrow column: the features two a row, the test points' box without its aside. */
    private void stacked(boolean on) {
        ((MigLayout) features.getLayout()).setLayoutConstraints("insets 0, gap 10 2, wrap " + (on ? 2 : 4));
        showTest.setText(on ? "Show test points" : SHOW_TEST);
        showTest.setToolTipText(on ? "Test points are drawn outlined" : null);
    }

    /** The "Scale inputs" row: none, standard (z-scores) or minmax ([-1, 1]), from the training points only. */
    private void addNormalizeRow() {
        normalize.setName("normalize");
        normalize.setToolTipText("<html>How inputs are scaled before the network sees them, with statistics from the"
                + " training points only:<br>standard: (x − mean) / sd &nbsp; minmax: the training range onto [−1, 1]."
                + "<br>The plane still shows the raw values.</html>");
        normalize.setRenderer(new DefaultListCellRenderer() {
            @Override
            public Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean sel,
                                                          boolean focus) {
                super.getListCellRendererComponent(list, value, index, sel, focus);
                if (value instanceof Normalization.Method m) {
                    String full = switch (m) {
                        case NONE -> "None (raw values)";
                        case STANDARD -> "Standard (z-scores)";
                        case MINMAX -> "Min–max (to [−1, 1])";
                    };
                    setText(index == -1 ? ComboFit.fitting(normalize, full) : full); // "None" in a narrow column
                }
                return this;
            }
        });
        normalize.addActionListener(e -> {
            if (!updating && normalize.getSelectedItem() instanceof Normalization.Method m) {
                model.data().setNormalization(m);
            }
        });
        add(new JLabel("Scale inputs"));
        add(normalize, "wmin 0");
    }

    /** The built-in generators, then the dataset plugins installed now (by display name). */
    private void fillDatasets() {
        dataset.removeAllItems();
        for (Generator g : Generators.all()) {
            dataset.addItem(g);
        }
        for (Generator g : model.plugins().dataSources()) {
            dataset.addItem(g);
        }
    }

    /** "Circle" for a built-in; a dataset plugin's display name. */
    private String datasetTitle(Generator g) {
        return Generators.names().contains(g.name()) ? title(g.name())
                : model.plugins().find(PluginKind.DATASET, g.name()).map(PluginEntry::displayName).orElse(g.name());
    }

    /** What the chosen generator draws, or why it cannot be drawn (a dataset plugin that was removed). */
    private String describe(DataSettings s) {
        try {
            return s.generator(model.plugins().dataSources()).description();
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    static String title(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private void settingsChanged() {
        if (updating) {
            return;
        }
        Generator g = (Generator) dataset.getSelectedItem();
        if (g == null) { // drawn, CSV or ready-split data: no generator to set until the user picks one
            model.data().setSplit(((Number) testRatio.getValue()).intValue() / 100.0,
                    ((Number) seed.getValue()).longValue());
            return;
        }
        try {
            DataSettings s = new DataSettings(g.name(), ((Number) samples.getValue()).intValue(),
                    ((Number) noise.getValue()).doubleValue(), ((Number) testRatio.getValue()).intValue() / 100.0,
                    ((Number) seed.getValue()).longValue(),
                    DataSettings.canVary(g.name()) ? ((Number) classes.getValue()).intValue() : 0,
                    g.name().equals(model.data().settings().generator()) ? pluginSettings.values() : Map.of());
            showMessage("");
            model.data().setSettings(s);
        } catch (IllegalArgumentException ex) {
            showMessage(ex.getMessage());
        }
    }

    private void refresh() {
        updating = true;
        try {
            DataSettings s = model.data().settings();
            for (int i = 0; i < dataset.getItemCount(); i++) {
                if (dataset.getItemAt(i).name().equals(s.generator())) {
                    dataset.setSelectedIndex(i);
                }
            }
            samples.setValue(model.data().sampleCount()); // what is in use: CSV and ready data too, never stale
            noise.setValue(model.data().noiseInUse());
            testRatio.setValue((int) Math.round(model.data().testRatioInUse() * 100));
            seed.setValue((int) Math.min(Integer.MAX_VALUE, s.seed()));
            boolean csv = !model.data().isGenerated();
            if (csv) {
                dataset.setSelectedIndex(-1); // not "Circle" while the digits or a CSV file are in use
            }
            description.setText(csv ? model.data().rawData().name() + ": " + model.data().rawData().size() + " samples, "
                    + model.data().rawData().inputCount() + " inputs"
                    : describe(s));
            description.setToolTipText(description.getText());
            pluginSettings.show(csv ? null : (Generator) dataset.getSelectedItem(), s.parameters());
            samples.setEnabled(!csv);
            noise.setEnabled(!csv);
            Dataset raw = model.data().rawData();
            classes.setValue(Math.max(2, raw.isClassification() ? raw.classCount() : 2));
            classes.setEnabled(!csv && DataSettings.canVary(s.generator()));
            boolean apply = model.data().featuresApply();
            for (Component c : features.getComponents()) {
                JCheckBox box = (JCheckBox) c;
                box.setSelected(model.data().features().contains(Feature.valueOf(box.getName().substring(8))));
                box.setEnabled(apply);
            }
            featureTitle.setEnabled(apply);
            normalize.setSelectedItem(model.data().normalization());
        } finally {
            updating = false;
        }
    }

    /** Shows (or with an empty text hides) a message under the data controls. */
    public void showMessage(String text) {
        message.setText(text);
        message.setForeground(javax.swing.UIManager.getColor("MlpSandbox.banner.foreground"));
        message.setVisible(!text.isEmpty());
        revalidate();
    }

    private void importCsv() {
        JFileChooser chooser = new JFileChooser();
        chooser.setFileFilter(new FileNameExtensionFilter("CSV files", "csv", "txt"));
        if (chooser.showOpenDialog(this) != JFileChooser.APPROVE_OPTION) {
            return;
        }
        importCsv(chooser.getSelectedFile().toPath());
    }

    /**
     * Opens the CSV import dialog for {@code file} (chosen with the CSV… button, or dropped on the window): its
     * preview, target, inputs, delimiter and decimal mark; the data read with those choices is used, Cancel changes
     * nothing.
     */
    public void importCsv(Path file) {
        CsvImportDialog.show(this, file).ifPresent(r -> {
            showMessage("");
            model.data().useCsv(r.data(), file, r.options());
        });
    }
}
