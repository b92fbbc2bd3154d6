package org.mlpsandbox.app.view;

import java.util.function.UnaryOperator;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSpinner;
import javax.swing.SpinnerNumberModel;
import javax.swing.SwingUtilities;
import net.miginfocom.swing.MigLayout;
import org.mlpsandbox.app.model.SandboxModel;
import org.mlpsandbox.engine.plugin.PluginKind;
import org.mlpsandbox.engine.train.TrainingSettings;

/**
 * Training controls: loss, initializer, optimizer and its hyperparameters, learning rate (and an optional separate
 * bias rate), batch size, L1/L2, the seeds, and a folding {@link ScheduleStopPanel} with the learning-rate schedule and
 * the stop conditions. Rates, optimizer, regularisation, schedule and stop conditions apply live while training.
 *
 * <p>Names for tests: {@code loss}, {@code initializer}, {@code optimizer} (+ {@code optimizer.<key>}),
 * {@code learningRate}, {@code separateBiasRate}, {@code biasLearningRate}, {@code batchSize}, {@code l1},
 * {@code l2}, {@code weightSeed}, {@code shuffleSeed}.
 */
public final class TrainingPanel extends JPanel {

    private static final Double[] RATES = {0.00001, 0.0001, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0, 3.0, 10.0};

    private final SandboxModel model;
    // each picker under its title, over the whole width: whole plugin names fit the 1024 pixels wide window's column
    private final JPanel plugins = new JPanel(new MigLayout("insets 0, fillx, wrap 1, gap 6 2", "[grow,fill]"));
    private final JComboBox<Double> learningRate = rateCombo("learningRate");
    private final JCheckBox separateBias = new JCheckBox("Bias rate");
    private final JComboBox<Double> biasRate = rateCombo("biasLearningRate");
    private final JSpinner batchSize = new JSpinner(new SpinnerNumberModel(10, 1, 100_000, 1));
    private final JSpinner l1 = new JSpinner(new SpinnerNumberModel(0.0, 0.0, 10.0, 0.0001));
    private final JSpinner l2 = new JSpinner(new SpinnerNumberModel(0.0, 0.0, 10.0, 0.0001));
    private final JSpinner weightSeed = new JSpinner(new SpinnerNumberModel(1, 0, 999_999_999, 1));
    private final JSpinner shuffleSeed = new JSpinner(new SpinnerNumberModel(1, 0, 999_999_999, 1));
    /** Labels over fields in a narrow (zoomed) column. */
    private final FormStack stack = new FormStack(this, stacked -> { });
    private boolean updating;
    private boolean rebuildQueued;
    private String builtFor = "";

    public TrainingPanel(SandboxModel model) {
        super(new MigLayout("insets 0 12 8 12, fillx, wrap 2, gap 6 6", "[right][grow,fill]"));
        this.model = model;
        setName("trainingPanel");
        Section.title(this, "Training");
        plugins.setOpaque(false);
        add(plugins, "span 2, growx");
        separateBias.setName("separateBiasRate");
        separateBias.setToolTipText("Use a separate learning rate for the biases");
        batchSize.setName("batchSize");
        batchSize.setToolTipText("Samples per step: 1 = one at a time (stochastic), large = full batch");
        l1.setName("l1");
        l2.setName("l2");
        for (JSpinner s : new JSpinner[] {l1, l2}) {
            s.setEditor(new JSpinner.NumberEditor(s, "0.#####"));
        }
        for (JSpinner sp : new JSpinner[] {batchSize, l1, l2, weightSeed, shuffleSeed}) {
            ((JSpinner.DefaultEditor) sp.getEditor()).getTextField().setColumns(4);
        }
        weightSeed.setName("weightSeed");
        weightSeed.setToolTipText("Seed of the starting weights: Reset rebuilds the same network from it");
        shuffleSeed.setName("shuffleSeed");
        shuffleSeed.setToolTipText("Seed of the order in which samples are visited");
        add(new JLabel("Learning rate"));
        add(learningRate);
        add(separateBias, "right");
        add(biasRate);
        add(new JLabel("Batch size"));
        add(batchSize);
        add(new JLabel("L1"));
        add(l1, "split 3, growx, sg reg, wmin 56");
        add(new JLabel("L2"));
        add(l2, "growx, sg reg, wmin 56");
        add(new JLabel("Weight seed"));
        add(weightSeed);
        add(new JLabel("Shuffle seed"));
        add(shuffleSeed);
        add(new ScheduleStopPanel(model), "span 2, growx, wmin 0, gaptop 4");

        learningRate.addActionListener(e -> edit(s -> s.withLearningRate(rate(learningRate, s.learningRate()))));
        biasRate.addActionListener(e -> edit(s -> s.withBiasLearningRate(separateBias.isSelected()
                ? rate(biasRate, s.effectiveBiasLearningRate()) : Double.NaN)));
        separateBias.addActionListener(e -> {
            biasRate.setEnabled(separateBias.isSelected());
            edit(s -> s.withBiasLearningRate(separateBias.isSelected()
                    ? rate(biasRate, s.learningRate()) : Double.NaN));
        });
        batchSize.addChangeListener(e -> edit(s -> s.withBatchSize(((Number) batchSize.getValue()).intValue())));
        l1.addChangeListener(e -> edit(s -> s.withRegularization(num(l1), s.l2())));
        l2.addChangeListener(e -> edit(s -> s.withRegularization(s.l1(), num(l2))));
        shuffleSeed.addChangeListener(e -> edit(s -> s.withSeed(((Number) shuffleSeed.getValue()).longValue())));
        weightSeed.addChangeListener(e -> {
            if (!updating) {
                model.network().setSeed(((Number) weightSeed.getValue()).longValue());
            }
        });
        rebuildPlugins();
        refresh();
        model.addListener(c -> {
            if (c == SandboxModel.Change.SETTINGS || c == SandboxModel.Change.NETWORK) {
                refresh();
            }
            if (c != SandboxModel.Change.RUN && c != SandboxModel.Change.DATA && !rebuildQueued) {
                rebuildQueued = true;
                SwingUtilities.invokeLater(this::rebuildPlugins);
            }
        });
    }

    /** How this form fits a narrow column (see {@link LeftColumn}). */
    FormStack stack() {
        return stack;
    }

    private static JComboBox<Double> rateCombo(String name) {
        JComboBox<Double> c = new JComboBox<>(RATES);
        c.setEditable(true);
        c.setName(name);
        return c;
    }

    private static double num(JSpinner s) {
        return ((Number) s.getValue()).doubleValue();
    }

    private static double rate(JComboBox<Double> combo, double fallback) {
        Object v = combo.getSelectedItem();
        try {
            double d = v instanceof Number n ? n.doubleValue() : Double.parseDouble(v.toString().trim());
            return d > 0 && Double.isFinite(d) ? d : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private void edit(UnaryOperator<TrainingSettings> change) {
        if (updating) {
            return;
        }
        try {
            model.setSettings(change.apply(model.settings()));
        } catch (IllegalArgumentException e) {
            refresh();
        }
    }

    /** Rebuilds the plugin pickers when a choice (plugin or parameter value) or the registry changed. */
    private void rebuildPlugins() {
        rebuildQueued = false;
        String key = pluginKey();
        if (key.equals(builtFor)) {
            return;
        }
        builtFor = key;
        plugins.removeAll();
        plugins.add(new JLabel("Loss"), "gaptop 4");
        plugins.add(new PluginControls("loss", model.plugins(), PluginKind.LOSS, model.network().loss(),
                c -> picked(() -> model.network().setLoss(c))));
        plugins.add(new JLabel("Initializer"), "gaptop 4");
        plugins.add(new PluginControls("initializer", model.plugins(), PluginKind.INITIALIZER, model.network().initializer(),
                c -> picked(() -> model.network().setInitializer(c))));
        plugins.add(new JLabel("Optimizer"), "gaptop 4");
        plugins.add(new PluginControls("optimizer", model.plugins(), PluginKind.OPTIMIZER,
                model.settings().optimizer(), c -> picked(() -> edit(s -> s.withOptimizer(c)))));
        plugins.revalidate();
        plugins.repaint();
    }

    /**
     * The choices the pickers show, parameters included: a lesson may change only a value (sgd → sgd with momentum
     * 0.9), and the pickers must then be rebuilt.
     */
    private String pluginKey() {
        return System.identityHashCode(model.plugins()) + "/" + model.network().loss() + "/" + model.network().initializer() + "/"
                + model.settings().optimizer();
    }

    /** A change made in a picker: the picker already shows it, so it is not rebuilt under the user's hands. */
    private void picked(Runnable change) {
        change.run();
        builtFor = pluginKey();
    }

    private void refresh() {
        updating = true;
        try {
            TrainingSettings s = model.settings();
            learningRate.setSelectedItem(s.learningRate());
            boolean separate = !Double.isNaN(s.biasLearningRate());
            separateBias.setSelected(separate);
            biasRate.setEnabled(separate);
            biasRate.setSelectedItem(s.effectiveBiasLearningRate());
            batchSize.setValue(s.batchSize());
            l1.setValue(s.l1());
            l2.setValue(s.l2());
            shuffleSeed.setValue((int) Math.min(Integer.MAX_VALUE, s.seed()));
            weightSeed.setValue((int) Math.min(Integer.MAX_VALUE, model.network().seed()));
        } finally {
            updating = false;
        }
    }
}
