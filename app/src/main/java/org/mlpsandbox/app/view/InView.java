package org.mlpsandbox.app.view;

import java.awt.Component;
import javax.swing.JRootPane;

/** Whether a component is in view: visible all the way up to its root pane. */
public final class InView {

    private InView() {
    }

    /**
     * True when {@code c} and every parent up to a {@link JRootPane} are visible: showing in a window, or in a
     * window's content painted offscreen (the headless render, where nothing is ever "showing").
     */
    public static boolean underRootPane(Component c) {
        for (Component p = c; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
            if (p instanceof JRootPane) {
                return true;
            }
        }
        return false;
    }
}
