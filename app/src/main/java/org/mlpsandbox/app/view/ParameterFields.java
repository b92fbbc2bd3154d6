package org.mlpsandbox.app.view;

import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javax.swing.JCheckBox;
import javax.swing.JFormattedTextField;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSpinner;
import javax.swing.SpinnerNumberModel;
import net.miginfocom.swing.MigLayout;
import org.mlpsandbox.api.Hyperparameter;

/**
 * One control per declared {@link Hyperparameter}: a spinner for a real or whole number (stepping to suit its range),
 * a check box for a flag, each with a short label. The plugin pickers ({@link PluginControls}) and the dataset plugin's
 * settings ({@link DataSourceControls}) build theirs here. Each control is named {@code <prefix>.<key>}.
 *
 * <p>A value typed outside the range is not taken (the spinner goes back to the last good value when it loses the
 * focus); while it is typed, the problem is reported as one line ("Gap: type a number from 0 to 1").
 */
final class ParameterFields extends JPanel {

    private final String prefix;

    ParameterFields(String prefix) {
        super(new MigLayout("insets 0, gap 4 2, wrap 2", "[][grow,fill]"));
        this.prefix = prefix;
        setOpaque(false);
    }

    /** Each label over its spinner when a label and its spinner do not fit side by side (a zoomed narrow column). */
    private final FormStack stack = new FormStack(this, stacked -> { });

    /** Stacks or unstacks for the width given, then lays out (a stacked form asks its parent again for its height). */
    @Override
    public void doLayout() {
        stack.fit(getWidth());
        super.doLayout();
    }

    @Override
    public void updateUI() {
        super.updateUI();
        if (stack != null) {
            stack.reset();
        }
    }

    /**
     * Replaces the controls by one per declared parameter, showing {@code values} (defaults where absent).
     *
     * @param onChange told (key, value) when the user sets an allowed value
     * @param problem  told one line when a typed value is not allowed, and "" when the text is allowed again
     */
    void build(List<Hyperparameter> declared, Map<String, Double> values, BiConsumer<String, Double> onChange,
               Consumer<String> problem) {
        stack.reset();
        removeAll();
        for (Hyperparameter h : declared) {
            double value = values.getOrDefault(h.key(), h.defaultValue());
            value = Math.max(h.min(), Math.min(h.max(), value));
            if (isFlag(h)) {
                JCheckBox box = new JCheckBox(h.label(), value >= 0.5);
                box.setName(prefix + "." + h.key());
                box.setToolTipText(h.label() + " (" + h.key() + ")");
                box.addActionListener(ev -> onChange.accept(h.key(), box.isSelected() ? 1.0 : 0.0));
                add(box, "span 2, wmin 0");
                continue;
            }
            JSpinner spinner = new JSpinner(new SpinnerNumberModel(value, h.min(), h.max(), step(h)));
            spinner.setName(prefix + "." + h.key());
            JSpinner.NumberEditor editor = new JSpinner.NumberEditor(spinner,
                    h.kind() == Hyperparameter.Kind.INTEGER ? "0" : "0.#########");
            spinner.setEditor(editor);
            spinner.setToolTipText(h.label() + " (" + h.key() + ", " + h.min() + " to " + h.max() + ", default "
                    + h.defaultValue() + ")");
            spinner.addChangeListener(ev -> {
                double v = ((Number) spinner.getValue()).doubleValue();
                if (h.allows(v)) {
                    onChange.accept(h.key(), v);
                }
            });
            JFormattedTextField text = editor.getTextField();
            text.addPropertyChangeListener("editValid", ev -> problem.accept(Boolean.TRUE.equals(ev.getNewValue())
                    ? "" : notAllowed(h)));
            JLabel label = new JLabel(shortLabel(h));
            label.setToolTipText(h.label());
            label.putClientProperty("FlatLaf.styleClass", "small");
            add(label);
            add(spinner, "wmin 60");
        }
        setVisible(getComponentCount() > 0);
        revalidate();
        repaint();
    }

    /** "Gap: type a number from 0 to 1 (the last good value stays)". */
    static String notAllowed(Hyperparameter h) {
        boolean whole = h.kind() == Hyperparameter.Kind.INTEGER;
        return h.label() + ": type a " + (whole ? "whole number" : "number") + " from " + plain(h.min())
                + " to " + plain(h.max()) + " (the last good value stays)";
    }

    /** "1", "0.25", "1000": a bound as people write it. */
    private static String plain(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    /** Whether the parameter is a yes/no flag (declared with {@link Hyperparameter#flag}). */
    static boolean isFlag(Hyperparameter h) {
        return h.kind() == Hyperparameter.Kind.FLAG;
    }

    /** The label if short, else its symbol in brackets ("… (β₁)" → "β₁"), else the key; the tooltip has it all. */
    static String shortLabel(Hyperparameter h) {
        String l = h.label();
        if (l.length() <= 16) {
            return l;
        }
        int open = l.lastIndexOf('(');
        if (open >= 0 && l.endsWith(")") && l.length() - open <= 8) {
            return l.substring(open + 1, l.length() - 1);
        }
        return h.key();
    }

    /** A spinner step that suits the range and default: 1 for wide integer-like ranges, finer for small values. */
    static double step(Hyperparameter h) {
        if (h.kind() == Hyperparameter.Kind.INTEGER) {
            return 1;
        }
        double span = h.max() - h.min();
        if (!Double.isFinite(span) || span > 100) {
            double d = Math.abs(h.defaultValue());
            return d == 0 ? 0.01 : Math.pow(10, Math.floor(Math.log10(d)) - 1);
        }
        if (span > 10) {
            return 1;
        }
        double d = Math.abs(h.defaultValue());
        if (d > 0 && d < 0.01) {
            return Math.pow(10, Math.floor(Math.log10(d)));
        }
        return span > 1 ? 0.1 : 0.01;
    }
}
