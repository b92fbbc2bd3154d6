package org.mlpsandbox.app.view;

import java.awt.Component;
import java.util.Set;
import javax.swing.JSplitPane;
import javax.swing.JTabbedPane;

/**
 * Gives some tabs more room: while one of them is selected, the split above the tabs moves up (the output view keeps
 * {@link #OUTPUT_SHARE} of the height); leaving them puts the divider back where the user had it.
 */
final class RoomyTabs {

    /** Share of the height the output view keeps while a roomy tab shows. */
    static final double OUTPUT_SHARE = 0.4;

    private final JTabbedPane tabs;
    private final JSplitPane split;
    private final Set<Component> roomy;
    private int saved = -1;

    private RoomyTabs(JTabbedPane tabs, JSplitPane split, Set<Component> roomy) {
        this.tabs = tabs;
        this.split = split;
        this.roomy = roomy;
    }

    /** Moves {@code split}'s divider up while one of {@code roomy} is the selected tab of {@code tabs}. */
    static void install(JTabbedPane tabs, JSplitPane split, Set<Component> roomy) {
        RoomyTabs r = new RoomyTabs(tabs, split, roomy);
        tabs.addChangeListener(e -> r.selectionChanged());
    }

    private void selectionChanged() {
        boolean big = roomy.contains(tabs.getSelectedComponent());
        int height = split.getHeight();
        if (height <= 0) {
            return;
        }
        int target = (int) (height * OUTPUT_SHARE);
        if (big && saved < 0) {
            saved = split.getDividerLocation();
            if (saved > target) {
                split.setDividerLocation(target);
            }
        } else if (!big && saved >= 0) {
            split.setDividerLocation(saved);
            saved = -1;
        }
    }
}
