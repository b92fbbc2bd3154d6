package org.mlpsandbox.app.view;

import com.formdev.flatlaf.util.UIScale;
import java.awt.Dimension;
import javax.swing.JComponent;
import javax.swing.JSplitPane;

/**
 * The right column: the output view over the tabs, split by the weight given, with a floor under each part that the
 * split keeps to however it got where it is (the first layout, a resized or zoomed window, a restored or dragged
 * divider): a short column (1024×768 in presentation mode) gives the tabs the height of a readable loss chart before
 * the output view takes more, and never squeezes the output view under its own floor. The floors are in logical
 * pixels, so they grow with the {@link Zoom} as the text they make room for does.
 */
final class OutputSplit extends JSplitPane {

    private final int topFloor;
    private final int bottomFloor;

    /**
     * @param topFloor    the output view's smallest height, logical pixels
     * @param bottomFloor the tabs' smallest height, logical pixels; the output view's floor wins when both do not fit
     */
    OutputSplit(JComponent top, JComponent bottom, double weight, int topFloor, int bottomFloor) {
        super(VERTICAL_SPLIT, top, bottom);
        this.topFloor = topFloor;
        this.bottomFloor = bottomFloor;
        setResizeWeight(weight);
        setContinuousLayout(true);
        applyFloors();
    }

    /** The tabs' smallest height on screen now (the floor at the zoom in use). */
    int bottomFloorNow() {
        return UIScale.scale(bottomFloor);
    }

    /** The output view's smallest height on screen now. */
    int topFloorNow() {
        return UIScale.scale(topFloor);
    }

    @Override
    public void doLayout() {
        super.doLayout();
        int room = getHeight() - getDividerSize();
        // where the layout put the divider (the property stays -1 until the split is first painted in a window)
        int location = getUI() == null ? -1 : getUI().getDividerLocation(this);
        if (room <= 0 || location < 0) {
            return;
        }
        int kept = Math.max(Math.min(location, room - bottomFloorNow()), Math.min(topFloorNow(), room));
        if (kept != location) {
            setDividerLocation(kept);
            super.doLayout();
        }
    }

    /** The floors at the zoom in use, as the parts' smallest sizes: a dragged divider stops at them too. */
    @Override
    public void updateUI() {
        super.updateUI();
        applyFloors();
    }

    private void applyFloors() {
        if (getTopComponent() != null && getBottomComponent() != null) { // null while JSplitPane's constructor runs
            getTopComponent().setMinimumSize(new Dimension(UIScale.scale(120), topFloorNow()));
            getBottomComponent().setMinimumSize(new Dimension(UIScale.scale(120), bottomFloorNow()));
        }
    }

    /** Low: the floors are kept inside the column; they do not make the window's rows taller than the screen. */
    @Override
    public Dimension getMinimumSize() {
        return new Dimension(super.getMinimumSize().width, UIScale.scale(120));
    }
}
