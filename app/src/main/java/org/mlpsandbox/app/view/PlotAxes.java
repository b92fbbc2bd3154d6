package org.mlpsandbox.app.view;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import javax.swing.UIManager;

/** Tick marks and labels along the bottom and left of a plot, at round steps (1, 2.5, 5 × 10ⁿ). */
final class PlotAxes {

    private PlotAxes() {
    }

    /** Draws the axes of {@code plot}, which shows x in [x0, x1] and y in [y0, y1], in a size smaller than {@code font}. */
    static void paint(Graphics2D g, Font font, Rectangle plot, double x0, double x1, double y0, double y1) {
        g.setFont(font.deriveFont(Font.PLAIN, font.getSize2D() - 2));
        g.setColor(UIManager.getColor("Label.disabledForeground"));
        var fm = g.getFontMetrics();
        for (double v : ticks(x0, x1)) {
            int px = (int) Math.round(plot.x + (v - x0) / (x1 - x0) * plot.width);
            String s = format(v);
            g.drawLine(px, plot.y + plot.height, px, plot.y + plot.height + 3);
            g.drawString(s, px - fm.stringWidth(s) / 2, plot.y + plot.height + 4 + fm.getAscent());
        }
        for (double v : ticks(y0, y1)) {
            int py = (int) Math.round(plot.y + (y1 - v) / (y1 - y0) * plot.height);
            String s = format(v);
            g.drawLine(plot.x - 3, py, plot.x, py);
            g.drawString(s, plot.x - 5 - fm.stringWidth(s), py + fm.getAscent() / 2 - 1);
        }
    }

    private static double[] ticks(double lo, double hi) {
        double span = hi - lo;
        double step = Math.pow(10, Math.floor(Math.log10(span / 4)));
        if (span / step > 10) {
            step *= 2.5;
        }
        if (span / step > 10) {
            step *= 2;
        }
        double first = Math.ceil(lo / step) * step;
        int count = (int) Math.floor((hi - first) / step) + 1;
        double[] t = new double[Math.max(0, count)];
        for (int i = 0; i < t.length; i++) {
            t[i] = first + i * step;
        }
        return t;
    }

    private static String format(double v) {
        if (Math.abs(v) < 1e-9) {
            return "0";
        }
        return Math.abs(v - Math.rint(v)) < 1e-9 ? Long.toString(Math.round(v)) : String.format("%.1f", v);
    }
}
