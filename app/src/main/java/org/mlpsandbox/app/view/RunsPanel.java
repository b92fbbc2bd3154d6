package org.mlpsandbox.app.view;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.Image;
import java.awt.event.HierarchyEvent;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.swing.BorderFactory;
import javax.swing.DefaultListModel;
import javax.swing.ImageIcon;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.ListCellRenderer;
import javax.swing.ListSelectionModel;
import javax.swing.Timer;
import javax.swing.UIManager;
import net.miginfocom.swing.MigLayout;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.mlpsandbox.app.model.RunHistory;
import org.mlpsandbox.app.model.RunRecord;
import org.mlpsandbox.app.model.RunThumbnail;
import org.mlpsandbox.app.model.SandboxModel;

/**
 * The "Runs" tab: every run of the session (thumbnail of its final output, name, what differed from the run before,
 * final loss and accuracy), the current run last; the selected runs' training loss curves overlaid in one chart whose
 * legend names what differs between them; "Restore this run" (its settings and its exact initial weights, so that one
 * changed setting is the only difference) and "Delete".
 *
 * <p>Curves are drawn from at most {@link #DISPLAY_POINTS} points per run (each run keeps at most
 * {@link RunRecord#MAX_POINTS}), so overlaying many long runs stays cheap. Names for tests: {@code runList},
 * {@code restoreRun}, {@code deleteRuns}, {@code runsChart}, {@code runsLogScale}.
 */
public final class RunsPanel extends JPanel {

    /** Most points drawn per run in the overlay. */
    static final int DISPLAY_POINTS = 600;
    private static final int REFRESH_MILLIS = 1000;
    /** New runs are selected (overlaid) automatically while fewer than this many are. */
    private static final int AUTO_SELECT = 6;
    private static final Color[] COLORS = {new Color(0x2f6fdd), new Color(0xe8590c), new Color(0x2b9348),
        new Color(0xc2255c), new Color(0x7048e8), new Color(0x0c8599), new Color(0xb08900), new Color(0x495057),
        new Color(0x74b816), new Color(0xf03e3e)};

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
    private final XYPlot plot;
    private final JFreeChart chart;
    private final ChartPanel chartPanel;
    private final Map<RunRecord, ImageIcon> icons = new IdentityHashMap<>();
    private final Timer refresher = new Timer(REFRESH_MILLIS, e -> refresh());
    private boolean updating;
    private final Set<Integer> known = new TreeSet<>();
    private String shownSignature = "";
    private List<RunRecord> overlaid = List.of();
    private long lastOverlayNanos;

    public RunsPanel(SandboxModel model) {
        super(new MigLayout("fill, insets 6 6 4 6, gap 4 3", "[grow,fill]", "[][grow 40,fill][][grow 60,fill]"));
        this.model = model;
        setName("runsPanel");
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
        list.setCellRenderer(new EntryRenderer());
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
        log.addActionListener(e -> setLogScale(log.isSelected()));
        JPanel buttons = new JPanel(new MigLayout("insets 0, gap 6", "[][]push[]"));
        buttons.add(restore);
        buttons.add(delete);
        buttons.add(log);
        add(buttons, "wrap");

        plot = new XYPlot(new XYSeriesCollection(), new NumberAxis("step"), lossAxis(true), Charts.lines());
        chart = new JFreeChart(null, null, plot, true);
        LegendTitle legend = chart.getLegend();
        legend.setPosition(RectangleEdge.BOTTOM);
        Charts.style(chart);
        chartPanel = new ChartPanel(chart, false, true, false, true, true);
        chartPanel.setName("runsChart");
        chartPanel.setMinimumDrawWidth(100);
        chartPanel.setMinimumDrawHeight(80);
        chartPanel.setMaximumDrawWidth(4000);
        chartPanel.setMaximumDrawHeight(3000);
        chartPanel.setPreferredSize(new Dimension(400, 260));
        add(chartPanel, "hmin 120");

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

    private static final String DEFAULT_HINT = "Every reset starts a new run. Select runs (Ctrl/Shift-click) to "
            + "overlay their loss curves. \"Restore this run\" puts back its settings and its exact starting weights: "
            + "then change one setting on the left and press Play, so that change is the only difference.";

    private void setLogScale(boolean on) {
        plot.setRangeAxis(lossAxis(on));
        Charts.style(chart);
    }

    /** Loss axis: on a log scale, ticks at whole decades written as plain numbers (0.01, 0.1, 1). */
    private static org.jfree.chart.axis.ValueAxis lossAxis(boolean log) {
        org.jfree.chart.axis.ValueAxis axis = Charts.valueAxis("training loss", log);
        if (axis instanceof org.jfree.chart.axis.LogAxis l) {
            l.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(1));
            l.setNumberFormatOverride(new java.text.DecimalFormat("0.#####"));
        }
        return axis;
    }

    @Override
    public void updateUI() {
        super.updateUI();
        if (chart != null) {
            Charts.style(chart);
            icons.clear();
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
        icons.keySet().retainAll(fresh.stream().map(Entry::run).toList());
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
        showOverlay(runs);
    }

    /** Overlays these runs' training loss curves, named by what differs between them. */
    void showOverlay(List<RunRecord> runs) {
        long t0 = CpuClock.now();
        overlaid = runs;
        XYSeriesCollection data = overlayData(runs, RunHistory.legend(runs));
        XYLineAndShapeRenderer renderer = (XYLineAndShapeRenderer) plot.getRenderer();
        for (int i = 0; i < runs.size(); i++) {
            renderer.setSeriesPaint(i, COLORS[i % COLORS.length]);
            renderer.setSeriesStroke(i, new BasicStroke(1.8f));
        }
        plot.setDataset(data);
        plot.setNoDataMessage("Select runs above to compare their loss curves");
        lastOverlayNanos = CpuClock.now() - t0;
    }

    /**
     * The series to overlay: each run's training loss, at most {@link #DISPLAY_POINTS} points (means of neighbours),
     * non-positive and non-finite losses left out (they cannot be drawn on a log scale).
     */
    static XYSeriesCollection overlayData(List<RunRecord> runs, List<String> labels) {
        XYSeriesCollection data = new XYSeriesCollection();
        Map<String, Integer> seen = new HashMap<>();
        for (int r = 0; r < runs.size(); r++) {
            RunRecord run = runs.get(r);
            String label = labels.get(r);
            int dup = seen.merge(label, 1, Integer::sum);
            XYSeries s = new XYSeries(dup == 1 ? label : label + " (" + dup + ")", false, true);
            s.setNotify(false);
            int n = run.points();
            int bucket = Math.max(1, (n + DISPLAY_POINTS - 1) / DISPLAY_POINTS);
            for (int from = 0; from < n; from += bucket) {
                int to = Math.min(n, from + bucket);
                double sum = 0;
                int count = 0;
                for (int i = from; i < to; i++) {
                    double v = run.trainLossAt(i);
                    if (v > 0 && Double.isFinite(v)) {
                        sum += v;
                        count++;
                    }
                }
                if (count > 0) {
                    s.add(run.step(to - 1), sum / count, false);
                }
            }
            s.setNotify(true);
            data.addSeries(s);
        }
        return data;
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

    /** The thumbnail as an image: the output view's colours, nearest-neighbour scaled to {@code side}. */
    static BufferedImage thumbnailImage(RunThumbnail t, int side) {
        BufferedImage img = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
        if (t.isEmpty()) {
            java.awt.Graphics2D g = img.createGraphics();
            g.setColor(UIManager.getColor("MlpSandbox.plotBackground") != null
                    ? UIManager.getColor("MlpSandbox.plotBackground") : Color.LIGHT_GRAY);
            g.fillRect(0, 0, side, side);
            g.dispose();
            return img;
        }
        Palette.refresh();
        BufferedImage small = new BufferedImage(t.size(), t.size(), BufferedImage.TYPE_INT_RGB);
        for (int r = 0; r < t.size(); r++) {
            for (int c = 0; c < t.size(); c++) {
                int v = t.cell(r, c);
                int rgb = t.classes() > 0 ? Palette.classColor(v, t.classes()).getRGB()
                        : Palette.rgb(2 * v / 255.0 - 1);
                small.setRGB(c, r, rgb);
            }
        }
        java.awt.Graphics2D g = img.createGraphics();
        g.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION,
                java.awt.RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(small.getScaledInstance(side, side, Image.SCALE_SMOOTH), 0, 0, null);
        g.dispose();
        return img;
    }

    private ImageIcon icon(RunRecord r) {
        return icons.computeIfAbsent(r, x -> new ImageIcon(thumbnailImage(x.thumbnail(), 44)));
    }

    /** Thumbnail, name and what differed, final loss and accuracy. */
    private final class EntryRenderer implements ListCellRenderer<Entry> {

        private final JLabel label = new JLabel();

        EntryRenderer() {
            label.setOpaque(true);
            label.setIconTextGap(8);
            label.setBorder(BorderFactory.createEmptyBorder(3, 4, 3, 4));
        }

        @Override
        public Component getListCellRendererComponent(JList<? extends Entry> l, Entry e, int index,
                                                      boolean selected, boolean focus) {
            RunRecord r = e.run();
            label.setIcon(icon(r));
            String dim = selected ? "" : " color='" + hex(UIManager.getColor("Label.disabledForeground")) + "'";
            int slot = l.getSelectedValuesList().indexOf(e);
            String swatch = slot >= 0 ? "<font color='" + hex(COLORS[slot % COLORS.length]) + "'>■</font> " : "";
            label.setText("<html>" + swatch + "<b>" + r.name() + (e.current() ? " (now)" : "") + "</b> · "
                    + escape(e.differed()) + "<br><font" + dim + ">" + results(r).replace("\n", "<br>")
                    + "</font></html>");
            label.setBackground(selected ? l.getSelectionBackground() : l.getBackground());
            label.setForeground(selected ? l.getSelectionForeground() : l.getForeground());
            label.setFont(l.getFont());
            return label;
        }
    }

    /** "2,400 steps · train loss 0.041 · acc 97.5%" and, on a second line, "test loss 0.052 · acc 96%". */
    static String results(RunRecord r) {
        StringBuilder b = new StringBuilder(String.format(java.util.Locale.ROOT, "%,d steps", r.lastStep()));
        b.append(" · train loss ").append(loss(r.finalTrainLoss()));
        if (Double.isFinite(r.trainAccuracy())) {
            b.append(" · acc ").append(percent(r.trainAccuracy()));
        }
        if (Double.isFinite(r.finalTestLoss())) {
            b.append("\ntest loss ").append(loss(r.finalTestLoss()));
            if (Double.isFinite(r.testAccuracy())) {
                b.append(" · acc ").append(percent(r.testAccuracy()));
            }
        }
        return b.toString();
    }

    private static String loss(double v) {
        return Double.isFinite(v) ? RunRecord.number(new java.math.BigDecimal(v).round(new java.math.MathContext(3))
                .doubleValue()) : "–";
    }

    private static String percent(double v) {
        double p = 100 * v;
        return String.format(java.util.Locale.ROOT, p == Math.rint(p) ? "%.0f%%" : "%.1f%%", p);
    }

    private static String hex(Color c) {
        return c == null ? "#888888" : String.format("#%06x", c.getRGB() & 0xffffff);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    // ---------------------------------------------------------------- for tests

    JList<Entry> runList() {
        return list;
    }

    JFreeChart chart() {
        return chart;
    }

    List<RunRecord> overlaid() {
        return overlaid;
    }

    long lastOverlayNanos() {
        return lastOverlayNanos;
    }

    String hintText() {
        return hint.getText();
    }
}
