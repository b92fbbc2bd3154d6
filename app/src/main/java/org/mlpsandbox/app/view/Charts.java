package org.mlpsandbox.app.view;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import javax.swing.UIManager;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.NumberTickUnitSource;
import org.jfree.chart.axis.TickUnit;
import org.jfree.chart.axis.TickUnitSource;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.mlpsandbox.app.format.Numbers;

/**
 * Styling of the JFreeChart charts from the current FlatLaf theme, numbers on their axes written by {@link Numbers},
 * and axis helpers. Every chart of the app goes through {@link #style(JFreeChart)}, again after a theme change.
 */
public final class Charts {

    private Charts() {
    }

    /** Colours, fonts and strokes from the theme, people's numbers on the axes; call again after a theme change. */
    public static void style(JFreeChart chart) {
        Color bg = UIManager.getColor("Panel.background");
        Color fg = UIManager.getColor("Label.foreground");
        Color dim = UIManager.getColor("Label.disabledForeground");
        Color grid = UIManager.getColor("MlpSandbox.gridLine");
        Font font = UIManager.getFont("Label.font");
        Font small = font.deriveFont(font.getSize2D() - 1.5f);
        chart.setBackgroundPaint(bg);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(UIManager.getColor("MlpSandbox.plotBackground"));
        plot.setOutlinePaint(grid);
        plot.setDomainGridlinePaint(grid);
        plot.setRangeGridlinePaint(grid);
        plot.setDomainGridlineStroke(new BasicStroke(1f));
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        for (int i = 0; i < plot.getDomainAxisCount(); i++) {
            axis(plot.getDomainAxis(i), fg, dim, small);
        }
        for (int i = 0; i < plot.getRangeAxisCount(); i++) {
            axis(plot.getRangeAxis(i), fg, dim, small);
        }
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setBackgroundPaint(bg);
            legend.setItemPaint(fg);
            legend.setItemFont(small);
            legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
        }
    }

    private static void axis(Axis a, Color fg, Color dim, Font font) {
        if (a == null) {
            return;
        }
        a.setLabelPaint(dim);
        a.setLabelFont(font);
        a.setTickLabelPaint(fg);
        a.setTickLabelFont(font);
        a.setAxisLinePaint(dim);
        a.setTickMarkPaint(dim);
        if (a instanceof LogAxis log) {
            log.setNumberFormatOverride(Numbers.compactFormat());
        } else if (a instanceof NumberAxis n && n.getNumberFormatOverride() == null) {
            n.setStandardTickUnits(TICK_UNITS);
        }
    }

    /** JFreeChart's 1-2.5-5 tick sizes, each labelled by {@link Numbers#tick(double, double)}. */
    private static final TickUnitSource TICK_UNITS = new TickUnitSource() {
        private final NumberTickUnitSource sizes = new NumberTickUnitSource();

        @Override
        public TickUnit getLargerTickUnit(TickUnit unit) {
            return people(sizes.getLargerTickUnit(unit));
        }

        @Override
        public TickUnit getCeilingTickUnit(TickUnit unit) {
            return people(sizes.getCeilingTickUnit(unit));
        }

        @Override
        public TickUnit getCeilingTickUnit(double size) {
            return people(sizes.getCeilingTickUnit(size));
        }

        private TickUnit people(TickUnit unit) {
            return new NumberTickUnit(unit.getSize(), Numbers.tickFormat(unit.getSize()), unit.getMinorTickCount());
        }
    };

    /** An axis of training steps: people's tick labels, never a range narrower than one step. */
    public static NumberAxis stepAxis(String label) {
        NumberAxis axis = numberAxis(label);
        axis.setAutoRangeMinimumSize(1);
        return axis;
    }

    /** A linear axis with people's tick labels (the same as {@link #style} gives every linear axis). */
    public static NumberAxis numberAxis(String label) {
        NumberAxis axis = new NumberAxis(label);
        axis.setStandardTickUnits(TICK_UNITS);
        return axis;
    }

    /** A line renderer without shapes; series colours are set by the caller. */
    public static XYLineAndShapeRenderer lines() {
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        r.setDefaultStroke(new BasicStroke(1.8f));
        r.setAutoPopulateSeriesStroke(false);
        return r;
    }

    /** A linear or logarithmic value axis with this label. */
    public static ValueAxis valueAxis(String label, boolean log) {
        if (log) {
            LogAxis axis = new LogAxis(label) {
                @Override
                protected void autoAdjustRange() {
                    try {
                        super.autoAdjustRange();
                    } catch (IllegalArgumentException e) {
                        // one distinct value: JFreeChart cannot span it; show a decade either side instead
                        double v = getRange().getCentralValue();
                        v = v > 0 && Double.isFinite(v) ? v : 1;
                        setRange(new org.jfree.data.Range(v / 10, v * 10), false, false);
                    }
                }
            };
            axis.setSmallestValue(1e-9);
            axis.setNumberFormatOverride(Numbers.compactFormat());
            return axis;
        }
        NumberAxis axis = numberAxis(label);
        axis.setAutoRangeIncludesZero(true);
        return axis;
    }
}
