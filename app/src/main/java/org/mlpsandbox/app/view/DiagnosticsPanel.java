package org.mlpsandbox.app.view;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.mlpsandbox.app.model.LossHistory;
import org.mlpsandbox.app.model.SandboxModel;

/**
 * Gradient norm ‖∂C/∂W‖ per layer over the run, on a log scale: when the first layers' lines sit decades below the
 * last, the gradients are vanishing; when they climb, exploding.
 */
public final class DiagnosticsPanel extends JPanel {

    private final SandboxModel model;
    private final XYSeriesCollection data = new XYSeriesCollection();
    private final List<XYSeries> series = new ArrayList<>();
    private final JFreeChart chart;
    private long seenGeneration = -1;
    private int seenSize;

    public DiagnosticsPanel(SandboxModel model) {
        super(new MigLayout("fill, insets 6 6 4 6, gap 4", "[grow,fill]", "[][grow,fill]"));
        this.model = model;
        setName("diagnostics");
        XYPlot plot = new XYPlot(data, Charts.stepAxis("step"), Charts.valueAxis("gradient norm", true),
                Charts.lines());
        chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        ChartPanel panel = new ChartPanel(chart, false, true, true, true, true);
        panel.setMouseWheelEnabled(true);
        panel.setMinimumDrawWidth(100);
        panel.setMinimumDrawHeight(80);
        panel.setMaximumDrawWidth(4000);
        panel.setMaximumDrawHeight(3000);
        AxisLabelFit.attach(panel);
        WrappingLabel hint = new WrappingLabel("Gradient norm per layer (log scale). Lines far below the output's mean vanishing "
                + "gradients.");
        hint.putClientProperty("FlatLaf.styleClass", "small");
        add(hint, "wrap, growx, wmin 0");
        add(panel, "grow");
        Charts.style(chart);
    }

    @Override
    public void updateUI() {
        super.updateUI();
        if (chart != null) {
            Charts.style(chart);
            colour();
        }
    }

    /** Series in the train loss chart's order, for tests. */
    public int seriesCount() {
        return series.size();
    }

    /** Appends the history's new points (or rebuilds after a merge or a new run). */
    public void sync() {
        LossHistory h = model.run().history();
        boolean rebuild = h.generation() != seenGeneration || h.size() < seenSize || series.size() != h.layerCount();
        if (!rebuild && h.size() == seenSize) {
            return;
        }
        if (rebuild) {
            data.removeAllSeries();
            series.clear();
            for (int l = 0; l < h.layerCount(); l++) {
                XYSeries s = new XYSeries(l == h.layerCount() - 1 ? "output" : "layer " + (l + 1), false, true);
                series.add(s);
                data.addSeries(s);
            }
            colour();
            seenSize = 0;
        }
        for (XYSeries s : series) {
            s.setNotify(false);
        }
        for (int i = seenSize; i < h.size(); i++) {
            for (int l = 0; l < series.size(); l++) {
                double g = h.gradientNorm(l, i);
                if (g > 0 && Double.isFinite(g)) {
                    series.get(l).add(h.step(i), g, false);
                }
            }
        }
        for (XYSeries s : series) {
            s.setNotify(true);
        }
        seenGeneration = h.generation();
        seenSize = h.size();
    }

    private void colour() {
        var r = chart.getXYPlot().getRenderer();
        int n = series.size();
        for (int l = 0; l < n; l++) {
            float t = n <= 1 ? 0 : (float) l / (n - 1);
            r.setSeriesPaint(l, Color.getHSBColor(0.08f + 0.5f * t, 0.75f, 0.85f));
        }
    }
}
