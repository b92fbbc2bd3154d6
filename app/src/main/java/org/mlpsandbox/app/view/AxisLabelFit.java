package org.mlpsandbox.app.view;

import java.awt.geom.Rectangle2D;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.event.ChartProgressEvent;
import org.jfree.chart.plot.XYPlot;

/**
 * Drops a chart's value-axis label when the plot is drawn shorter than the label (a small chart zoomed on a
 * projector, where JFreeChart would cut "gradient norm" to "gradient nor"), and brings it back when there is room.
 * The tick labels stay; the text above the chart says what is plotted. The label is fixed when this is attached.
 */
public final class AxisLabelFit {

    private final ChartPanel panel;
    private final String label;

    private AxisLabelFit(ChartPanel panel, String label) {
        this.panel = panel;
        this.label = label;
    }

    /** Watches {@code panel}'s chart: after each drawing, its (first) range axis shows its label only if it fits. */
    public static void attach(ChartPanel panel) {
        ValueAxis axis = panel.getChart().getXYPlot().getRangeAxis();
        if (axis == null || axis.getLabel() == null) {
            return;
        }
        AxisLabelFit fit = new AxisLabelFit(panel, axis.getLabel());
        panel.getChart().addProgressListener(e -> {
            if (e.getType() == ChartProgressEvent.DRAWING_FINISHED) {
                fit.check();
            }
        });
    }

    private void check() {
        Rectangle2D area = panel.getChartRenderingInfo().getPlotInfo().getDataArea();
        XYPlot plot = panel.getChart().getXYPlot();
        ValueAxis axis = plot.getRangeAxis();
        if (area == null || area.getHeight() <= 0 || axis == null) {
            return;
        }
        double needed = panel.getFontMetrics(axis.getLabelFont()).stringWidth(label) + 8;
        String wanted = area.getHeight() >= needed ? label : null;
        if (!java.util.Objects.equals(wanted, axis.getLabel())) {
            axis.setLabel(wanted); // the drawing is finished: the change asks the panel for another one
        }
    }
}
