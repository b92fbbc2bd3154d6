package org.mlpsandbox.app.view;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.LayoutManager;
import java.awt.Rectangle;
import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JViewport;
import javax.swing.Scrollable;

/**
 * Holds a tab's panel that fills the tab while the tab is large enough for the panel's minimum size along one axis,
 * and scrolls along that axis alone below it: {@link #vertical} for a short screen (nothing cut off at the bottom),
 * {@link #sideways} for a narrow column (a zoomed window on a projector narrows the right column below a row of
 * controls).
 */
final class OneWayScroller extends JPanel implements Scrollable {

    private final JComponent content;
    private final boolean vertical;

    private OneWayScroller(JComponent content, boolean vertical) {
        super(new BorderLayout());
        this.content = content;
        this.vertical = vertical;
        setOpaque(false);
        add(content, BorderLayout.CENTER);
    }

    /** {@code content} in a scroll pane that scrolls up and down when shorter than its minimum height. */
    static JScrollPane vertical(JComponent content) {
        JScrollPane scroll = new JScrollPane(new OneWayScroller(content, true), JScrollPane.VERTICAL_SCROLLBAR_AS_NEEDED,
                JScrollPane.HORIZONTAL_SCROLLBAR_NEVER);
        scroll.getVerticalScrollBar().setUnitIncrement(16);
        scroll.setMinimumSize(new Dimension(100, 60));
        scroll.setBorder(BorderFactory.createEmptyBorder());
        return scroll;
    }

    /** {@code content} in a scroll pane that scrolls sideways when narrower than its minimum width. */
    static JScrollPane sideways(JComponent content) {
        JScrollPane scroll = new JScrollPane(new OneWayScroller(content, false), JScrollPane.VERTICAL_SCROLLBAR_NEVER,
                JScrollPane.HORIZONTAL_SCROLLBAR_AS_NEEDED);
        scroll.getHorizontalScrollBar().setUnitIncrement(16);
        scroll.setMinimumSize(new Dimension(60, 60));
        scroll.setBorder(BorderFactory.createEmptyBorder());
        scroll.setName(content.getName() == null ? null : content.getName() + ".scroll");
        return scroll;
    }

    @Override
    public Dimension getPreferredSize() {
        Dimension d = content.getPreferredSize();
        return vertical ? new Dimension(d.width, Math.max(d.height, neededHeight())) : d;
    }

    /** The height the content's layout needs at least (a panel may claim a smaller minimum size for itself). */
    private int neededHeight() {
        LayoutManager layout = content.getLayout();
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
        return Math.max(16, (vertical ? visible.height : visible.width) - 32);
    }

    /** Sideways: fills the width while there is room for the content's minimum; scrolls below it. */
    @Override
    public boolean getScrollableTracksViewportWidth() {
        return vertical || !(getParent() instanceof JViewport v) || v.getWidth() >= content.getMinimumSize().width;
    }

    /** Vertical: fills the height while there is room for the content's minimum; scrolls below it. */
    @Override
    public boolean getScrollableTracksViewportHeight() {
        return !vertical || !(getParent() instanceof JViewport v) || v.getHeight() >= neededHeight();
    }
}
