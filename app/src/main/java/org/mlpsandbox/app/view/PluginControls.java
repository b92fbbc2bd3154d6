package org.mlpsandbox.app.view;

import java.awt.Component;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JComboBox;
import javax.swing.JList;
import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;
import org.mlpsandbox.engine.plugin.PluginChoice;
import org.mlpsandbox.engine.plugin.PluginEntry;
import org.mlpsandbox.engine.plugin.PluginKind;
import org.mlpsandbox.engine.plugin.PluginRegistry;

/**
 * A plugin picker: a combo of every usable plugin of one kind (built-in and outside), and below it one control per
 * hyperparameter the chosen plugin declares ({@link ParameterFields}). Reports a new {@link PluginChoice} on
 * every change. The combo is named {@code <name>} and each spinner {@code <name>.<key>}.
 */
final class PluginControls extends JPanel {

    /** Two lines high when the chosen name does not fit one (a zoomed narrow column): the name wraps, never "…". */
    private final JComboBox<PluginEntry> combo = new JComboBox<>() {
        @Override
        public java.awt.Dimension getPreferredSize() {
            return taller(super.getPreferredSize());
        }

        @Override
        public java.awt.Dimension getMinimumSize() {
            return taller(super.getMinimumSize());
        }

        private java.awt.Dimension taller(java.awt.Dimension d) {
            if (getSelectedItem() instanceof PluginEntry e && ComboFit.wraps(this, e.displayName())) {
                return new java.awt.Dimension(d.width, d.height + getFontMetrics(getFont()).getHeight());
            }
            return d;
        }
    };
    private final ParameterFields parameters;
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
        this.parameters = new ParameterFields(name);
        setOpaque(false);
        combo.setName(name);
        combo.setRenderer(new DefaultListCellRenderer() {
            @Override
            public Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean selected,
                                                          boolean focus) {
                super.getListCellRendererComponent(list, value, index, selected, focus);
                if (value instanceof PluginEntry e) {
                    // the closed combo in a narrow column: "Log-loss" rather than "Log-loss (binary cross-entr…",
                    // and a name too long even so on two lines
                    String shown = index == -1 ? ComboFit.fitting(combo, e.displayName()) : e.displayName();
                    setText(index == -1 && ComboFit.wraps(combo, e.displayName())
                            ? "<html>" + shown.replace("&", "&amp;").replace("<", "&lt;") + "</html>" : shown);
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

    JComboBox<PluginEntry> combo() {
        return combo;
    }

    private void buildParameters(PluginEntry entry) {
        parameters.build(entry.hyperparameters(), choice.parameters(), (key, value) -> {
            choice = choice.with(key, value);
            onChange.accept(choice);
        }, problem -> { });
    }
}
