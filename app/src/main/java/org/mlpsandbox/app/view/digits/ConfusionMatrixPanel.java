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
import org.mlpsandbox.app.format.Numbers;
import org.mlpsandbox.app.view.Palette;

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
        Font bold = base.deriveFont(Font.BOLD);
        Font small = base.deriveFont(base.getSize2D() - 2);
        FontMetrics fb = g.getFontMetrics(bold);
        FontMetrics fs = g.getFontMetrics(small);
        Grid grid = grid(fb, fs, n);
        int titleBase = fb.getAscent() + 2;
        int predictedBase = titleBase + fb.getDescent() + fs.getAscent() + 2;
        int top = grid.top();
        int cell = grid.cell();
        int left = grid.left();
        g.setColor(Palette.ui("Label.foreground", "Label.foreground"));
        g.setFont(bold);
        g.drawString(title(g.getFontMetrics(), getWidth() - 12), 6, titleBase);
        g.setFont(small);
        g.drawString("predicted →", left + n * cell - fs.stringWidth("predicted →"), predictedBase);
        AffineTransform saved = g.getTransform();
        g.rotate(Math.PI / 2);
        g.drawString("true →", top, -(fs.getDescent() + 4));
        g.setTransform(saved);
        // the digits of the rows and columns no taller than a cell
        g.setFont(base.deriveFont(Font.BOLD, Math.min(base.getSize2D() - 1, cell * 1.1f)));
        FontMetrics fm = g.getFontMetrics();
        for (int c = 0; c < n; c++) {
            String s = String.valueOf(c);
            g.setColor(Palette.ui("Label.foreground", "Label.foreground"));
            g.drawString(s, left + c * cell + (cell - fm.stringWidth(s)) / 2, top - 4);
            g.drawString(s, left - fm.stringWidth(s) - 6, top + r(c, cell) + (cell + fm.getAscent()) / 2 - 2);
        }
        g.setFont(base.deriveFont(Math.max(base.getSize2D() - 4, Math.min(base.getSize2D(), cell / 4f))));
        fm = g.getFontMetrics();
        for (int t = 0; t < n; t++) {
            int total = evaluation == null ? 0 : evaluation.rowTotal(t);
            for (int p = 0; p < n; p++) {
                int count = evaluation == null ? 0 : evaluation.confusion()[t][p];
                double share = total == 0 ? 0 : (double) count / total;
                Color colour = cellColour(t == p, share);
                g.setColor(colour);
                g.fillRect(left + p * cell, top + t * cell, cell - 1, cell - 1);
                String s = String.valueOf(count);
                if (count > 0 && fm.stringWidth(s) <= cell - 2 && fm.getAscent() <= cell + 2) {
                    // a count only where it fits its cell: a small (zoomed) matrix shows the colours alone
                    g.setColor(luminance(colour) < 0.55 ? Color.WHITE : Color.BLACK); // legible on the cell
                    g.drawString(s, left + p * cell + (cell - fm.stringWidth(s)) / 2,
                            top + t * cell + (cell + fm.getAscent()) / 2 - 2);
                }
            }
        }
        g.dispose();
    }

    /** Where the matrix goes: its top left corner and the side of a cell. */
    record Grid(int left, int top, int cell) {
    }

    /**
     * The matrix's place in the panel as it is now: below the lines over it (title, "predicted →", the column digits)
     * and right of the room for the row digits and "true →", from the fonts in use, so that a zoomed window puts no
     * line over another; cells as large as the panel allows, and as small as it needs (a short panel, as at 1.5× on
     * a 1024×768 projector, gets small cells that show their colours alone, never a row cut off).
     */
    Grid grid(FontMetrics bold, FontMetrics small, int n) {
        int titleBase = bold.getAscent() + 2;
        int predictedBase = titleBase + bold.getDescent() + small.getAscent() + 2;
        int top = predictedBase + small.getDescent() + bold.getHeight() + 2;
        int left = small.getHeight() + 6 + bold.stringWidth("0") + 10;
        int cell = Math.max(3, Math.min((getWidth() - left - 16) / n, (getHeight() - top - 8) / n));
        return new Grid(left, top, cell);
    }

    /**
     * The title in the longest form that fits {@code width} pixels: "Confusion matrix · 94.3% right on 2,000 test
     * digits", then without "Confusion matrix ·" (the tab says it), then just the share.
     */
    String title(FontMetrics fm, int width) {
        if (evaluation == null) {
            return fm.stringWidth("Confusion matrix (no network yet)") <= width ? "Confusion matrix (no network yet)"
                    : "No network yet";
        }
        String right = Numbers.percent(evaluation.accuracy()) + " right";
        String on = right + " on " + String.format("%,d", evaluation.samples()) + " test digits";
        for (String candidate : new String[] {"Confusion matrix · " + on, on}) {
            if (fm.stringWidth(candidate) <= width) {
                return candidate;
            }
        }
        return right;
    }

    private static int r(int row, int cell) {
        return row * cell;
    }

    /**
     * Diagonal: the empty cell's colour to the theme's "good" with the share; off the diagonal: towards "bad", strong
     * already at small shares.
     */
    static Color cellColour(boolean diagonal, double share) {
        Color empty = Palette.ui("MlpSandbox.cell.empty", "Panel.background");
        if (diagonal) {
            return Palette.blend(empty, Palette.ui("MlpSandbox.good", "Label.foreground"), share);
        }
        return share == 0 ? empty : Palette.blend(Palette.ui("MlpSandbox.badLight", "Panel.background"),
                Palette.ui("MlpSandbox.bad", "Label.foreground"), Math.min(1, share * 6));
    }

    private static double luminance(Color c) {
        return (0.299 * c.getRed() + 0.587 * c.getGreen() + 0.114 * c.getBlue()) / 255;
    }
}
