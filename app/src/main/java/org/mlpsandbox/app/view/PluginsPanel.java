package org.mlpsandbox.app.view;

import java.awt.Component;
import java.util.List;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.UIManager;
import javax.swing.table.AbstractTableModel;
import javax.swing.table.DefaultTableCellRenderer;
import net.miginfocom.swing.MigLayout;
import org.mlpsandbox.app.model.SandboxModel;
import org.mlpsandbox.engine.plugin.PluginEntry;
import org.mlpsandbox.engine.plugin.PluginStatus;

/**
 * Every plugin the app knows, usable or refused: kind, name, id, where it came from, the check result and the reason.
 * Reload asks the window to load the plugins again. Names for tests: {@code pluginTable}, {@code reloadPlugins}.
 */
public final class PluginsPanel extends JPanel {

    private static final String[] COLUMNS = {"Kind", "Name", "Id", "Source", "Check", "Reason"};

    private final SandboxModel model;
    private final Table table = new Table();
    private final JLabel summary = new JLabel();
    private final javax.swing.JTextArea problems = new javax.swing.JTextArea();

    public PluginsPanel(SandboxModel model, javax.swing.Action reload) {
        super(new MigLayout("fill, insets 6, gap 4", "[grow,fill]", "[][][grow,fill]"));
        this.model = model;
        setName("pluginsPanel");
        JTable view = new JTable(table) {
            /** The whole reason of the row under the mouse: the Reason column is often too narrow for it. */
            @Override
            public String getToolTipText(java.awt.event.MouseEvent event) {
                int row = rowAtPoint(event.getPoint());
                return row < 0 ? null : reasonTip(table.entries.get(convertRowIndexToModel(row)));
            }
        };
        view.setToolTipText("");
        view.setName("pluginTable");
        view.setAutoCreateRowSorter(true);
        view.setFillsViewportHeight(true);
        view.setShowHorizontalLines(false);
        view.setAutoResizeMode(JTable.AUTO_RESIZE_OFF);
        view.getColumnModel().getColumn(4).setCellRenderer(new DefaultTableCellRenderer() {
            @Override
            public Component getTableCellRendererComponent(JTable t, Object value, boolean selected, boolean focus,
                                                           int row, int column) {
                super.getTableCellRendererComponent(t, value, selected, focus, row, column);
                if (!selected && value instanceof PluginStatus s) {
                    setForeground(switch (s) {
                        case OK -> UIManager.getColor("MlpSandbox.positive");
                        case WARNING -> UIManager.getColor("MlpSandbox.warning.foreground");
                        case REFUSED -> UIManager.getColor("MlpSandbox.banner.foreground");
                    });
                }
                return this;
            }
        });
        int[] widths = {80, 150, 110, 90, 70, 400};
        for (int i = 0; i < widths.length; i++) {
            view.getColumnModel().getColumn(i).setPreferredWidth(widths[i]);
            view.getColumnModel().getColumn(i).setMinWidth(Math.min(widths[i], 70));
        }
        JButton reloadButton = new JButton(reload);
        reloadButton.setName("reloadPlugins");
        JPanel top = new JPanel(new MigLayout("insets 0", "[grow,fill][]"));
        top.setOpaque(false);
        top.add(summary, "wmin 0");
        top.add(reloadButton);
        add(top, "wrap");
        problems.setName("pluginProblems");
        problems.setEditable(false);
        problems.setLineWrap(true);
        problems.setWrapStyleWord(true);
        problems.setOpaque(false);
        add(problems, "wrap, growx, wmin 0, hidemode 3");
        add(new JScrollPane(view, JScrollPane.VERTICAL_SCROLLBAR_AS_NEEDED,
                JScrollPane.HORIZONTAL_SCROLLBAR_AS_NEEDED), "grow");
        refresh();
        model.addListener(c -> {
            if (c == SandboxModel.Change.PLUGINS) {
                refresh();
            }
        });
    }

    private void refresh() {
        List<PluginEntry> entries = model.plugins().entries();
        table.entries = entries;
        table.fireTableDataChanged();
        long refused = entries.stream().filter(e -> e.status() == PluginStatus.REFUSED).count();
        summary.setText(entries.size() + " plugins" + (refused > 0 ? ", " + refused + " refused" : "")
                + " · folder " + org.mlpsandbox.engine.plugin.PluginFolders.defaultFolder());
        summary.setToolTipText("Drop a plugin .jar on the window to install it into this folder");
        StringBuilder b = new StringBuilder();
        for (var p : model.plugins().problems()) {
            b.append(b.length() == 0 ? "" : "\n").append("⚠ ").append(p);
        }
        problems.setText(b.toString());
        problems.setForeground(UIManager.getColor("MlpSandbox.warning.foreground"));
        problems.setVisible(b.length() > 0);
    }

    /** "acme.swish (swish.jar): refused - reason", wrapped for a tooltip; null without a reason. */
    static String reasonTip(PluginEntry e) {
        if (e.reason().isEmpty()) {
            return null;
        }
        String text = e.id() + " (" + e.source() + "): " + e.reason();
        return "<html><body style='width: 420px'>" + text.replace("&", "&amp;").replace("<", "&lt;")
                + "</body></html>";
    }

    private static final class Table extends AbstractTableModel {
        private List<PluginEntry> entries = List.of();

        @Override
        public int getRowCount() {
            return entries.size();
        }

        @Override
        public int getColumnCount() {
            return COLUMNS.length;
        }

        @Override
        public String getColumnName(int column) {
            return COLUMNS[column];
        }

        @Override
        public Object getValueAt(int row, int column) {
            PluginEntry e = entries.get(row);
            return switch (column) {
                case 0 -> e.kind().label();
                case 1 -> e.displayName();
                case 2 -> e.id();
                case 3 -> e.source().isBuiltIn() ? "built-in" : e.source().jar().getFileName().toString();
                case 4 -> e.status();
                default -> e.reason();
            };
        }
    }
}
