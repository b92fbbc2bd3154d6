package org.mlpsandbox.app.view;

import java.awt.Dimension;
import java.awt.event.HierarchyEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.ListSelectionModel;
import javax.swing.Timer;
import javax.swing.UIManager;
import net.miginfocom.swing.MigLayout;
import org.jfree.chart.JFreeChart;
import org.mlpsandbox.app.model.RunHistory;
import org.mlpsandbox.app.model.RunRecord;
import org.mlpsandbox.app.model.SandboxModel;

/**
 * The "Runs" tab: every run of the session (thumbnail of its final output, name, what differed from the run before,
 * final loss and accuracy), the current run last; the selected runs' training loss curves overlaid in one chart whose
 * legend names what differs between them; "Restore this run" (its settings and its exact initial weights, so that one
 * changed setting is the only difference) and "Delete".
 *
 * <p>The chart is a {@link RunsChart}, the rows are drawn by a {@link RunEntryRenderer}. Names for tests: {@code runList},
 * {@code restoreRun}, {@code deleteRuns}, {@code runsChart}, {@code runsLogScale}.
 */
public final class RunsPanel extends JPanel {

    private static final int REFRESH_MILLIS = 1000;
    /** New runs are selected (overlaid) automatically while fewer than this many are. */
    private static final int AUTO_SELECT = 6;
    /** A row of the list: a finished run, or the current run (not yet kept). */
    record Entry(RunRecord run, boolean current, String differed) {
    }

    private final SandboxModel model;
    private final DefaultListModel<Entry> entries = new DefaultListModel<>();
    private final JList<Entry> list = new JList<>(entries);
    private final JButton restore = new JButton("Restore this run");
    private final JButton delete = new JButton("Delete");
    private final JCheckBox log = new JCheckBox("Log scale", true);
    private final JTextArea hint = new JTextArea();
    private final RunsChart chart = new RunsChart();
    private final RunEntryRenderer renderer = new RunEntryRenderer();
    private final Timer refresher = new Timer(REFRESH_MILLIS, e -> refresh());
    private boolean updating;
    private final Set<Integer> known = new TreeSet<>();
    private String shownSignature = "";

    public RunsPanel(SandboxModel model) {
        super(new MigLayout("fill, insets 6 6 4 6, gap 4 3", "[grow,fill]", "[][grow 40,fill][][grow 60,fill]"));
        this.model = model;
        setName("runsPanel");
        buttons = new JPanel(new MigLayout("insets 0, gap 6", "[][]push[]"));
        setMinimumSize(new java.awt.Dimension(300, 200)); // a tab must not widen the window
        hint.setName("runsHint");
        hint.setEditable(false);
        hint.setFocusable(false);
        hint.setLineWrap(true);
        hint.setWrapStyleWord(true);
        hint.setOpaque(false);
        hint.setFont(UIManager.getFont("Label.font").deriveFont(UIManager.getFont("Label.font").getSize2D() - 1f));
        hint.setForeground(UIManager.getColor("Label.disabledForeground"));
        hint.setText(DEFAULT_HINT);
        add(hint, "wrap, wmin 100");

        list.setName("runList");
        list.setSelectionMode(ListSelectionModel.MULTIPLE_INTERVAL_SELECTION);
        list.setCellRenderer(renderer);
        list.setVisibleRowCount(3);
        list.addListSelectionListener(e -> {
            if (!updating && !e.getValueIsAdjusting()) {
                selectionChanged();
            }
        });
        JScrollPane scroll = new JScrollPane(list, JScrollPane.VERTICAL_SCROLLBAR_AS_NEEDED,
                JScrollPane.HORIZONTAL_SCROLLBAR_NEVER);
        scroll.setMinimumSize(new Dimension(100, 90));
        add(scroll, "wrap, hmin 90");

        restore.setName("restoreRun");
        restore.setToolTipText("Put back this run's settings and its exact starting weights, ready to play");
        restore.addActionListener(e -> restoreSelected());
        delete.setName("deleteRuns");
        delete.setToolTipText("Forget the selected runs");
        delete.addActionListener(e -> deleteSelected());
        log.setName("runsLogScale");
        log.addActionListener(e -> chart.setLogScale(log.isSelected()));
        buttons.add(restore);
        buttons.add(delete);
        buttons.add(log);
        add(buttons, "wrap");

        add(chart.panel(), "hmin 120");

        model.runs().addListener(this::refresh);
        model.addListener(c -> {
            if (c == SandboxModel.Change.RUN) {
                refresh();
            }
        });
        addHierarchyListener(e -> {
            if ((e.getChangeFlags() & HierarchyEvent.SHOWING_CHANGED) != 0) {
                if (isShowing()) {
                    refresh();
                    refresher.start();
                } else {
                    refresher.stop();
                }
            }
        });
        refresh();
    }

    /** Restore, Delete and Log scale; the check box goes under the buttons in a narrow (zoomed) column. */
    private final JPanel buttons;

    @Override
    public void doLayout() {
        MigLayout layout = (MigLayout) buttons.getLayout();
        java.awt.Insets in = getInsets();
        int oneRow = restore.getPreferredSize().width + delete.getPreferredSize().width + log.getPreferredSize().width
                + com.formdev.flatlaf.util.UIScale.scale(6 * 2 + 24) + in.left + in.right;
        String wanted = getWidth() < oneRow ? "newline" : "";
        if (!wanted.equals(layout.getComponentConstraints(log))) {
            layout.setComponentConstraints(log, wanted);
        }
        super.doLayout();
    }

    private static final String DEFAULT_HINT = "Every reset starts a new run. Select runs (Ctrl/Shift-click) to "
            + "overlay their loss curves. \"Restore this run\" puts back its settings and its exact starting weights: "
            + "then change one setting on the left and press Play, so that change is the only difference.";

    @Override
    public void updateUI() {
        super.updateUI();
        if (chart != null) {
            chart.restyle();
            renderer.keepIcons(java.util.List.of());
            shownSignature = "";
        }
    }

    /** Rebuilds the list (finished runs, then the current one), keeping the selection by run number. */
    void refresh() {
        Set<Integer> selected = selectedNumbers();
        List<Entry> fresh = new ArrayList<>();
        RunHistory history = model.runs();
        for (RunRecord r : history.runs()) {
            fresh.add(new Entry(r, false, history.whatDiffered(r)));
        }
        Optional<RunRecord> current = model.recorder().current();
        current.ifPresent(r -> {
            List<RunRecord> kept = history.runs();
            String differed = kept.isEmpty() ? "first run" : RunHistory.whatDiffered(kept.get(kept.size() - 1), r);
            fresh.add(new Entry(r, true, differed));
        });
        StringBuilder signature = new StringBuilder();
        for (Entry e : fresh) {
            signature.append(e.run().number()).append(e.current() ? "c" : "").append(':')
                    .append(e.run().lastStep()).append(':').append(e.differed()).append(';');
        }
        if (signature.toString().equals(shownSignature)) {
            return; // nothing new: leave the list (and a selection in progress) alone
        }
        shownSignature = signature.toString();
        updating = true;
        try {
            entries.clear();
            for (Entry e : fresh) {
                entries.addElement(e);
                // a new run joins the overlay, while it is not crowded
                if (known.add(e.run().number()) && selected.size() < AUTO_SELECT) {
                    selected.add(e.run().number());
                }
            }
            List<Integer> indices = new ArrayList<>();
            for (int i = 0; i < fresh.size(); i++) {
                if (selected.contains(fresh.get(i).run().number())) {
                    indices.add(i);
                }
            }
            list.setSelectedIndices(indices.stream().mapToInt(Integer::intValue).toArray());
        } finally {
            updating = false;
        }
        renderer.keepIcons(fresh.stream().map(Entry::run).toList());
        selectionChanged();
    }

    private Set<Integer> selectedNumbers() {
        Set<Integer> out = new TreeSet<>();
        for (Entry e : list.getSelectedValuesList()) {
            out.add(e.run().number());
        }
        return out;
    }

    private void selectionChanged() {
        List<Entry> chosen = list.getSelectedValuesList();
        restore.setEnabled(chosen.size() == 1);
        delete.setEnabled(chosen.stream().anyMatch(e -> !e.current()));
        List<RunRecord> runs = chosen.stream().map(Entry::run).toList();
        chart.show(runs);
    }

    private void restoreSelected() {
        List<Entry> chosen = list.getSelectedValuesList();
        if (chosen.size() != 1) {
            return;
        }
        RunRecord run = chosen.get(0).run();
        model.restore(run);
        if (model.run().hasRun()) {
            hint.setText(run.name() + " is restored: its settings and its exact starting weights. Now change one "
                    + "setting on the left (the learning rate, say) and press Play; the new run will differ from "
                    + run.name() + " by that change alone.");
            hint.setForeground(UIManager.getColor("Label.foreground"));
        } else {
            hint.setText(model.run().problem());
        }
    }

    private void deleteSelected() {
        Set<Integer> numbers = new TreeSet<>();
        for (Entry e : list.getSelectedValuesList()) {
            if (!e.current()) {
                numbers.add(e.run().number());
            }
        }
        model.recorder().delete(numbers);
        hint.setText(DEFAULT_HINT);
        hint.setForeground(UIManager.getColor("Label.disabledForeground"));
    }

    // ---------------------------------------------------------------- for tests

    JList<Entry> runList() {
        return list;
    }

    JFreeChart chart() {
        return chart.chart();
    }

    List<RunRecord> overlaid() {
        return chart.overlaid();
    }

    long lastOverlayNanos() {
        return chart.lastOverlayNanos();
    }

    /** Overlays these runs' loss curves (as selecting them does). */
    void showOverlay(List<RunRecord> runs) {
        chart.show(runs);
    }

    String hintText() {
        return hint.getText();
    }
}
