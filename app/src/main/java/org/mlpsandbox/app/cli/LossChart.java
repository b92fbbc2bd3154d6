package org.mlpsandbox.app.cli;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.mlpsandbox.engine.io.AtomicFiles;
import org.mlpsandbox.engine.io.HistoryRow;

/**
 * The loss chart (train and test loss per epoch) rendered to a PNG without a window. Works on a machine without a
 * display: the command sets {@code java.awt.headless} before AWT loads.
 */
final class LossChart {

    static final int WIDTH = 900;
    static final int HEIGHT = 540;

    private LossChart() {
    }

    /**
     * On a Unix machine without a display, tells AWT to run headless (unless the property is set already), so that
     * drawing the chart never tries to reach an X server. Call before any AWT class loads. Where there is a display
     * nothing changes: the chart is drawn into an image either way, and a desktop window in the same JVM (tests) still
     * works.
     */
    static void useHeadlessAwt() {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        boolean unix = !os.startsWith("windows") && !os.startsWith("mac");
        boolean display = System.getenv("DISPLAY") != null || System.getenv("WAYLAND_DISPLAY") != null;
        if (unix && !display && System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    /** Writes the chart of {@code history} to {@code file}, atomically. */
    static void write(Path file, List<HistoryRow> history, String title) throws IOException {
        JFreeChart chart = chart(history, title);
        AtomicFiles.write(file, out -> ChartUtils.writeChartAsPNG(out, chart, WIDTH, HEIGHT));
    }

    static JFreeChart chart(List<HistoryRow> history, String title) {
        XYSeries train = new XYSeries("train loss", false, true);
        XYSeries test = new XYSeries("test loss", false, true);
        double min = Double.POSITIVE_INFINITY;
        double max = 0;
        for (HistoryRow r : history) {
            if (Double.isFinite(r.trainLoss())) {
                train.add(r.epoch(), r.trainLoss());
                min = Math.min(min, r.trainLoss());
                max = Math.max(max, r.trainLoss());
            }
            if (Double.isFinite(r.testLoss())) {
                test.add(r.epoch(), r.testLoss());
                min = Math.min(min, r.testLoss());
                max = Math.max(max, r.testLoss());
            }
        }
        XYSeriesCollection dataset = new XYSeriesCollection(train);
        if (test.getItemCount() > 0) {
            dataset.addSeries(test);
        }
        NumberAxis epochs = new NumberAxis("epoch");
        epochs.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        boolean logScale = min > 0 && max / min > 100;
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        renderer.setSeriesPaint(0, new Color(0x1f77b4));
        renderer.setSeriesPaint(1, new Color(0xff7f0e));
        renderer.setSeriesStroke(0, new BasicStroke(2f));
        renderer.setSeriesStroke(1, new BasicStroke(2f));
        XYPlot plot = new XYPlot(dataset, epochs, logScale ? new LogAxis("loss (log scale)") : lossAxis(), renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xdddddd));
        plot.setRangeGridlinePaint(new Color(0xdddddd));
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    private static NumberAxis lossAxis() {
        NumberAxis axis = new NumberAxis("loss");
        axis.setAutoRangeIncludesZero(true);
        return axis;
    }
}
