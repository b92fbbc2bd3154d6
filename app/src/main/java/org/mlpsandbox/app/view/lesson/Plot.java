package org.mlpsandbox.app.view.lesson;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.util.function.DoubleUnaryOperator;
import com.formdev.flatlaf.util.UIScale;
import org.mlpsandbox.app.view.Palette;
import org.mlpsandbox.app.format.Numbers;

/** Maps a data rectangle onto a pixel rectangle and draws grid, axes and labels; shared by the lesson panels. */
final class Plot {

    /** How many series colours the theme defines ({@code MlpSandbox.series.0} …). */
    static final int SERIES_COUNT = 6;

    /** Colour of series {@code i} (wrapping), from the theme: read at paint time, so a theme switch shows at once. */
    static Color series(int i) {
        return color("MlpSandbox.series." + Math.floorMod(i, SERIES_COUNT), "Label.foreground");
    }

    /** The plot area's background. */
    static Color background() {
        return color("MlpSandbox.plotBackground", "Panel.background");
    }

    static Color grid() {
        return color("MlpSandbox.gridLine", "Separator.foreground");
    }

    static Color axis() {
        return color("MlpSandbox.axis", "Label.disabledForeground");
    }

    /** Tick labels and captions. */
    static Color text() {
        return color("Label.foreground", "Label.foreground");
    }

    /** The main curve and the data points. */
    static Color curve() {
        return color("MlpSandbox.curve", "Label.foreground");
    }

    /** Errors: residuals, a diverging rate, a bad formula. */
    static Color error() {
        return color("MlpSandbox.error", "Component.error.focusedBorderColor");
    }

    /** The colour scale of an error surface, from {@code low} error to {@code high}. */
    static Color heat(String level) {
        return color("MlpSandbox.heat." + level, "Panel.background");
    }

    static Color withAlpha(Color c, int alpha) {
        return Palette.withAlpha(c, alpha);
    }

    /** A font {@code steps} sizes (of about 1 pt) away from {@code base}, so it scales with the theme's font. */
    static Font sized(Font base, float steps) {
        return base.deriveFont(Math.max(6f, base.getSize2D() + steps));
    }

    private static Color color(String key, String fallbackKey) {
        return Palette.ui(key, fallbackKey);
    }

    final int left;
    final int top;
    final int width;
    final int height;
    final double x0;
    final double x1;
    final double y0;
    final double y1;

    /** Data [x0, x1] × [y0, y1] onto the pixel box (left, top, width, height). */
    Plot(int left, int top, int width, int height, double x0, double x1, double y0, double y1) {
        this.left = left;
        this.top = top;
        this.width = Math.max(1, width);
        this.height = Math.max(1, height);
        this.x0 = x0;
        this.x1 = x1;
        this.y0 = y0;
        this.y1 = y1 == y0 ? y0 + 1 : y1;
    }

    /**
     * Data [x0, x1] × [y0, y1] onto {@code c} less margins for tick labels and captions, given at 100 % and scaled
     * with the UI ({@link UIScale}), so a zoomed window keeps room for its larger labels.
     */
    static Plot within(java.awt.Component c, int left, int top, int right, int bottom, double x0, double x1,
            double y0, double y1) {
        int l = UIScale.scale(left);
        int t = UIScale.scale(top);
        return new Plot(l, t, c.getWidth() - UIScale.scale(right), c.getHeight() - UIScale.scale(bottom), x0, x1,
                y0, y1);
    }

    double px(double x) {
        return left + (x - x0) / (x1 - x0) * width;
    }

    double py(double y) {
        return top + height - (y - y0) / (y1 - y0) * height;
    }

    double dataX(double pixel) {
        return x0 + (pixel - left) / width * (x1 - x0);
    }

    double dataY(double pixel) {
        return y0 + (top + height - pixel) / height * (y1 - y0);
    }

    static void antialias(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    }

    /** A tick step of 1, 2 or 5 × 10ⁿ giving about {@code ticks} ticks over {@code range}. */
    static double niceStep(double range, int ticks) {
        double raw = range / Math.max(1, ticks);
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double r = raw / magnitude;
        return (r < 1.5 ? 1 : r < 3.5 ? 2 : r < 7.5 ? 5 : 10) * magnitude;
    }

    /** A tick label (see {@link Numbers#compact(double)}). */
    static String format(double v) {
        return Math.abs(v) < 1e-9 ? "0" : Numbers.compact(v);
    }

    /** Background, grid lines with tick labels, the axes through 0 when visible, and axis labels. */
    void drawGrid(Graphics2D g, String xLabel, String yLabel) {
        g.setColor(background());
        g.fillRect(left, top, width, height);
        Font font = sized(g.getFont(), -2);
        g.setFont(font);
        FontMetrics fm = g.getFontMetrics();
        g.setStroke(new BasicStroke(1f));
        double sx = niceStep(x1 - x0, Math.max(2, width / 90));
        for (double x = Math.ceil(x0 / sx) * sx; x <= x1 + 1e-9; x += sx) {
            int p = (int) Math.round(px(x));
            g.setColor(grid());
            g.drawLine(p, top, p, top + height);
            g.setColor(text());
            String s = Numbers.tick(x, sx);
            g.drawString(s, p - fm.stringWidth(s) / 2, top + height + fm.getAscent() + 3);
        }
        double sy = niceStep(y1 - y0, Math.max(2, height / 60));
        for (double y = Math.ceil(y0 / sy) * sy; y <= y1 + 1e-9; y += sy) {
            int p = (int) Math.round(py(y));
            g.setColor(grid());
            g.drawLine(left, p, left + width, p);
            g.setColor(text());
            String s = Numbers.tick(y, sy);
            g.drawString(s, left - fm.stringWidth(s) - 5, p + fm.getAscent() / 2 - 1);
        }
        g.setColor(axis());
        if (x0 <= 0 && x1 >= 0) {
            g.draw(new Line2D.Double(px(0), top, px(0), top + height));
        }
        if (y0 <= 0 && y1 >= 0) {
            g.draw(new Line2D.Double(left, py(0), left + width, py(0)));
        }
        g.drawRect(left, top, width, height);
        g.setColor(text());
        g.setFont(font.deriveFont(Font.BOLD));
        fm = g.getFontMetrics();
        if (xLabel != null) {
            g.drawString(xLabel, left + width - fm.stringWidth(xLabel), top + height + 2 * fm.getHeight() + 2);
        }
        if (yLabel != null) {
            g.drawString(yLabel, left, top - 6);
        }
        g.setFont(font);
    }

    /** The graph of f over the x range as a path, broken where f is undefined or far off the plot. */
    Shape graph(DoubleUnaryOperator f) {
        Path2D.Double path = new Path2D.Double();
        boolean drawing = false;
        for (int i = 0; i <= width; i++) {
            double x = x0 + (x1 - x0) * i / width;
            double y = f.applyAsDouble(x);
            if (!Double.isFinite(y) || Math.abs(py(y)) > 1e5) {
                drawing = false;
                continue;
            }
            if (drawing) {
                path.lineTo(px(x), py(y));
            } else {
                path.moveTo(px(x), py(y));
                drawing = true;
            }
        }
        return path;
    }

    /** Clips drawing to the plot box. */
    void clip(Graphics2D g) {
        g.clipRect(left, top, width + 1, height + 1);
    }
}
