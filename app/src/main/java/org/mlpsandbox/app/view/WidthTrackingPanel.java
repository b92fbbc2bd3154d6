package org.mlpsandbox.app.view;

import java.awt.Dimension;
import java.awt.LayoutManager;
import java.awt.Rectangle;
import javax.swing.JPanel;
import javax.swing.JViewport;
import javax.swing.Scrollable;

/**
 * A panel for a scroll pane that is as wide as its viewport, so its content wraps instead of scrolling sideways, and
 * scrolls vertically. Only a viewport narrower than the content's smallest width (a zoomed window on a projector)
 * lets it scroll sideways too, rather than cutting the content off. The start page uses it; the left column
 * ({@link LeftColumn}) never scrolls sideways.
 */
public class WidthTrackingPanel extends JPanel implements Scrollable {

    public WidthTrackingPanel(LayoutManager layout) {
        super(layout);
    }

    @Override
    public Dimension getPreferredScrollableViewportSize() {
        return getPreferredSize();
    }

    @Override
    public int getScrollableUnitIncrement(Rectangle visible, int orientation, int direction) {
        return 16;
    }

    @Override
    public int getScrollableBlockIncrement(Rectangle visible, int orientation, int direction) {
        return Math.max(16, visible.height - 32);
    }

    @Override
    public boolean getScrollableTracksViewportWidth() {
        return !(getParent() instanceof JViewport v) || getLayout() == null
                || v.getWidth() >= getLayout().minimumLayoutSize(this).width;
    }

    @Override
    public boolean getScrollableTracksViewportHeight() {
        return false;
    }
}
