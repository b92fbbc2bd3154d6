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

    private static final String[] COLUMNS = {"Kind", "Name", "Id", "Check", "Source", "Reason"};

    private final SandboxModel model;
    private final Table table = new Table();
    private final WrappingLabel summary = new WrappingLabel(""); // a long folder path wraps in a narrow tab
    private final javax.swing.JTextArea problems = new javax.swing.JTextArea();
    private final javax.swing.JTextArea details = new javax.swing.JTextArea();
    private final JTable view;

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

            /** Every column but the last (Reason) as wide as its header and its widest cell, measured anew. */
            @Override
            public void doLayout() {
                for (int c = 0; c < getColumnCount() - 1; c++) {
                    java.awt.Component h = getTableHeader() == null ? null : getTableHeader().getDefaultRenderer()
                            .getTableCellRendererComponent(this, getColumnName(c), false, false, -1, c);
                    int w = h == null ? 0 : h.getPreferredSize().width;
                    for (int r = 0; r < getRowCount(); r++) {
                        w = Math.max(w, prepareRenderer(getCellRenderer(r, c), r, c).getPreferredSize().width);
                    }
                    w += getIntercellSpacing().width + com.formdev.flatlaf.util.UIScale.scale(8);
                    getColumnModel().getColumn(c).setPreferredWidth(w);
                    getColumnModel().getColumn(c).setMinWidth(w);
                }
                super.doLayout();
            }

            /** Fills the width while the columns fit; scrolls sideways in a narrow tab, never "activa…". */
            @Override
            public boolean getScrollableTracksViewportWidth() {
                return getParent() == null || getParent().getWidth() >= getPreferredSize().width;
            }
        };
        view.setToolTipText("");
        view.setName("pluginTable");
        view.setAutoCreateRowSorter(true);
        view.setFillsViewportHeight(true);
        view.setShowHorizontalLines(false);
        // the last column (Reason) takes the width that is left; its whole text is in the tooltip and below
        view.setAutoResizeMode(JTable.AUTO_RESIZE_LAST_COLUMN);
        view.setDefaultRenderer(Object.class, new Cells());
        int[] widths = {80, 150, 110, 70, 120, 260};
        for (int i = 0; i < widths.length; i++) {
            int w = com.formdev.flatlaf.util.UIScale.scale(widths[i]);
            view.getColumnModel().getColumn(i).setPreferredWidth(w);
            view.getColumnModel().getColumn(i).setMinWidth(Math.min(w, 60));
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
                JScrollPane.HORIZONTAL_SCROLLBAR_AS_NEEDED), "grow, wrap");
        // the selected plugin's check result in full, wrapped: a refused plugin's reason is never cut off
        details.setName("pluginDetails");
        details.setEditable(false);
        details.setLineWrap(true);
        details.setWrapStyleWord(true);
        details.setOpaque(false);
        details.setRows(2);
        add(details, "growx, wmin 0");
        view.getSelectionModel().addListSelectionListener(e -> {
            int row = view.getSelectedRow();
            showDetails(row < 0 ? null : table.entries.get(view.convertRowIndexToModel(row)));
        });
        this.view = view;
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
        // point at the first refused plugin, if any: its reason shows in full below the table
        entries.stream().filter(e -> e.status() == PluginStatus.REFUSED).findFirst()
                .ifPresentOrElse(this::select, () -> showDetails(null));
    }

    private void select(PluginEntry entry) {
        int row = view.convertRowIndexToView(table.entries.indexOf(entry));
        if (row >= 0) {
            view.setRowSelectionInterval(row, row);
            view.scrollRectToVisible(view.getCellRect(row, 0, true));
        }
        showDetails(entry);
    }

    private void showDetails(PluginEntry e) {
        if (e == null) {
            details.setText("Select a plugin to see its check result in full.");
            details.setForeground(UIManager.getColor("Label.disabledForeground"));
            return;
        }
        String reason = e.reason() == null || e.reason().isBlank() ? "" : ": " + e.reason();
        details.setText(e.displayName() + " (" + e.id() + ", " + source(e) + ") " + e.status().toString()
                .toLowerCase(java.util.Locale.ROOT) + reason);
        details.setForeground(e.status() == PluginStatus.REFUSED ? UIManager.getColor("MlpSandbox.banner.foreground")
                : UIManager.getColor("Label.foreground"));
    }

    private static String source(PluginEntry e) {
        return e.source().jar() == null ? e.source().toString() : e.source().jar().getFileName().toString();
    }

    /** Cells: the check result coloured, outside jars marked, and the whole reason of a row in its tooltip. */
    private final class Cells extends DefaultTableCellRenderer {
        @Override
        public Component getTableCellRendererComponent(JTable t, Object value, boolean selected, boolean focus,
                                                       int row, int column) {
            super.getTableCellRendererComponent(t, value, selected, focus, row, column);
            PluginEntry e = table.entries.get(t.convertRowIndexToModel(row));
            setIcon(column == 4 && !e.source().isBuiltIn() ? OutsidePluginIcon.INSTANCE : null);
            if (!selected && value instanceof PluginStatus s) {
                setForeground(switch (s) {
                    case OK -> UIManager.getColor("MlpSandbox.positive");
                    case WARNING -> UIManager.getColor("MlpSandbox.warning.foreground");
                    case REFUSED -> UIManager.getColor("MlpSandbox.banner.foreground");
                });
            } else if (!selected) {
                setForeground(t.getForeground());
            }
            String reason = e.reason();
            setToolTipText(reason == null || reason.isBlank() ? null
                    : "<html><p width=420>" + escape(reason) + "</p></html>");
            return this;
        }
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
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
                case 3 -> e.status();
                case 4 -> source(e);
                default -> e.reason();
            };
        }
    }
}
