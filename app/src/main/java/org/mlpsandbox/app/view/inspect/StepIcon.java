package org.mlpsandbox.app.view.inspect;

import java.awt.Component;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import javax.swing.Icon;

/** Painted ⏮ ◀ ▶ icons, so the buttons look right whatever fonts the machine has. */
enum StepIcon implements Icon {
    START, BACK, NEXT;

    private static final int SIZE = 12;

    @Override
    public void paintIcon(Component c, Graphics g0, int x, int y) {
        Graphics2D g = (Graphics2D) g0.create();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(c.isEnabled() ? c.getForeground() : InspectColors.muted());
        Path2D t = new Path2D.Double();
        double top = y + 1;
        double bottom = y + SIZE - 1;
        double mid = y + SIZE / 2.0;
        switch (this) {
            case START -> {
                g.fill(new Rectangle2D.Double(x + 1, top, 2, bottom - top));
                t.moveTo(x + SIZE - 1, top);
                t.lineTo(x + 4, mid);
                t.lineTo(x + SIZE - 1, bottom);
            }
            case BACK -> {
                t.moveTo(x + SIZE - 2, top);
                t.lineTo(x + 2, mid);
                t.lineTo(x + SIZE - 2, bottom);
            }
            case NEXT -> {
                t.moveTo(x + 2, top);
                t.lineTo(x + SIZE - 2, mid);
                t.lineTo(x + 2, bottom);
            }
        }
        t.closePath();
        g.fill(t);
        g.dispose();
    }

    @Override
    public int getIconWidth() {
        return SIZE;
    }

    @Override
    public int getIconHeight() {
        return SIZE;
    }
}
