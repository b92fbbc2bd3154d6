package org.mlpsandbox.app.view;

import com.formdev.flatlaf.util.UIScale;
import java.awt.BasicStroke;
import java.awt.Component;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import javax.swing.Icon;
import javax.swing.UIManager;

/**
 * The mark of a plugin from an outside jar (in plugin menus and the Plugins view): a small box with an arrow leaving
 * it, painted in the look and feel's accent colour, so it needs no font glyph (the "⧉" it replaces shows as a
 * missing-glyph box with many Linux fonts). Scales with FlatLaf's UI scale.
 */
final class OutsidePluginIcon implements Icon {

    static final OutsidePluginIcon INSTANCE = new OutsidePluginIcon();
    private static final int SIZE = 12;

    private OutsidePluginIcon() {
    }

    @Override
    public void paintIcon(Component c, Graphics g, int x, int y) {
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.translate(x, y);
            float s = UIScale.scale(1f);
            g2.scale(s, s);
            g2.setColor(accent(c));
            g2.setStroke(new BasicStroke(1.4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            // the box, open at the top right where the arrow leaves it
            g2.drawPolyline(new int[] {6, 1, 1, 10, 10}, new int[] {2, 2, 11, 11, 7}, 5);
            // the arrow, pointing up and out
            g2.drawLine(5, 8, 11, 2);
            g2.drawPolyline(new int[] {7, 11, 11}, new int[] {1, 1, 5}, 3);
        } finally {
            g2.dispose();
        }
    }

    private static java.awt.Color accent(Component c) {
        java.awt.Color accent = UIManager.getColor("Component.accentColor");
        if (accent == null) {
            accent = UIManager.getColor("Component.linkColor");
        }
        return accent != null ? accent : c.getForeground();
    }

    @Override
    public int getIconWidth() {
        return UIScale.scale(SIZE);
    }

    @Override
    public int getIconHeight() {
        return UIScale.scale(SIZE);
    }
}
