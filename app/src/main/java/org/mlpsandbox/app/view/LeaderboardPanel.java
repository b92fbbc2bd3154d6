package org.mlpsandbox.app.view;

import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import javax.swing.JButton;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.ListSelectionModel;
import javax.swing.RowSorter;
import javax.swing.SortOrder;
import javax.swing.SwingConstants;
import javax.swing.UIManager;
import javax.swing.table.AbstractTableModel;
import javax.swing.table.DefaultTableCellRenderer;
import javax.swing.table.TableRowSorter;
import net.miginfocom.swing.MigLayout;
import org.mlpsandbox.app.format.Numbers;
import org.mlpsandbox.app.model.Leaderboard;
import org.mlpsandbox.app.model.RunRecord;
import org.mlpsandbox.app.model.SandboxModel;

/**
 * The "Leaderboard" tab: the finished runs (the session's, or a sweep's opened from its experiment file) ranked by
 * test accuracy, or by test loss for regression, with the network's size, the epochs and seconds it trained and the
 * setup that tells them apart (a sweep's runs are named after their settings). Every column sorts by a click on its header; a double click (or "Restore this run") restores a
 * run's settings and starting weights.
 *
 * <p>Names for tests: {@code leaderboard}, {@code leaderboardTable}, {@code leaderboardRestore}, {@code leaderboardHint}.
 */
public final class LeaderboardPanel extends JPanel {

    /** The table's columns, in order. */
    static final String[] COLUMNS = {"#", "Run", "Test acc", "Test loss", "Params", "Epochs", "Time", "Setup"};
    /** The widest text each column but the last shows, for its width; the run's name (a sweep's is long) may grow. */
    private static final String[] WIDEST = {"99", "Run 99", "Test acc", "Test loss", "Params", "Epochs", "99.9 min"};
    /** The run's name column: as wide as a short name, wider when the tab is. */
    private static final int NAME = 1;

    private final SandboxModel model;
    private final RowsModel rows = new RowsModel();
    private final JTable table = new JTable(rows) {
        @Override
        public boolean getScrollableTracksViewportWidth() { // fill a wide tab, scroll sideways in a narrow one
            return getParent() == null || getPreferredSize().width <= getParent().getWidth();
        }
    };
    private final WrappingLabel hint = new WrappingLabel("");

    public LeaderboardPanel(SandboxModel model) {
        super(new MigLayout("fill, insets 6 6 4 6, gap 4 3", "[grow,fill]", "[][grow,fill][]"));
        this.model = model;
        setName("leaderboard");
        setMinimumSize(new java.awt.Dimension(300, 200));
        hint.setName("leaderboardHint");
        hint.setEnabled(false);
        add(hint, "wrap, wmin 100");
        table.setName("leaderboardTable");
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.setFillsViewportHeight(true);
        table.setAutoResizeMode(JTable.AUTO_RESIZE_LAST_COLUMN);
        table.getTableHeader().setToolTipText("Click to sort by this column");
        DefaultTableCellRenderer setup = new DefaultTableCellRenderer() {
            @Override
            protected void setValue(Object value) {
                setText(value == null ? "" : value.toString());
                setToolTipText(getText());
            }
        };
        table.setRowSorter(sorter());
        DefaultTableCellRenderer right = new DefaultTableCellRenderer() {
            @Override
            protected void setValue(Object value) {
                setText(value instanceof Double d ? (Double.isFinite(d) ? Numbers.format(d) : "–")
                        : value == null ? "–" : value.toString()); // null: not known (a run from an older file)
            }
        };
        right.setHorizontalAlignment(SwingConstants.RIGHT);
        java.awt.FontMetrics fm = table.getFontMetrics(table.getFont());
        for (int c = 0; c < COLUMNS.length; c++) {
            if (c < WIDEST.length) { // fixed to fit its numbers, so that the setup gets the rest of a narrow tab
                int w = fm.stringWidth(WIDEST[c]) + 14;
                table.getColumnModel().getColumn(c).setPreferredWidth(w);
                table.getColumnModel().getColumn(c).setMaxWidth(c == NAME ? 6 * w : w);
                table.getColumnModel().getColumn(c).setMinWidth(w);
            }
            if (c == NAME) {
                table.getColumnModel().getColumn(c).setCellRenderer(setup); // with the whole name as tooltip
            } else if (c == 6) {
                table.getColumnModel().getColumn(c).setCellRenderer(secondsRenderer());
            } else if (c != COLUMNS.length - 1) {
                table.getColumnModel().getColumn(c).setCellRenderer(c == 2 ? percentRenderer() : right);
            }
            if (c == COLUMNS.length - 1) {
                table.getColumnModel().getColumn(c).setCellRenderer(setup);
                table.getColumnModel().getColumn(c).setPreferredWidth(fm.stringWidth("16-16 tanh · lr 0.03 · batch 10 · sgd") + 12);
            }
        }
        table.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                if (e.getClickCount() == 2) {
                    restoreSelected();
                }
            }
        });
        add(new JScrollPane(table), "wrap, wmin 0, hmin 80");
        JButton restore = new JButton("Restore this run");
        restore.setName("leaderboardRestore");
        restore.setToolTipText("Its settings and exact starting weights, to train it again or change one thing");
        restore.addActionListener(e -> restoreSelected());
        add(restore, "growx 0, align left");
        model.runs().addListener(this::refresh);
        refresh();
    }

    private TableRowSorter<RowsModel> sorter() {
        TableRowSorter<RowsModel> s = new TableRowSorter<>(rows);
        Comparator<Double> missingLast = (a, b) -> Double.isNaN(a) ? (Double.isNaN(b) ? 0 : 1)
                : Double.isNaN(b) ? -1 : Double.compare(a, b);
        s.setComparator(2, missingLast);
        s.setComparator(3, missingLast);
        s.setComparator(6, missingLast);
        s.setSortKeys(List.of(new RowSorter.SortKey(0, SortOrder.ASCENDING)));
        return s;
    }

    private static DefaultTableCellRenderer percentRenderer() {
        DefaultTableCellRenderer r = new DefaultTableCellRenderer() {
            @Override
            protected void setValue(Object value) {
                setText(value instanceof Double d ? Numbers.percent(d) : "");
            }
        };
        r.setHorizontalAlignment(SwingConstants.RIGHT);
        return r;
    }

    /** Seconds as people read them ("0.42 s", "12 s", "3.1 min"); a dash when unknown. */
    private static DefaultTableCellRenderer secondsRenderer() {
        DefaultTableCellRenderer r = new DefaultTableCellRenderer() {
            @Override
            protected void setValue(Object value) {
                setText(value instanceof Double d ? seconds(d) : "");
            }
        };
        r.setHorizontalAlignment(SwingConstants.RIGHT);
        return r;
    }

    /** "0.42 s", "12 s", "3.1 min"; "–" when unknown. */
    static String seconds(double s) {
        if (!Double.isFinite(s)) {
            return "–";
        }
        if (s < 10) {
            return String.format(java.util.Locale.ROOT, "%.2f s", s);
        }
        return s < 60 ? Math.round(s) + " s" : String.format(java.util.Locale.ROOT, "%.1f min", s / 60);
    }

    /** Ranks the runs again (a run finished, a file was opened, runs were deleted). */
    void refresh() {
        List<RunRecord> runs = model.runs().runs();
        rows.show(Leaderboard.rank(runs));
        hint.setText(runs.isEmpty() ? "No finished runs yet. A run ends at Reset or when a setting changes; a sweep's "
                + "experiment file (sweep --save) brings all its runs." : runs.size() + " runs ranked by "
                + (Leaderboard.measureFor(runs) == Leaderboard.Measure.TEST_ACCURACY ? "test accuracy" : "test loss")
                + ", ties to the smaller network. Click a header to sort by it; double-click a run to restore it.");
    }

    private void restoreSelected() {
        int view = table.getSelectedRow();
        if (view < 0) {
            return;
        }
        RunRecord run = rows.row(table.convertRowIndexToModel(view)).run();
        model.restore(run);
        hint.setText(model.run().hasRun() ? run.name() + " is restored: its settings and exact starting weights."
                : model.run().problem());
    }

    /** The rows of the table: one per ranked run. */
    static final class RowsModel extends AbstractTableModel {

        private List<Leaderboard.Row> ranked = List.of();

        void show(List<Leaderboard.Row> newRows) {
            ranked = List.copyOf(newRows);
            fireTableDataChanged();
        }

        Leaderboard.Row row(int i) {
            return ranked.get(i);
        }

        @Override
        public int getRowCount() {
            return ranked.size();
        }

        @Override
        public int getColumnCount() {
            return COLUMNS.length;
        }

        @Override
        public String getColumnName(int c) {
            return COLUMNS[c];
        }

        @Override
        public Class<?> getColumnClass(int c) {
            return switch (c) {
                case 0 -> Integer.class;
                case 2, 3, 6 -> Double.class;
                case 4, 5 -> Long.class;
                default -> String.class;
            };
        }

        @Override
        public Object getValueAt(int r, int c) {
            Leaderboard.Row row = ranked.get(r);
            return switch (c) {
                case 0 -> row.rank();
                case 1 -> row.run().name();
                case 2 -> row.testAccuracy();
                case 3 -> row.testLoss();
                case 4 -> row.parameters();
                case 5 -> row.epochs() < 0 ? null : row.epochs();
                case 6 -> row.seconds();
                default -> setup(row.run());
            };
        }

        /** What tells runs apart: layers, learning rate, batch, optimizer. */
        private static String setup(RunRecord run) {
            Map<String, String> s = run.settingsSummary();
            String optimizer = s.get("optimizer");
            int bracket = optimizer.indexOf('(');
            return s.get("layers") + " · lr " + s.get("lr") + " · batch " + s.get("batch") + " · "
                    + (bracket > 0 ? optimizer.substring(0, bracket) : optimizer);
        }
    }
}
