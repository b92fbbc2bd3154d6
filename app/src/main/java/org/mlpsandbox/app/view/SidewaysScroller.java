package org.mlpsandbox.app.view;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.Rectangle;
import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JViewport;
import javax.swing.Scrollable;

/**
 * Holds a tab's panel that fills the tab while the tab is as wide as the panel's minimum width, and scrolls sideways
 * (never up and down) below that: a zoomed window on a projector narrows the right column below a row of controls.
 */
final class SidewaysScroller extends JPanel implements Scrollable {

    private final JComponent content;

    private SidewaysScroller(JComponent content) {
        super(new BorderLayout());
        this.content = content;
        setOpaque(false);
        add(content, BorderLayout.CENTER);
    }

    /** {@code content} in a scroll pane that scrolls sideways when narrower than its minimum width. */
    static JScrollPane around(JComponent content) {
        JScrollPane scroll = new JScrollPane(new SidewaysScroller(content), JScrollPane.VERTICAL_SCROLLBAR_NEVER,
                JScrollPane.HORIZONTAL_SCROLLBAR_AS_NEEDED);
        scroll.setBorder(BorderFactory.createEmptyBorder());
        scroll.getHorizontalScrollBar().setUnitIncrement(16);
        scroll.setMinimumSize(new Dimension(60, 60));
        scroll.setName(content.getName() == null ? null : content.getName() + ".scroll");
        return scroll;
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
        return Math.max(16, visible.width - 32);
    }

    /** Fills the width while there is room for the content's minimum; scrolls below it. */
    @Override
    public boolean getScrollableTracksViewportWidth() {
        return !(getParent() instanceof JViewport v) || v.getWidth() >= content.getMinimumSize().width;
    }

    @Override
    public boolean getScrollableTracksViewportHeight() {
        return true;
    }
}
