package org.mlpsandbox.app.view;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.function.Supplier;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.block.RectangleConstraint;
import org.jfree.chart.event.ChartProgressEvent;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.Size2D;

/**
 * Keeps a chart's legend on one line: when its full items would wrap onto a second line (a narrow column, zoomed on a
 * projector, where the loss chart's four items took two lines from a short plot), the chart shows a shorter set its
 * owner gives ("accuracy" for the two dashed accuracy lines), and the full one again when the chart is wide enough.
 */
final class LegendFit {

    /** Room the legend's frame and padding take beside its items. */
    private static final int SLACK = 16;

    private final ChartPanel panel;
    private final Supplier<LegendItemCollection> compact;
    private final Graphics2D scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
    private String measuredKey = "";
    private double fullWidth;
    private boolean compactShown;

    private LegendFit(ChartPanel panel, Supplier<LegendItemCollection> compact) {
        this.panel = panel;
        this.compact = compact;
    }

    /** Watches {@code panel}'s chart: after each drawing, the legend's items are the full or the compact ones. */
    static LegendFit attach(ChartPanel panel, Supplier<LegendItemCollection> compact) {
        LegendFit fit = new LegendFit(panel, compact);
        panel.getChart().addProgressListener(e -> {
            if (e.getType() == ChartProgressEvent.DRAWING_FINISHED) {
                fit.check();
            }
        });
        return fit;
    }

    /** Whether the chart shows the compact items now. */
    boolean compact() {
        return compactShown;
    }

    /** The series or their colours changed: the compact items are fetched again if they are showing. */
    void refresh() {
        if (compactShown) {
            plot().setFixedLegendItems(compact.get());
        }
    }

    private void check() {
        LegendTitle legend = panel.getChart().getLegend();
        var info = panel.getChartRenderingInfo();
        if (legend == null || info == null || info.getChartArea() == null || info.getChartArea().getWidth() <= 0) {
            return;
        }
        boolean wanted = fullWidth(legend.getItemFont()) > info.getChartArea().getWidth() - SLACK;
        if (wanted != compactShown) {
            compactShown = wanted;
            plot().setFixedLegendItems(wanted ? compact.get() : null); // asks the panel for another drawing
        }
    }

    /** The width of the full legend on one line, measured again when its items or font change. */
    private double fullWidth(Font font) {
        LegendItemCollection full = new LegendItemCollection();
        XYPlot plot = plot();
        for (int i = 0; i < plot.getRendererCount(); i++) {
            if (plot.getRenderer(i) != null) {
                full.addAll(plot.getRenderer(i).getLegendItems());
            }
        }
        StringBuilder key = new StringBuilder(font.toString());
        for (int i = 0; i < full.getItemCount(); i++) {
            key.append('|').append(full.get(i).getLabel());
        }
        if (!key.toString().equals(measuredKey)) {
            LegendTitle probe = new LegendTitle(() -> full);
            probe.setItemFont(font);
            Size2D size = probe.arrange(scratch, RectangleConstraint.NONE);
            fullWidth = size.getWidth();
            measuredKey = key.toString();
        }
        return fullWidth;
    }

    private XYPlot plot() {
        return panel.getChart().getXYPlot();
    }
}
