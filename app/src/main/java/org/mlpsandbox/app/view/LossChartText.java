package org.mlpsandbox.app.view;

import java.util.ArrayList;
import java.util.List;
import javax.swing.UIManager;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.mlpsandbox.app.format.Numbers;
import org.mlpsandbox.app.model.LossHistory;

/**
 * What the {@link LossChartPanel} says in words where room is short: its legend on one line, and the values under
 * the mouse. The chart's renderers are 0 for the losses, 1 for the accuracies (or the test R²), 2 for the rate.
 */
final class LossChartText {

    private LossChartText() {
    }

    /**
     * The legend on one line for a narrow chart: the losses as in the full legend, one dashed "accuracy" for the
     * train and test accuracy lines (their colours say which is which, as the losses' do), and "rate" for the
     * learning rate.
     */
    static LegendItemCollection compactLegend(XYPlot plot) {
        LegendItemCollection items = new LegendItemCollection();
        items.addAll(plot.getRenderer(0).getLegendItems());
        LegendItemCollection second = plot.getRenderer(1).getLegendItems();
        boolean accuracy = false;
        for (int i = 0; i < second.getItemCount(); i++) {
            LegendItem item = second.get(i);
            if (item.getLabel().endsWith("accuracy")) {
                accuracy = true;
            } else {
                items.add(item);
            }
        }
        if (accuracy) {
            LegendItem both = new LegendItem("accuracy", null, "train and test accuracy (dashed)", null,
                    new java.awt.geom.Line2D.Double(-7, 0, 7, 0), ((XYLineAndShapeRenderer) plot.getRenderer(1))
                    .getDefaultStroke(), UIManager.getColor("Label.disabledForeground"));
            items.add(both);
        }
        LegendItemCollection rates = plot.getRenderer(2).getLegendItems();
        for (int i = 0; i < rates.getItemCount(); i++) { // "rate": the axis and the Rate box say which
            LegendItem rate = rates.get(i);
            items.add(new LegendItem("rate", null, rate.getLabel(), null, rate.getLine(), rate.getLineStroke(),
                    rate.getLinePaint()));
        }
        return items;
    }

    /** What the readout says about history point {@code i}: where, then the train and the test loss (and accuracy). */
    static List<String> hoverLines(LossHistory h, int i, double perEpoch) {
        List<String> lines = new ArrayList<>();
        lines.add(String.format("step %,d (epoch %.1f)", (long) h.step(i), h.step(i) / perEpoch));
        lines.add(hoverLine("train", h.trainLoss(i), h.trainAccuracy(i)));
        if (Double.isFinite(h.testLoss(i))) {
            lines.add(hoverLine("test", h.testLoss(i), h.testAccuracy(i)));
        }
        return lines;
    }

    private static String hoverLine(String set, double loss, double accuracy) {
        String line = set + " loss " + Numbers.format(loss, 3);
        return Double.isFinite(accuracy) ? line + " · " + Numbers.percent(accuracy) : line;
    }
}
