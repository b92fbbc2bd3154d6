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
 * Holds a panel that fills its tab while the tab is tall enough for the panel's minimum height, and scrolls up and
 * down (never sideways) below that, so nothing is cut off on a short screen.
 */
final class VerticalScroller extends JPanel implements Scrollable {

    private final JComponent content;

    private VerticalScroller(JComponent content) {
        super(new BorderLayout());
        this.content = content;
        setOpaque(false);
        add(content, BorderLayout.CENTER);
    }

    /** {@code content} in a scroll pane that scrolls vertically when shorter than its minimum height. */
    static JScrollPane around(JComponent content) {
        JScrollPane scroll = new JScrollPane(new VerticalScroller(content), JScrollPane.VERTICAL_SCROLLBAR_AS_NEEDED,
                JScrollPane.HORIZONTAL_SCROLLBAR_NEVER);
        scroll.setBorder(BorderFactory.createEmptyBorder());
        scroll.getVerticalScrollBar().setUnitIncrement(16);
        scroll.setMinimumSize(new Dimension(100, 60));
        return scroll;
    }

    @Override
    public Dimension getPreferredSize() {
        Dimension d = content.getPreferredSize();
        return new Dimension(d.width, Math.max(d.height, needed()));
    }

    /** The height the content's layout needs at least (a panel may claim a smaller minimum size for itself). */
    private int needed() {
        java.awt.LayoutManager layout = content.getLayout();
        int h = content.getMinimumSize().height;
        return layout == null ? h : Math.max(h, layout.minimumLayoutSize(content).height);
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
        return true;
    }

    /** Fills the height while there is room for the content's minimum; scrolls below it. */
    @Override
    public boolean getScrollableTracksViewportHeight() {
        return !(getParent() instanceof JViewport v) || v.getHeight() >= needed();
    }
}
