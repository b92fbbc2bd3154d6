package org.mlpsandbox.app.view.inspect;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import javax.swing.JComponent;
import org.mlpsandbox.app.inspect.Histogram;
import org.mlpsandbox.app.format.Numbers;

/** One small histogram: bars, the range underneath, an optional note (in the warning colour when flagged). */
final class HistogramView extends JComponent {

    private Histogram histogram = Histogram.EMPTY;
    private String note = "";
    private boolean flagged;

    HistogramView() {
        setPreferredSize(new Dimension(190, 84));
        setMinimumSize(new Dimension(110, 64));
    }

    void show(Histogram h, String newNote, boolean isFlagged) {
        histogram = h;
        note = newNote == null ? "" : newNote;
        flagged = isFlagged;
        setToolTipText(h.total() + " values from " + Numbers.format(h.min()) + " to " + Numbers.format(h.max())
                + (h.nonFinite() > 0 ? "; " + h.nonFinite() + " NaN or infinite" : ""));
        repaint();
    }

    @Override
    protected void paintComponent(Graphics g0) {
        Graphics2D g = (Graphics2D) g0.create();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        int w = getWidth();
        int h = getHeight();
        g.setColor(InspectColors.plotBackground());
        g.fillRect(0, 0, w, h);
        g.setColor(InspectColors.grid());
        g.drawRect(0, 0, w - 1, h - 1);
        Font small = getFont().deriveFont(getFont().getSize2D() - 2f);
        g.setFont(small);
        FontMetrics fm = g.getFontMetrics();
        int bottom = h - fm.getHeight() - 2;
        int top = fm.getHeight() + 2;
        int bins = histogram.bins();
        int peak = histogram.peak();
        if (bins > 0 && peak > 0) {
            double bw = (w - 8) / (double) bins;
            Color bar = flagged ? InspectColors.warning() : InspectColors.positive();
            g.setColor(InspectColors.withAlpha(bar, 200));
            for (int b = 0; b < bins; b++) {
                int count = histogram.counts()[b];
                if (count == 0) {
                    continue;
                }
                // Square-root heights, so that a few values next to a tall spike still show.
                double bh = Math.max(1, Math.sqrt(count / (double) peak) * (bottom - top));
                g.fill(new Rectangle2D.Double(4 + b * bw, bottom - bh, Math.max(1, bw - 1), bh));
            }
            if (histogram.min() < 0 && histogram.max() > 0) {
                double zx = 4 + (w - 8) * (-histogram.min()) / (histogram.max() - histogram.min());
                g.setColor(InspectColors.muted());
                g.drawLine((int) zx, top - 2, (int) zx, bottom);
            }
            g.setColor(InspectColors.muted());
            String lo = Numbers.format(histogram.min(), 2);
            String hi = Numbers.format(histogram.max(), 2);
            g.drawString(lo, 4, h - 4);
            g.drawString(hi, w - 4 - fm.stringWidth(hi), h - 4);
        } else {
            g.setColor(InspectColors.muted());
            g.drawString("no data", 6, h / 2);
        }
        if (!note.isEmpty()) {
            g.setColor(flagged ? InspectColors.warning() : InspectColors.muted());
            if (flagged) {
                g.setFont(small.deriveFont(Font.BOLD));
            }
            FontMetrics nf = g.getFontMetrics();
            g.drawString(note, w - 4 - nf.stringWidth(note), nf.getAscent() + 2);
        }
        g.dispose();
    }
}
