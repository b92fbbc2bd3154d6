package org.mlpsandbox.app.view.inspect;

import java.awt.BasicStroke;
import java.awt.Dimension;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.SwingUtilities;
import javax.swing.Timer;
import javax.swing.UIManager;
import net.miginfocom.swing.MigLayout;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.mlpsandbox.app.inspect.LayerStats;
import org.mlpsandbox.app.inspect.NetworkInspection;
import org.mlpsandbox.app.inspect.NetworkInspector;
import org.mlpsandbox.app.inspect.PluginGuard;
import org.mlpsandbox.app.inspect.RatioHistory;
import org.mlpsandbox.app.view.Charts;
import org.mlpsandbox.app.view.InView;
import org.mlpsandbox.engine.data.Dataset;
import org.mlpsandbox.engine.net.Network;
import org.mlpsandbox.app.model.RunControl;

/**
 * Inside the network: for every layer, small histograms of its weights, its weight gradients and its activations on a
 * probe batch; the update-to-parameter ratio ‖ΔW‖/‖W‖ of every layer over the training steps on a log scale (healthy
 * training is often near 1e-3, marked); and automatic findings such as "layer 2: 87 % of ReLU outputs are 0 — dead
 * neurons".
 *
 * <p>Feeding it (event thread only): {@link #attach(RunControl.Inspector)} to have it inspect the trainer on the training
 * thread twice a second while the panel is showing, or {@link #show(NetworkInspection)} with an inspection made
 * elsewhere, or {@link #inspect(Network, Dataset)} for a network copy at rest.
 */
public final class InsideNetworkPanel extends JPanel {

    /** How often an attached panel asks for a fresh inspection. */
    public static final int REFRESH_MILLIS = 500;

    private final JTextArea findings = new JTextArea();
    private final JPanel grid = new JPanel();
    private final org.mlpsandbox.app.view.WrappingLabel summary = new org.mlpsandbox.app.view.WrappingLabel(" ");
    private final RatioHistory history = new RatioHistory(600);
    private final XYSeriesCollection ratioSeries = new XYSeriesCollection();
    private final NetworkInspector inspector = new NetworkInspector();
    private final PluginGuard atRest = new PluginGuard("The inspection");
    private final List<HistogramView[]> rows = new ArrayList<>();
    private final List<JLabel> rowLabels = new ArrayList<>();
    private final AtomicBoolean pending = new AtomicBoolean();
    private RunControl.Inspector session;
    private Timer timer;
    private NetworkInspection last;
    private JFreeChart chart;
    private ValueMarker typical;
    private boolean warning;

    public InsideNetworkPanel() {
        super(new MigLayout("fill, insets 8, gap 6 4", "[grow, fill]", "[][][grow, fill][]"));
        findings.setEditable(false);
        findings.setFocusable(false);
        findings.setLineWrap(true);
        findings.setWrapStyleWord(true);
        findings.setBorder(BorderFactory.createEmptyBorder(4, 8, 4, 8));
        add(findings, "growx, wmin 0, wrap");
        add(summary, "growx, wmin 0, wrap");
        grid.setLayout(new MigLayout("insets 0, gap 6 4", "[][grow, fill, sg h][grow, fill, sg h][grow, fill, sg h]",
                ""));
        JScrollPane scroll = new JScrollPane(grid);
        scroll.setBorder(BorderFactory.createEmptyBorder());
        scroll.getVerticalScrollBar().setUnitIncrement(16);
        add(scroll, "grow, wmin 0, wrap");
        add(ratioChart(), "growx, wmin 0, h 190!");
        showNothing();
        restyle();
    }

    @Override
    public void updateUI() {
        super.updateUI();
        if (chart != null) {
            restyle();
        }
    }

    @Override
    public void addNotify() {
        super.addNotify();
        restyle(); // the theme may have changed while this panel was out of every window
    }

    /** Colours and fonts from the current theme (the children get theirs from their own UI delegates). */
    private void restyle() {
        // plain (not UIResource) values, so the text area's own updateUI after this one keeps them
        findings.setFont(UIManager.getFont("Label.font").deriveFont(Font.PLAIN));
        findings.setBackground(new java.awt.Color(InspectColors.infoBackground().getRGB()));
        findings.setForeground(new java.awt.Color((warning ? InspectColors.warning() : InspectColors.muted())
                .getRGB()));
        summary.setForeground(new java.awt.Color(InspectColors.muted().getRGB()));
        Charts.style(chart);
        chart.getLegend().setPosition(RectangleEdge.RIGHT);
        Font font = UIManager.getFont("Label.font");
        chart.getTitle().setFont(font.deriveFont(Font.BOLD));
        chart.getTitle().setPaint(InspectColors.foreground());
        typical.setPaint(InspectColors.muted());
        typical.setLabelPaint(InspectColors.muted());
        typical.setLabelFont(font.deriveFont(font.getSize2D() - 1.5f));
        for (int l = 0; l < chart.getXYPlot().getSeriesCount(); l++) {
            chart.getXYPlot().getRenderer().setSeriesPaint(l, null);
        }
    }

    private ChartPanel ratioChart() {
        NumberAxis steps = Charts.stepAxis("training step");
        steps.setAutoRangeIncludesZero(false);
        LogAxis ratio = new LogAxis("update / weight");
        ratio.setBase(10);
        ratio.setSmallestValue(1e-12);
        ratio.setAutoRangeMinimumSize(1e-6);
        ratio.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(1));
        XYPlot plot = new XYPlot(ratioSeries, steps, ratio, new XYLineAndShapeRenderer(true, false));
        typical = new ValueMarker(1e-3, InspectColors.muted(), new BasicStroke(1f, BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_MITER, 1f, new float[] {4f, 4f}, 0f));
        typical.setLabel("1e-3, typical");
        typical.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.TOP_LEFT);
        typical.setLabelTextAnchor(org.jfree.chart.ui.TextAnchor.BOTTOM_LEFT);
        plot.addRangeMarker(typical);
        chart = new JFreeChart("Update-to-weight ratio per layer", UIManager.getFont("Label.font"), plot, true);
        ChartPanel panel = new ChartPanel(chart, false, true, false, true, true);
        panel.setPreferredSize(new Dimension(600, 190));
        panel.setMinimumDrawWidth(200);
        panel.setMinimumDrawHeight(120);
        panel.setMaximumDrawWidth(4000);
        panel.setMaximumDrawHeight(2000);
        return panel;
    }

    private void showNothing() {
        findings.setText("Nothing to inspect yet: train a network (or call inspect) to see its layers.");
        setWarning(false);
    }

    private void setWarning(boolean on) {
        warning = on;
        findings.setForeground(new java.awt.Color((on ? InspectColors.warning() : InspectColors.muted()).getRGB()));
    }

    /**
     * Inspects the session's trainer on the training thread every {@value #REFRESH_MILLIS} ms while this panel is
     * showing (it asks for the next inspection only when the last one has arrived). Replaces any earlier session;
     * a new session starts a fresh ratio history.
     */
    public void attach(RunControl.Inspector newSession) {
        detach();
        session = newSession;
        history.clear(0);
        timer = new Timer(REFRESH_MILLIS, e -> requestInspection());
        timer.setInitialDelay(0);
        timer.start();
    }

    /** Stops inspecting the session. */
    public void detach() {
        if (timer != null) {
            timer.stop();
            timer = null;
        }
        session = null;
        pending.set(false);
    }

    /** Asks the attached session for an inspection now (when showing and none is on its way). */
    public void requestInspection() {
        RunControl.Inspector s = session;
        if (s == null || !InView.underRootPane(this) || !pending.compareAndSet(false, true)) {
            return;
        }
        s.inspect(trainer -> {
            try {
                NetworkInspection result = inspector.inspect(trainer);
                SwingUtilities.invokeLater(() -> {
                    if (session == s) {
                        show(result);
                    }
                });
            } finally {
                pending.set(false);
            }
        });
    }


    /**
     * Inspects a network at rest (e.g. a snapshot's private copy) on up to {@link NetworkInspector#PROBE_ROWS}
     * samples of {@code data} and shows it. No update ratios. The pass runs the network's plugins under their time
     * limit ({@link PluginGuard}): one that hangs or throws is named in the findings instead.
     *
     * @return whether it was inspected
     */
    public boolean inspect(Network network, Dataset data) {
        Optional<NetworkInspection> result = atRest.run(network,
                () -> new NetworkInspector().inspect(network, data, 0, new double[0]));
        result.ifPresentOrElse(this::show, () -> {
            findings.setText(atRest.problem());
            setWarning(true);
        });
        return result.isPresent();
    }

    /** Shows an inspection; its update ratios (when it has some) are added to the ratio chart. */
    public void show(NetworkInspection inspection) {
        last = inspection;
        rebuildRows(inspection);
        for (LayerStats s : inspection.layers()) {
            HistogramView[] views = rows.get(s.layer());
            views[0].show(s.weights(), "rms " + org.mlpsandbox.app.format.Numbers.format(s.weightRms(), 2), false);
            views[1].show(s.gradients(), "rms " + org.mlpsandbox.app.format.Numbers.format(s.gradientRms(), 2),
                    false);
            String note = "";
            boolean flagged = false;
            if ("relu".equals(s.activationId())) {
                note = Math.round(s.zeroFraction() * 100) + " % zero";
                flagged = s.zeroFraction() >= NetworkInspection.DEAD_RELU_SHARE || s.deadNeurons() > 0;
            } else if ("sigmoid".equals(s.activationId()) || "tanh".equals(s.activationId())) {
                note = Math.round(s.saturatedFraction() * 100) + " % saturated";
                flagged = s.layer() != inspection.layers().size() - 1
                        && s.saturatedFraction() >= NetworkInspection.SATURATED_SHARE;
            }
            views[2].show(s.activations(), note, flagged);
        }
        if (inspection.findings().isEmpty()) {
            findings.setText("No problems spotted: no dead ReLU layer, no saturated hidden layer, gradients of "
                    + "similar size in every layer.");
            setWarning(false);
        } else {
            findings.setText("• " + String.join("\n• ", inspection.findings()));
            setWarning(true);
        }
        summary.setText("Measured on " + inspection.rows() + " samples" + (inspection.step() > 0
                ? " after step " + inspection.step() : "") + ". Activations: the layer's outputs a; gradients: "
                + "∂C/∂W on those samples.");
        if (inspection.step() > 0 && inspection.updateRatios().length > 0) {
            if (history.add(inspection.step(), inspection.updateRatios())) {
                refreshChart();
            }
        }
    }

    /** Forgets the ratio history (e.g. when training is reset). */
    public void clearHistory() {
        history.clear(0);
        refreshChart();
    }

    /** The findings line as shown (a problem found, or why nothing was inspected). */
    String findingsText() {
        return findings.getText();
    }

    /** The last inspection shown, or {@code null}. */
    public NetworkInspection lastInspection() {
        return last;
    }

    /** The ratio history behind the chart. */
    public RatioHistory ratioHistory() {
        return history;
    }

    private void rebuildRows(NetworkInspection inspection) {
        int n = inspection.layers().size();
        if (rows.size() == n) {
            for (int l = 0; l < n; l++) {
                rowLabels.get(l).setText(rowTitle(inspection, l));
            }
            return;
        }
        grid.removeAll();
        rows.clear();
        rowLabels.clear();
        grid.add(new JLabel(""));
        for (String title : new String[] {"Weights", "Gradients ∂C/∂W", "Activations a"}) {
            JLabel label = new JLabel(title);
            label.putClientProperty("FlatLaf.style", "font: bold");
            grid.add(label, title.startsWith("Activations") ? "wrap" : "");
        }
        for (int l = 0; l < n; l++) {
            JLabel label = new JLabel(rowTitle(inspection, l));
            rowLabels.add(label);
            grid.add(label, "top, gaptop 4");
            HistogramView[] views = {new HistogramView(), new HistogramView(), new HistogramView()};
            grid.add(views[0], "h 70:84:120");
            grid.add(views[1], "h 70:84:120");
            grid.add(views[2], "h 70:84:120, wrap");
            rows.add(views);
        }
        grid.revalidate();
        grid.repaint();
    }

    private static String rowTitle(NetworkInspection inspection, int l) {
        LayerStats s = inspection.layers().get(l);
        boolean output = l == inspection.layers().size() - 1;
        return "<html><b>" + (output ? "Output" : "Layer " + (l + 1)) + "</b><br>" + s.neurons() + " × "
                + s.activationId() + "</html>";
    }

    private void refreshChart() {
        ratioSeries.setNotify(false);
        ratioSeries.removeAllSeries();
        long[] steps = history.steps();
        for (int l = 0; l < history.layerCount(); l++) {
            XYSeries series = new XYSeries("layer " + (l + 1), false, true);
            series.setNotify(false);
            double[] r = history.ratios(l);
            for (int i = 0; i < steps.length; i++) {
                if (!Double.isNaN(r[i])) {
                    series.add(steps[i], r[i], false);
                }
            }
            series.setNotify(true);
            ratioSeries.addSeries(series);
        }
        ratioSeries.setNotify(true);
    }
}
