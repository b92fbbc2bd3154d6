package org.mlpsandbox.app.view;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.io.File;
import java.io.IOException;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JPanel;
import javax.swing.UIManager;
import net.miginfocom.swing.MigLayout;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.panel.CrosshairOverlay;
import org.jfree.chart.plot.Crosshair;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.mlpsandbox.app.model.LossHistory;
import org.mlpsandbox.app.model.SandboxModel;
import org.mlpsandbox.engine.data.Dataset;
import org.mlpsandbox.engine.io.AtomicFiles;
import org.mlpsandbox.engine.train.RegressionMetrics;

/**
 * The loss chart: train and test loss over steps (or epochs), accuracy on a second axis for classification, and on
 * request ("Rate") the learning rate each step trained at under the schedule, on an axis of its own. Log scale,
 * smoothing (an exponential moving average), hover values beside a crosshair, zoom (drag a box or turn the
 * wheel; the right-click menu zooms back out), Export PNG / CSV. Reads the model's {@link LossHistory}, appending new points in one batch per
 * frame and rebuilding only when the history merged old points.
 *
 * <p>A short chart keeps its height for the plot: the settings are one row over it, whose Steps/Epochs picker and
 * Rate box fold into a "⋯" menu when the column is narrow ({@link FoldingRow}); the legend keeps to one line
 * ({@link LegendFit}, with {@link LossChartText}'s short items); the hover values are drawn in the plot
 * ({@link HoverReadout}).
 *
 * <p>Names for tests: {@code lossChart}, {@code lossChart.chart} (the chart panel), {@code lossControls},
 * {@code logScale}, {@code smooth}, {@code showRate}, {@code xAxis}.
 */
public final class LossChartPanel extends JPanel {

    private static final double SMOOTHING = 0.15;

    private final SandboxModel model;
    private final XYSeries train = new XYSeries("train loss", false, true);
    private final XYSeries test = new XYSeries("test loss", false, true);
    private final XYSeries trainAccuracy = new XYSeries("train accuracy", false, true);
    private final XYSeries testAccuracy = new XYSeries("test accuracy", false, true);
    /** Regression with the "mse" loss: the test R², from the test loss, on the second axis instead of accuracy. */
    private final XYSeries testR2 = new XYSeries("test R²", false, true);
    /** R² = 1 − mse · this, for the current test set; NaN when the chart shows no R². */
    private double r2PerMse = Double.NaN;
    private double lowestR2 = 0;
    private final XYSeriesCollection losses = new XYSeriesCollection();
    private final XYSeriesCollection accuracies = new XYSeriesCollection();
    private final XYSeries rate = new XYSeries("learning rate", false, true);
    private final XYSeriesCollection rates = new XYSeriesCollection();
    private final JCheckBox showRate = new JCheckBox("Rate");
    private final JFreeChart chart;
    private final ChartPanel chartPanel;
    private final JCheckBox log = new JCheckBox("Log scale");
    private final JCheckBox smooth = new JCheckBox("Smooth", true);
    private final JComboBox<String> xAxis = new JComboBox<>(new String[] {"Steps", "Epochs"});
    private final HoverReadout hover = new HoverReadout();
    private final LegendFit legendFit;
    private final Crosshair crosshair = new Crosshair(Double.NaN);
    private long seenGeneration = -1;
    private int seenSize;
    private double emaTrain = Double.NaN;
    private double emaTest = Double.NaN;

    public LossChartPanel(SandboxModel model) {
        // thin insets: on a short screen every pixel the panel keeps goes to the plot
        super(new MigLayout("fill, insets 3 6 0 6, gap 2", "[grow,fill]", "[][grow,fill]"));
        this.model = model;
        setName("lossChart");
        losses.addSeries(train);
        losses.addSeries(test);
        accuracies.addSeries(trainAccuracy);
        accuracies.addSeries(testAccuracy);
        accuracies.addSeries(testR2);
        XYPlot plot = new XYPlot(losses, Charts.stepAxis("step"), Charts.valueAxis("loss", false), Charts.lines());
        NumberAxis accuracyAxis = new NumberAxis("accuracy");
        accuracyAxis.setRange(0, 1.02);
        accuracyAxis.setNumberFormatOverride(java.text.NumberFormat.getPercentInstance());
        plot.setRangeAxis(1, accuracyAxis);
        plot.setRangeAxisLocation(1, AxisLocation.BOTTOM_OR_RIGHT);
        plot.setDataset(1, accuracies);
        plot.mapDatasetToRangeAxis(1, 1);
        XYLineAndShapeRenderer accRenderer = Charts.lines();
        accRenderer.setDefaultStroke(new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f,
                new float[] {4f, 3f}, 0f));
        plot.setRenderer(1, accRenderer);
        rates.addSeries(rate);
        NumberAxis rateAxis = new NumberAxis("learning rate");
        rateAxis.setAutoRangeIncludesZero(true);
        rateAxis.setVisible(false);
        plot.setRangeAxis(2, rateAxis);
        plot.setRangeAxisLocation(2, AxisLocation.BOTTOM_OR_LEFT);
        plot.setDataset(2, rates);
        plot.mapDatasetToRangeAxis(2, 2);
        plot.setRenderer(2, Charts.lines());
        plot.setDomainPannable(true);
        chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        // thin paddings around the plot, its bottom axis label and the legend: a short chart keeps them for the plot
        plot.setInsets(new RectangleInsets(2, 8, 0, 8));
        plot.getDomainAxis().setLabelInsets(new RectangleInsets(0, 3, 1, 3));
        chart.getLegend().setMargin(0, 1, 0, 1);
        chart.getLegend().setItemLabelPadding(new RectangleInsets(1, 2, 0, 2));
        chartPanel = new ChartPanel(chart, false, true, true, true, true);
        chartPanel.setName("lossChart.chart");
        chartPanel.setMouseWheelEnabled(true);
        chartPanel.setDisplayToolTips(false);
        chartPanel.setMinimumDrawWidth(100);
        chartPanel.setMinimumDrawHeight(80);
        chartPanel.setMaximumDrawWidth(4000);
        chartPanel.setMaximumDrawHeight(3000);
        AxisLabelFit.attach(chartPanel);
        legendFit = LegendFit.attach(chartPanel, () -> LossChartText.compactLegend(chart.getXYPlot()));
        CrosshairOverlay overlay = new CrosshairOverlay();
        crosshair.setVisible(false);
        overlay.addDomainCrosshair(crosshair);
        chartPanel.addOverlay(overlay);
        chartPanel.addOverlay(hover);
        MouseAdapter mouse = new MouseAdapter() {
            @Override
            public void mouseMoved(MouseEvent e) {
                hoverAt(e.getX());
            }

            @Override
            public void mouseExited(MouseEvent e) {
                crosshair.setVisible(false);
                hover.hide();
            }
        };
        chartPanel.addMouseMotionListener(mouse);
        chartPanel.addMouseListener(mouse);

        log.setName("logScale");
        smooth.setName("smooth");
        xAxis.setName("xAxis");
        log.setToolTipText("A logarithmic loss axis: the slow fall late in training shows");
        smooth.setToolTipText("An exponential moving average of the losses, for a calmer curve");
        xAxis.setToolTipText("Steps (batches) or epochs along the bottom axis");
        xAxis.putClientProperty(FoldingRow.MENU_TITLE, "Bottom axis");
        showRate.putClientProperty(FoldingRow.MENU_TITLE, "Learning rate (Rate)");
        log.addActionListener(e -> {
            plot.setRangeAxis(0, Charts.valueAxis("loss", log.isSelected()));
            restyle();
            rebuild();
        });
        smooth.addActionListener(e -> rebuild());
        showRate.setName("showRate");
        showRate.setToolTipText("Show the learning rate of each step (the schedule's) on a second axis");
        showRate.addActionListener(e -> rebuild());
        model.addListener(c -> {
            if (c == SandboxModel.Change.SETTINGS && showRate.isSelected()) {
                rebuild(); // a new rate or schedule: the rate line is drawn from them
            }
        });
        xAxis.addActionListener(e -> {
            plot.getDomainAxis().setLabel(xAxis.getSelectedIndex() == 0 ? "step" : "epoch");
            rebuild();
        });
        // one row over the chart; in a narrow (zoomed) column the axis picker, then Rate, fold into its "⋯" menu, so
        // the chart keeps the column's width and the row's height is all it gives up
        FoldingRow controls = new FoldingRow("lossControls").addLeft(log).addLeft(smooth).addLeft(showRate)
                .addRight(xAxis).foldFirst(xAxis, showRate);
        add(controls, "wrap, wmin 0");
        add(chartPanel, "grow");
        restyle();
    }

    /** The chart, for export. */
    public JFreeChart chart() {
        return chart;
    }

    /** Points currently in the train loss series. */
    public int trainPointCount() {
        return train.getItemCount();
    }

    /** The learning-rate series (empty unless "Rate" is on), for tests. */
    XYSeries rateSeries() {
        return rate;
    }

    /** The y value of the last train loss point, NaN when there is none. */
    public double lastTrainValue() {
        int n = train.getItemCount();
        return n == 0 ? Double.NaN : train.getY(n - 1).doubleValue();
    }

    @Override
    public void updateUI() {
        super.updateUI();
        if (chart != null) {
            restyle();
        }
    }

    private void restyle() {
        Charts.style(chart);
        XYPlot plot = chart.getXYPlot();
        Color trainColor = UIManager.getColor("MlpSandbox.positive");
        Color testColor = UIManager.getColor("MlpSandbox.negative");
        plot.getRenderer(0).setSeriesPaint(0, trainColor);
        plot.getRenderer(0).setSeriesPaint(1, testColor);
        plot.getRenderer(1).setSeriesPaint(0, trainColor.brighter());
        plot.getRenderer(1).setSeriesPaint(1, testColor.brighter());
        plot.getRenderer(2).setSeriesPaint(0, UIManager.getColor("MlpSandbox.curve"));
        plot.getRenderer(2).setSeriesStroke(0, new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND,
                1f, new float[] {2f, 2f}, 0f));
        crosshair.setPaint(UIManager.getColor("Label.disabledForeground"));
        crosshair.setStroke(new BasicStroke(1f));
        if (legendFit != null) {
            legendFit.refresh();
        }
    }

    /** Brings the series up to date with the model's history: appends new points, or rebuilds after a merge. */
    public void sync() {
        LossHistory h = model.run().history();
        if (h.generation() != seenGeneration || h.size() < seenSize) {
            rebuild();
            return;
        }
        if (h.size() == seenSize) {
            return;
        }
        setNotify(false);
        append(h, seenSize);
        setNotify(true);
    }

    private void rebuild() {
        LossHistory h = model.run().history();
        setNotify(false);
        train.clear();
        test.clear();
        trainAccuracy.clear();
        testAccuracy.clear();
        rate.clear();
        testR2.clear();
        emaTrain = Double.NaN;
        emaTest = Double.NaN;
        boolean classification = model.data().rawData().isClassification();
        r2PerMse = classification ? Double.NaN : r2PerMse();
        lowestR2 = 0;
        append(h, 0);
        setNotify(true);
        boolean r2 = Double.isFinite(r2PerMse);
        NumberAxis second = (NumberAxis) chart.getXYPlot().getRangeAxis(1);
        second.setVisible(classification || r2);
        second.setLabel(r2 ? "R² (test)" : "accuracy");
        second.setNumberFormatOverride(r2 ? null : java.text.NumberFormat.getPercentInstance());
        if (!r2) {
            second.setRange(0, 1.02);
        }
        var renderer = chart.getXYPlot().getRenderer(1); // the legend names what the second axis shows
        renderer.setSeriesVisibleInLegend(0, !r2);
        renderer.setSeriesVisibleInLegend(1, !r2);
        renderer.setSeriesVisibleInLegend(2, r2);
        chart.getXYPlot().getRangeAxis(2).setVisible(showRate.isSelected());
        chart.getXYPlot().getRenderer(2).setSeriesVisibleInLegend(0, showRate.isSelected());
        legendFit.refresh();
    }

    private void append(LossHistory h, int from) {
        boolean epochs = xAxis.getSelectedIndex() == 1;
        double perEpoch = Math.max(1, model.run().stepsPerEpoch());
        boolean log = this.log.isSelected();
        boolean withRate = showRate.isSelected();
        double lr = model.settings().learningRate();
        var schedule = model.rules().schedule();
        for (int i = from; i < h.size(); i++) {
            double x = epochs ? h.step(i) / perEpoch : h.step(i);
            emaTrain = ema(emaTrain, h.trainLoss(i));
            emaTest = ema(emaTest, h.testLoss(i));
            double tr = smooth.isSelected() ? emaTrain : h.trainLoss(i);
            double te = smooth.isSelected() ? emaTest : h.testLoss(i);
            if (Double.isFinite(tr) && (!log || tr > 0)) {
                train.add(x, tr, false);
            }
            if (Double.isFinite(te) && (!log || te > 0)) {
                test.add(x, te, false);
            }
            if (Double.isFinite(h.trainAccuracy(i))) {
                trainAccuracy.add(x, h.trainAccuracy(i), false);
            }
            if (Double.isFinite(h.testAccuracy(i))) {
                testAccuracy.add(x, h.testAccuracy(i), false);
            }
            double r2 = 1 - h.testLoss(i) * r2PerMse; // NaN unless a regression with the "mse" loss
            if (Double.isFinite(r2)) {
                double shown = Math.max(-1, r2); // a first guess far off would squash the curve that matters
                lowestR2 = Math.min(lowestR2, shown);
                testR2.add(x, shown, false);
            }
            if (withRate) { // the rate of the epoch this step belonged to, as the engine's schedule gives it
                rate.add(x, lr * schedule.factor((long) Math.max(0, (h.step(i) - 1) / perEpoch)), false);
            }
        }
        if (Double.isFinite(r2PerMse)) {
            chart.getXYPlot().getRangeAxis(1).setRange(lowestR2, 1.02);
        }
        seenGeneration = h.generation();
        seenSize = h.size();
    }

    /**
     * For a regression trained with the "mse" loss, the factor that turns a test loss into the test R² (the status
     * bar's rule, {@link RegressionMetrics#fromMeanSquaredError}: R² = 1 − mse · n / Σ(t − t̄)²); else NaN.
     */
    private double r2PerMse() {
        Dataset test = model.data().rawSplit().test();
        if (test.size() == 0 || !model.network().spec().loss().id().equals("mse")) {
            return Double.NaN;
        }
        return 1 - RegressionMetrics.fromMeanSquaredError(1.0, test.y(), test.targetCount()).r2();
    }

    private static double ema(double previous, double value) {
        if (!Double.isFinite(value)) {
            return previous;
        }
        return Double.isNaN(previous) ? value : previous + SMOOTHING * (value - previous);
    }

    private void setNotify(boolean notify) {
        for (XYSeries s : new XYSeries[] {train, test, trainAccuracy, testAccuracy, testR2, rate}) {
            s.setNotify(notify);
        }
    }

    private void hoverAt(int screenX) {
        LossHistory h = model.run().history();
        if (h.size() == 0 || chartPanel.getScreenDataArea() == null) {
            return;
        }
        XYPlot plot = chart.getXYPlot();
        double x = plot.getDomainAxis().java2DToValue(screenX, chartPanel.getScreenDataArea(),
                plot.getDomainAxisEdge());
        boolean epochs = xAxis.getSelectedIndex() == 1;
        double perEpoch = Math.max(1, model.run().stepsPerEpoch());
        double step = epochs ? x * perEpoch : x;
        int lo = 0;
        int hi = h.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (h.step(mid) < step) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        int i = lo > 0 && Math.abs(h.step(lo - 1) - step) < Math.abs(h.step(lo) - step) ? lo - 1 : lo;
        crosshair.setValue(epochs ? h.step(i) / perEpoch : h.step(i));
        crosshair.setVisible(true);
        hover.show(LossChartText.hoverLines(h, i, perEpoch), screenX);
    }

    /** Saves the chart as a PNG of the given size, with the full legend (the compact one is for a narrow column). */
    public void exportPng(File file, int width, int height) throws IOException {
        XYPlot plot = chart.getXYPlot();
        var shown = plot.getFixedLegendItems();
        plot.setFixedLegendItems(null);
        try {
            AtomicFiles.write(file.toPath(), out -> ChartUtils.writeChartAsPNG(out, chart, width, height));
        } finally {
            plot.setFixedLegendItems(shown);
        }
    }

    /** Saves the whole loss history (merged where old) as CSV. */
    public void exportCsv(File file) throws IOException {
        AtomicFiles.writeString(file.toPath(), model.run().history().toCsv());
    }
}
