package org.mlpsandbox.app.view;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

/**
 * The runs' training loss curves overlaid in one chart, named by what differs between them; each curve drawn from at
 * most {@link #DISPLAY_POINTS} points (each run keeps at most {@link RunRecord#MAX_POINTS}), so overlaying many long
 * runs stays cheap.
 */
final class RunsChart {

    /** Most points drawn per run in the overlay. */
    static final int DISPLAY_POINTS = 600;
    /**
     * A curve of fewer points than this gets a marker on each point too: a run of one point (or a single run that
     * stopped after one report) would otherwise draw nothing at all.
     */
    static final int MARKERS_BELOW = 12;
    /** How many run colours the theme defines ({@code MlpSandbox.run.0} …); later runs repeat them. */
    private static final int RUN_COLOURS = 10;

    private final XYPlot plot;
    private final JFreeChart chart;
    private final ChartPanel panel;
    private List<RunRecord> overlaid = List.of();
    private long lastOverlayNanos;

    RunsChart() {
        plot = new XYPlot(new XYSeriesCollection(), new NumberAxis("step"), lossAxis(true), Charts.lines());
        chart = new JFreeChart(null, null, plot, true);
        LegendTitle legend = chart.getLegend();
        legend.setPosition(RectangleEdge.BOTTOM);
        Charts.style(chart);
        panel = new ChartPanel(chart, false, true, false, true, true);
        panel.setName("runsChart");
        panel.setMinimumDrawWidth(100);
        panel.setMinimumDrawHeight(80);
        panel.setMaximumDrawWidth(4000);
        panel.setMaximumDrawHeight(3000);
        panel.setPreferredSize(new Dimension(400, 260));
    }

    /** The colour of the {@code slot}-th overlaid run (also its swatch in the list). */
    static Color color(int slot) {
        return Palette.ui("MlpSandbox.run." + slot % RUN_COLOURS, "Label.foreground");
    }

    ChartPanel panel() {
        return panel;
    }

    JFreeChart chart() {
        return chart;
    }

    /** Styles the chart from the look and feel again (after a theme change). */
    void restyle() {
        Charts.style(chart);
    }

    /** Overlays these runs' training loss curves, named by what differs between them. */
    void show(List<RunRecord> runs) {
        long t0 = CpuClock.now();
        overlaid = runs;
        XYSeriesCollection data = overlayData(runs, RunHistory.legend(runs));
        XYLineAndShapeRenderer renderer = (XYLineAndShapeRenderer) plot.getRenderer();
        double marker = com.formdev.flatlaf.util.UIScale.scale(7f);
        for (int i = 0; i < runs.size(); i++) {
            renderer.setSeriesPaint(i, color(i));
            renderer.setSeriesStroke(i, new BasicStroke(1.8f));
            renderer.setSeriesShapesVisible(i, data.getSeries(i).getItemCount() < MARKERS_BELOW);
            renderer.setSeriesShape(i, new java.awt.geom.Ellipse2D.Double(-marker / 2, -marker / 2, marker, marker));
        }
        plot.setDataset(data);
        plot.setNoDataMessage("Select runs above to compare their loss curves");
        lastOverlayNanos = CpuClock.now() - t0;
    }

    List<RunRecord> overlaid() {
        return overlaid;
    }

    /** CPU time the last {@link #show} took. */
    long lastOverlayNanos() {
        return lastOverlayNanos;
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

    void setLogScale(boolean on) {
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
}
