package org.mlpsandbox.app.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import javax.swing.SwingUtilities;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;

/** A chart drawn shorter than its value-axis label drops the label (instead of a cut one); taller, it shows it. */
class AxisLabelFitTest {

    @Test
    void aShortChartDropsItsAxisLabelAndATallOneShowsIt() throws Exception {
        ChartPanel[] panel = new ChartPanel[1];
        SwingUtilities.invokeAndWait(() -> {
            XYSeries series = new XYSeries("layer 1");
            for (int i = 0; i < 20; i++) {
                series.add(i, Math.exp(-i / 5.0));
            }
            XYPlot plot = new XYPlot(new XYSeriesCollection(series), new NumberAxis("step"),
                    new NumberAxis("gradient norm"), new XYLineAndShapeRenderer(true, false));
            panel[0] = new ChartPanel(new JFreeChart(plot), false, false, false, false, false);
            panel[0].setMinimumDrawHeight(40);
            AxisLabelFit.attach(panel[0]);
            Painting.at(panel[0], 400, 90);
        });
        SwingUtilities.invokeAndWait(() -> { }); // the label changes after the drawing, on the event thread
        SwingUtilities.invokeAndWait(() ->
                assertNull(panel[0].getChart().getXYPlot().getRangeAxis().getLabel(), "no room: no label"));
        SwingUtilities.invokeAndWait(() -> Painting.at(panel[0], 400, 500));
        SwingUtilities.invokeAndWait(() -> { });
        SwingUtilities.invokeAndWait(() -> assertEquals("gradient norm",
                panel[0].getChart().getXYPlot().getRangeAxis().getLabel(), "room again: the label is back"));
    }
}
