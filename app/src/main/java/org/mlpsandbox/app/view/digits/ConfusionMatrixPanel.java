package org.mlpsandbox.app.view.digits;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import javax.swing.JComponent;
import org.mlpsandbox.engine.data.Dataset;
import org.mlpsandbox.engine.net.Network;

/**
 * A confusion matrix: one row per true digit, one column per predicted digit, each cell with its count and coloured
 * by its share of the row (green on the diagonal, red off it).
 */
public final class ConfusionMatrixPanel extends JComponent {

    private DigitsEvaluation evaluation;

    public ConfusionMatrixPanel() {
        setPreferredSize(new Dimension(560, 560));
        setMinimumSize(new Dimension(300, 300));
    }

    /** Evaluates a copy of {@code network} on {@code data} in the background, then shows the result. */
    public void show(Network network, Dataset data) {
        DigitsWorker.evaluate(network, data, this::setEvaluation);
    }

    public void setEvaluation(DigitsEvaluation e) {
        evaluation = e;
        repaint();
    }

    public DigitsEvaluation evaluation() {
        return evaluation;
    }

    @Override
    protected void paintComponent(Graphics graphics) {
        Graphics2D g = (Graphics2D) graphics.create();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        Font base = getFont() != null ? getFont() : new Font(Font.SANS_SERIF, Font.PLAIN, 12);
        int n = evaluation == null ? 10 : evaluation.classes();
        int labelSpace = 48;
        int top = 56; // title, then "predicted →", then the column digits: no line over another
        int cell = Math.max(12, Math.min((getWidth() - labelSpace - 16) / n, (getHeight() - top - labelSpace) / n));
        int left = labelSpace;
        g.setColor(new Color(0x4a5160));
        g.setFont(base.deriveFont(Font.BOLD, 13f));
        String title = evaluation == null ? "Confusion matrix (no network yet)"
                : String.format("Confusion matrix · %.1f %% right on %d test digits", 100 * evaluation.accuracy(),
                evaluation.samples());
        g.drawString(title, left, 18);
        g.setFont(base.deriveFont(11f));
        FontMetrics fm = g.getFontMetrics();
        g.drawString("predicted →", left + n * cell - fm.stringWidth("predicted →"), top - 22);
        AffineTransform saved = g.getTransform();
        g.rotate(Math.PI / 2);
        g.drawString("true →", top, -6);
        g.setTransform(saved);
        g.setFont(base.deriveFont(Font.BOLD, 12f));
        fm = g.getFontMetrics();
        for (int c = 0; c < n; c++) {
            String s = String.valueOf(c);
            g.setColor(new Color(0x4a5160));
            g.drawString(s, left + c * cell + (cell - fm.stringWidth(s)) / 2, top - 4);
            g.drawString(s, left - fm.stringWidth(s) - 8, top + r(c, cell) + (cell + fm.getAscent()) / 2 - 2);
        }
        g.setFont(base.deriveFont(Math.max(9f, Math.min(13f, cell / 4f))));
        fm = g.getFontMetrics();
        for (int t = 0; t < n; t++) {
            int total = evaluation == null ? 0 : evaluation.rowTotal(t);
            for (int p = 0; p < n; p++) {
                int count = evaluation == null ? 0 : evaluation.confusion()[t][p];
                double share = total == 0 ? 0 : (double) count / total;
                Color colour = cellColour(t == p, share);
                g.setColor(colour);
                g.fillRect(left + p * cell, top + t * cell, cell - 1, cell - 1);
                if (count > 0) {
                    String s = String.valueOf(count);
                    g.setColor(luminance(colour) < 0.55 ? Color.WHITE : new Color(0x2f3542));
                    g.drawString(s, left + p * cell + (cell - fm.stringWidth(s)) / 2,
                            top + t * cell + (cell + fm.getAscent()) / 2 - 2);
                }
            }
        }
        g.dispose();
    }

    private static int r(int row, int cell) {
        return row * cell;
    }

    /** Diagonal: white to green with the share; off the diagonal: white to red, strong already at small shares. */
    static Color cellColour(boolean diagonal, double share) {
        if (diagonal) {
            return mix(new Color(0xf4f6f9), new Color(0x2e7d32), share);
        }
        return share == 0 ? new Color(0xf4f6f9) : mix(new Color(0xfde0dc), new Color(0xc62828), Math.min(1,
                share * 6));
    }

    private static Color mix(Color a, Color b, double t) {
        return new Color((int) Math.round(a.getRed() + t * (b.getRed() - a.getRed())),
                (int) Math.round(a.getGreen() + t * (b.getGreen() - a.getGreen())),
                (int) Math.round(a.getBlue() + t * (b.getBlue() - a.getBlue())));
    }

    private static double luminance(Color c) {
        return (0.299 * c.getRed() + 0.587 * c.getGreen() + 0.114 * c.getBlue()) / 255;
    }
}
