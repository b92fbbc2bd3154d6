package org.mlpsandbox.app.view;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import javax.swing.UIManager;
import org.mlpsandbox.app.format.Numbers;

/** Tick marks and labels along the bottom and left of a plot, at round steps (1, 2.5, 5 × 10ⁿ), labelled for people (1.5k). */
final class PlotAxes {

    private PlotAxes() {
    }

    /** Draws the axes of {@code plot}, which shows x in [x0, x1] and y in [y0, y1], in a size smaller than {@code font}. */
    static void paint(Graphics2D g, Font font, Rectangle plot, double x0, double x1, double y0, double y1) {
        g.setFont(font.deriveFont(Font.PLAIN, font.getSize2D() - 2));
        g.setColor(UIManager.getColor("Label.disabledForeground"));
        var fm = g.getFontMetrics();
        double xStep = step(x0, x1);
        for (double v : ticks(x0, x1)) {
            int px = (int) Math.round(plot.x + (v - x0) / (x1 - x0) * plot.width);
            String s = Numbers.tick(v, xStep);
            g.drawLine(px, plot.y + plot.height, px, plot.y + plot.height + 3);
            g.drawString(s, px - fm.stringWidth(s) / 2, plot.y + plot.height + 4 + fm.getAscent());
        }
        double yStep = step(y0, y1);
        for (double v : ticks(y0, y1)) {
            int py = (int) Math.round(plot.y + (y1 - v) / (y1 - y0) * plot.height);
            String s = Numbers.tick(v, yStep);
            g.drawLine(plot.x - 3, py, plot.x, py);
            g.drawString(s, plot.x - 5 - fm.stringWidth(s), py + fm.getAscent() / 2 - 1);
        }
    }

    /** The distance between ticks: 1, 2.5 or 5 × 10ⁿ, 4 to 10 ticks over the span. */
    private static double step(double lo, double hi) {
        double span = hi - lo;
        double step = Math.pow(10, Math.floor(Math.log10(span / 4)));
        if (span / step > 10) {
            step *= 2.5;
        }
        if (span / step > 10) {
            step *= 2;
        }
        return step;
    }

    private static double[] ticks(double lo, double hi) {
        double step = step(lo, hi);
        double first = Math.ceil(lo / step) * step;
        int count = (int) Math.floor((hi - first) / step) + 1;
        double[] t = new double[Math.max(0, count)];
        for (int i = 0; i < t.length; i++) {
            t[i] = first + i * step;
        }
        return t;
    }
}
