package org.mlpsandbox.app.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.SwingUtilities;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;

/**
 * The parts that keep a short, narrow chart's height for its plot: the row of settings folds its last controls into a
 * "⋯" menu instead of wrapping (and unfolds them with room), and the legend swaps to its compact items instead of
 * taking a second line (and back with room).
 */
class ShortChartTest {

    @Test
    void aNarrowRowFoldsItsLastControlsAndAWideOneShowsThemAll() throws Exception {
        SwingUtilities.invokeAndWait(() -> {
            JCheckBox log = new JCheckBox("Log scale");
            JCheckBox smooth = new JCheckBox("Smooth");
            JCheckBox rate = new JCheckBox("Rate");
            JComboBox<String> axis = new JComboBox<>(new String[] {"Steps", "Epochs"});
            FoldingRow row = new FoldingRow("row").addLeft(log).addLeft(smooth).addLeft(rate).addRight(axis)
                    .foldFirst(axis, rate);
            int all = row.getPreferredSize().width;
            row.setSize(all, 30);
            row.doLayout();
            assertEquals(List.of(), row.folded(), "room for all");
            assertTrue(axis.isVisible() && rate.isVisible());
            row.setSize(all - 1, 30); // a pixel short: the "⋯" button is narrower than the picker it stands for
            row.doLayout();
            assertEquals(List.of(axis), row.folded(), "the picker folds first");
            row.setSize(row.getMinimumSize().width, 30);
            row.doLayout();
            assertEquals(List.of(axis, rate), row.folded(), "then Rate");
            assertTrue(log.isVisible() && smooth.isVisible(), "the rest stays");
            assertTrue(row.getMinimumSize().width < all - rate.getPreferredSize().width,
                    "the folded row is narrower: " + row.getMinimumSize().width + " of " + all);
            row.setSize(all, 30);
            row.doLayout();
            assertEquals(List.of(), row.folded(), "room again: all back");
        });
    }

    @Test
    void aNarrowChartShowsTheCompactLegendAndAWideOneTheFullOne() throws Exception {
        ChartPanel[] panel = new ChartPanel[1];
        LegendItemCollection compact = new LegendItemCollection();
        compact.add(new LegendItem("all"));
        SwingUtilities.invokeAndWait(() -> {
            XYSeriesCollection data = new XYSeriesCollection();
            for (String name : new String[] {"train loss", "test loss", "train accuracy", "test accuracy"}) {
                XYSeries s = new XYSeries(name);
                s.add(0, 1);
                s.add(1, 0.5);
                data.addSeries(s);
            }
            XYPlot plot = new XYPlot(data, new NumberAxis("step"), new NumberAxis("loss"),
                    new XYLineAndShapeRenderer(true, false));
            panel[0] = new ChartPanel(new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true), false, false,
                    false, false, false);
            panel[0].setMinimumDrawWidth(50);
            LegendFit.attach(panel[0], () -> compact);
        });
        List<String> shown = new ArrayList<>();
        SwingUtilities.invokeAndWait(() -> Painting.at(panel[0], 200, 300));
        SwingUtilities.invokeAndWait(() -> {
            LegendItemCollection fixed = panel[0].getChart().getXYPlot().getFixedLegendItems();
            assertTrue(fixed != null && fixed.getItemCount() == 1, "narrow: the compact legend");
            Painting.at(panel[0], 1200, 300);
        });
        SwingUtilities.invokeAndWait(() -> {
            assertEquals(null, panel[0].getChart().getXYPlot().getFixedLegendItems(), "wide: the full legend");
            for (int i = 0; i < panel[0].getChart().getXYPlot().getLegendItems().getItemCount(); i++) {
                shown.add(panel[0].getChart().getXYPlot().getLegendItems().get(i).getLabel());
            }
        });
        assertEquals(4, shown.size(), String.valueOf(shown));
        assertFalse(shown.contains("all"));
    }
}
