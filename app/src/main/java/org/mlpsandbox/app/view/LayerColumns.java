package org.mlpsandbox.app.view;

import java.awt.Dimension;
import java.awt.Rectangle;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JViewport;
import javax.swing.Scrollable;
import net.miginfocom.swing.MigLayout;

/**
 * The network editor's columns (the per-layer header over the diagram) in a horizontal scroll pane: they fill the
 * width while every column gets its preferred width, and scroll sideways beyond that, so that a deep network in a
 * narrow window keeps whole activation names and captions instead of "Soft…" and "3 par…".
 */
final class LayerColumns extends JPanel implements Scrollable {

    private final JPanel header;

    LayerColumns(JPanel header, NetworkDiagram diagram) {
        super(new MigLayout("fill, insets 0, gap 4, wrap 1", "[grow,fill]", "[][grow,fill]"));
        this.header = header;
        setOpaque(false);
        add(header);
        add(diagram, "grow");
    }

    /** This panel in a scroll pane that scrolls sideways, and up and down only when shorter than its minimum. */
    JScrollPane inScrollPane() {
        JScrollPane scroll = new JScrollPane(this, JScrollPane.VERTICAL_SCROLLBAR_AS_NEEDED,
                JScrollPane.HORIZONTAL_SCROLLBAR_AS_NEEDED);
        scroll.setName("networkColumns");
        scroll.setBorder(javax.swing.BorderFactory.createEmptyBorder());
        scroll.setOpaque(false);
        scroll.getViewport().setOpaque(false);
        scroll.getHorizontalScrollBar().setUnitIncrement(24);
        return scroll;
    }

    @Override
    public Dimension getPreferredScrollableViewportSize() {
        return getPreferredSize();
    }

    @Override
    public int getScrollableUnitIncrement(Rectangle visible, int orientation, int direction) {
        return 24;
    }

    @Override
    public int getScrollableBlockIncrement(Rectangle visible, int orientation, int direction) {
        return Math.max(24, visible.width - 48);
    }

    /** Fills the width while the header's columns fit; scrolls beyond. */
    @Override
    public boolean getScrollableTracksViewportWidth() {
        return !(getParent() instanceof JViewport v) || v.getWidth() >= header.getPreferredSize().width;
    }

    @Override
    public boolean getScrollableTracksViewportHeight() {
        return !(getParent() instanceof JViewport v) || v.getHeight() >= getMinimumSize().height;
    }

    /**
     * Wide enough for the header's columns, as high as the diagram likes; in a viewport smaller than that (a short or
     * narrow centre), just the header's width and the smallest height, so that what scrolls is the least: the diagram
     * stays under its layer controls at its smallest instead of at its preferred size scrolled out of view.
     */
    @Override
    public Dimension getPreferredSize() {
        Dimension d = super.getPreferredSize();
        int columns = header.getPreferredSize().width;
        int w = Math.max(d.width, columns);
        int h = d.height;
        if (getParent() instanceof JViewport v) {
            if (v.getWidth() > 0 && v.getWidth() < w) {
                w = Math.max(columns, getMinimumSize().width);
            }
            if (v.getHeight() > 0 && v.getHeight() < h) {
                h = Math.max(getMinimumSize().height, v.getHeight());
            }
        }
        return new Dimension(w, h);
    }
}
