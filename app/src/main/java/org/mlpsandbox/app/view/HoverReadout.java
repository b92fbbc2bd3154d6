package org.mlpsandbox.app.view;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.util.List;
import javax.swing.UIManager;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.panel.AbstractOverlay;
import org.jfree.chart.panel.Overlay;

/**
 * The values under the mouse, drawn in a small box inside the chart beside the crosshair (as a tool tip would),
 * instead of in a row of their own under it: a short chart on a projector keeps that row's height for its plot. Lines
 * are drawn as given; colours and font come from the theme's tool tips.
 */
final class HoverReadout extends AbstractOverlay implements Overlay {

    private List<String> lines = List.of();
    private int screenX;

    /** Shows {@code lines} beside the crosshair at {@code screenX} (the chart panel's coordinates). */
    void show(List<String> lines, int screenX) {
        this.lines = List.copyOf(lines);
        this.screenX = screenX;
        fireOverlayChanged();
    }

    void hide() {
        if (!lines.isEmpty()) {
            lines = List.of();
            fireOverlayChanged();
        }
    }

    /** The lines shown now (empty when the mouse is not over the chart). */
    List<String> lines() {
        return lines;
    }

    @Override
    public void paintOverlay(Graphics2D g2, ChartPanel panel) {
        Rectangle2D area = panel.getScreenDataArea();
        if (lines.isEmpty() || area == null) {
            return;
        }
        Font font = UIManager.getFont("ToolTip.font");
        Graphics2D g = (Graphics2D) g2.create();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setFont(font == null ? panel.getFont() : font);
            FontMetrics fm = g.getFontMetrics();
            int pad = Math.max(3, fm.getHeight() / 4);
            int width = 0;
            for (String line : lines) {
                width = Math.max(width, fm.stringWidth(line));
            }
            Rectangle box = new Rectangle(0, 0, width + 2 * pad, lines.size() * fm.getHeight() + 2 * pad);
            // beside the crosshair, on the side with more room, at the top of the plot, kept inside the chart
            int gap = pad * 2;
            boolean rightSide = screenX - area.getX() < area.getMaxX() - screenX;
            box.x = rightSide ? screenX + gap : screenX - gap - box.width;
            box.x = Math.max(0, Math.min(box.x, panel.getWidth() - box.width));
            box.y = (int) area.getY() + pad;
            Color bg = UIManager.getColor("ToolTip.background");
            Color fg = UIManager.getColor("ToolTip.foreground");
            Color border = UIManager.getColor("Component.borderColor");
            g.setColor(bg == null ? panel.getBackground() : bg);
            g.fill(box);
            g.setColor(border == null ? panel.getForeground() : border);
            g.drawRect(box.x, box.y, box.width - 1, box.height - 1);
            g.setColor(fg == null ? panel.getForeground() : fg);
            int y = box.y + pad + fm.getAscent();
            for (String line : lines) {
                g.drawString(line, box.x + pad, y);
                y += fm.getHeight();
            }
        } finally {
            g.dispose();
        }
    }
}
