package org.mlpsandbox.app.view;

import java.awt.geom.Rectangle2D;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Objects;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.event.ChartProgressEvent;
import org.jfree.chart.plot.XYPlot;

/**
 * Drops a chart's value-axis labels when the plot is drawn shorter than they are (a small chart zoomed on a
 * projector, where JFreeChart would cut "gradient norm" to "gradient nor" or "accuracy" to "uracy"), and brings them
 * back when there is room. The tick labels stay; the text and legend around the chart say what is plotted. An axis's
 * label is the last one its owner gave it.
 */
public final class AxisLabelFit {

    private final ChartPanel panel;
    /** Each range axis's full label, from when it was first seen with one (axes may come and go). */
    private final Map<ValueAxis, String> labels = new IdentityHashMap<>();

    private AxisLabelFit(ChartPanel panel) {
        this.panel = panel;
    }

    /** Watches {@code panel}'s chart: after each drawing, each range axis shows its label only if it fits. */
    public static void attach(ChartPanel panel) {
        AxisLabelFit fit = new AxisLabelFit(panel);
        panel.getChart().addProgressListener(e -> {
            if (e.getType() == ChartProgressEvent.DRAWING_FINISHED) {
                fit.check();
            }
        });
    }

    private void check() {
        Rectangle2D area = panel.getChartRenderingInfo().getPlotInfo().getDataArea();
        if (area == null || area.getHeight() <= 0) {
            return;
        }
        XYPlot plot = panel.getChart().getXYPlot();
        for (int i = 0; i < plot.getRangeAxisCount(); i++) {
            ValueAxis axis = plot.getRangeAxis(i);
            if (axis == null) {
                continue;
            }
            if (axis.getLabel() != null) {
                labels.put(axis, axis.getLabel()); // new, or its owner gave it another label since
            }
            String label = labels.get(axis);
            if (label == null) {
                continue;
            }
            double needed = panel.getFontMetrics(axis.getLabelFont()).stringWidth(label) + 8;
            String wanted = area.getHeight() >= needed ? label : null;
            if (!Objects.equals(wanted, axis.getLabel())) {
                axis.setLabel(wanted); // the drawing is finished: the change asks the panel for another one
            }
        }
    }
}
