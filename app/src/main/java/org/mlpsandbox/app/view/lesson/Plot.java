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

/** Maps a data rectangle onto a pixel rectangle and draws grid, axes and labels; shared by the lesson panels. */
final class Plot {

    /** Pleasant, distinguishable colours for series. */
    static final Color[] SERIES = {new Color(0x1f77b4), new Color(0xe8710a), new Color(0x2ca02c),
            new Color(0xd62728), new Color(0x9467bd), new Color(0x8c564b)};
    static final Color GRID = new Color(0xe6e9ef);
    static final Color AXIS = new Color(0x9aa3b2);
    static final Color TEXT = new Color(0x4a5160);
    static final Color CURVE = new Color(0x2f3542);

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

    static String format(double v) {
        if (Math.abs(v) < 1e-9) {
            return "0";
        }
        String s = String.format("%.3f", v).replaceAll("0+$", "").replaceAll("\\.$", "");
        return s.replace('-', '−');
    }

    /** Background, grid lines with tick labels, the axes through 0 when visible, and axis labels. */
    void drawGrid(Graphics2D g, String xLabel, String yLabel) {
        g.setColor(Color.WHITE);
        g.fillRect(left, top, width, height);
        Font font = g.getFont().deriveFont(11f);
        g.setFont(font);
        FontMetrics fm = g.getFontMetrics();
        g.setStroke(new BasicStroke(1f));
        double sx = niceStep(x1 - x0, Math.max(2, width / 90));
        for (double x = Math.ceil(x0 / sx) * sx; x <= x1 + 1e-9; x += sx) {
            int p = (int) Math.round(px(x));
            g.setColor(GRID);
            g.drawLine(p, top, p, top + height);
            g.setColor(TEXT);
            String s = format(x);
            g.drawString(s, p - fm.stringWidth(s) / 2, top + height + fm.getAscent() + 3);
        }
        double sy = niceStep(y1 - y0, Math.max(2, height / 60));
        for (double y = Math.ceil(y0 / sy) * sy; y <= y1 + 1e-9; y += sy) {
            int p = (int) Math.round(py(y));
            g.setColor(GRID);
            g.drawLine(left, p, left + width, p);
            g.setColor(TEXT);
            String s = format(y);
            g.drawString(s, left - fm.stringWidth(s) - 5, p + fm.getAscent() / 2 - 1);
        }
        g.setColor(AXIS);
        if (x0 <= 0 && x1 >= 0) {
            g.draw(new Line2D.Double(px(0), top, px(0), top + height));
        }
        if (y0 <= 0 && y1 >= 0) {
            g.draw(new Line2D.Double(left, py(0), left + width, py(0)));
        }
        g.drawRect(left, top, width, height);
        g.setColor(TEXT);
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
