package org.mlpsandbox.app.view;

import java.awt.Component;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JSpinner;
import javax.swing.SpinnerNumberModel;
import net.miginfocom.swing.MigLayout;
import org.mlpsandbox.api.Hyperparameter;
import org.mlpsandbox.engine.plugin.PluginChoice;
import org.mlpsandbox.engine.plugin.PluginEntry;
import org.mlpsandbox.engine.plugin.PluginKind;
import org.mlpsandbox.engine.plugin.PluginRegistry;

/**
 * A plugin picker: a combo of every usable plugin of one kind (built-in and outside), and below it one spinner per
 * hyperparameter the chosen plugin declares (key, label, default, min, max). Reports a new {@link PluginChoice} on
 * every change. The combo is named {@code <name>} and each spinner {@code <name>.<key>}.
 */
final class PluginControls extends JPanel {

    private final JComboBox<PluginEntry> combo = new JComboBox<>();
    private final JPanel parameters = new JPanel(new MigLayout("insets 0, gap 4 2, wrap 2", "[][grow,fill]"));
    private final String name;
    private PluginChoice choice;
    private final Consumer<PluginChoice> onChange;
    private boolean updating;

    PluginControls(String name, PluginRegistry plugins, PluginKind kind, PluginChoice current,
                   Consumer<PluginChoice> onChange) {
        super(new MigLayout("insets 0, gap 0 2, wrap 1, fillx", "[grow,fill]"));
        this.name = name;
        this.choice = current;
        this.onChange = onChange;
        setOpaque(false);
        parameters.setOpaque(false);
        combo.setName(name);
        combo.setRenderer(new DefaultListCellRenderer() {
            @Override
            public Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean selected,
                                                          boolean focus) {
                super.getListCellRendererComponent(list, value, index, selected, focus);
                if (value instanceof PluginEntry e) {
                    // the closed combo in a narrow column: "Log-loss" rather than "Log-loss (binary cross-entr…"
                    setText(index == -1 ? fitting(e.displayName(), e) : e.displayName());
                    // outside plugins carry a painted mark after the name (no font glyph needed)
                    setIcon(e.source().isBuiltIn() ? null : OutsidePluginIcon.INSTANCE);
                    setHorizontalTextPosition(LEADING);
                    setToolTipText(e.id() + " · " + e.source());
                }
                return this;
            }
        });
        List<PluginEntry> usable = plugins.usable(kind);
        updating = true;
        for (PluginEntry e : usable) {
            combo.addItem(e);
            if (e.id().equals(current.id())) {
                combo.setSelectedItem(e);
            }
        }
        if (usable.stream().noneMatch(e -> e.id().equals(current.id()))) {
            combo.setSelectedIndex(-1);
            combo.setToolTipText("'" + current.id() + "' is not installed");
        }
        updating = false;
        combo.addActionListener(ev -> {
            if (!updating && combo.getSelectedItem() instanceof PluginEntry e && !e.id().equals(choice.id())) {
                choice = PluginChoice.of(e.id());
                buildParameters(e);
                onChange.accept(choice);
            }
        });
        add(combo, "wmin 40");
        add(parameters, "hidemode 3");
        usable.stream().filter(e -> e.id().equals(current.id())).findFirst().ifPresent(this::buildParameters);
        if (parameters.getComponentCount() == 0) {
            parameters.setVisible(false);
        }
    }

    /** The display name, or its part before a parenthesis when the whole does not fit the closed combo. */
    private String fitting(String full, PluginEntry e) {
        int paren = e.displayName().indexOf(" (");
        if (paren <= 0 || combo.getWidth() <= 0) {
            return full;
        }
        int arrow = 0;
        for (Component child : combo.getComponents()) {
            if (child instanceof javax.swing.AbstractButton b) {
                arrow = b.getWidth();
            }
        }
        java.awt.Insets insets = combo.getInsets();
        java.awt.Insets padding = javax.swing.UIManager.getInsets("ComboBox.padding");
        int room = combo.getWidth() - insets.left - insets.right - arrow
                - (padding == null ? 0 : padding.left + padding.right);
        java.awt.FontMetrics fm = combo.getFontMetrics(combo.getFont());
        return fm.stringWidth(full) <= room ? full : e.displayName().substring(0, paren)
                + full.substring(e.displayName().length());
    }

    JComboBox<PluginEntry> combo() {
        return combo;
    }

    private void buildParameters(PluginEntry entry) {
        parameters.removeAll();
        for (Hyperparameter h : entry.hyperparameters()) {
            double value = choice.parameters().getOrDefault(h.key(), h.defaultValue());
            value = Math.max(h.min(), Math.min(h.max(), value));
            if (isFlag(h)) {
                javax.swing.JCheckBox box = new javax.swing.JCheckBox(h.label(), value >= 0.5);
                box.setName(name + "." + h.key());
                box.setToolTipText(h.label() + " (" + h.key() + ")");
                box.addActionListener(ev -> {
                    choice = choice.with(h.key(), box.isSelected() ? 1 : 0);
                    onChange.accept(choice);
                });
                parameters.add(box, "span 2, wmin 0");
                continue;
            }
            double step = step(h);
            JSpinner spinner = new JSpinner(new SpinnerNumberModel(value, h.min(), h.max(), step));
            spinner.setName(name + "." + h.key());
            spinner.setEditor(new JSpinner.NumberEditor(spinner,
                    h.kind() == Hyperparameter.Kind.INTEGER ? "0" : "0.#########"));
            spinner.setToolTipText(h.label() + " (" + h.key() + ", " + h.min() + " to " + h.max() + ", default "
                    + h.defaultValue() + ")");
            spinner.addChangeListener(ev -> {
                double v = ((Number) spinner.getValue()).doubleValue();
                if (h.allows(v)) {
                    choice = choice.with(h.key(), v);
                    onChange.accept(choice);
                }
            });
            JLabel label = new JLabel(shortLabel(h));
            label.setToolTipText(h.label());
            label.putClientProperty("FlatLaf.styleClass", "small");
            parameters.add(label, "wmin 0");
            parameters.add(spinner, "wmin 60");
        }
        parameters.setVisible(parameters.getComponentCount() > 0);
        revalidate();
        repaint();
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
