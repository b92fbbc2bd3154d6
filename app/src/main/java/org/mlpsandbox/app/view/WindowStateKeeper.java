package org.mlpsandbox.app.view;

import java.awt.Dimension;
import java.awt.Frame;
import java.awt.GraphicsConfiguration;
import java.awt.GraphicsDevice;
import java.awt.GraphicsEnvironment;
import java.awt.Insets;
import java.awt.Rectangle;
import java.awt.Toolkit;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JFrame;
import javax.swing.JSplitPane;
import org.mlpsandbox.app.settings.WindowState;

/**
 * Gives the main window the bounds, maximized state and splitter position it had when it was last closed, on a
 * screen that is there now ({@link WindowState#placeOn}), and saves them again when it closes. Event thread only.
 */
final class WindowStateKeeper {

    /** The right column's split (output view over the tabs). */
    static final String RIGHT_SPLIT = "right";

    private final JFrame frame;
    private final JSplitPane right;
    private final WindowState state;
    private Rectangle normalBounds;

    WindowStateKeeper(JFrame frame, JSplitPane right, WindowState state) {
        this.frame = frame;
        this.right = right;
        this.state = state;
        frame.addComponentListener(new ComponentAdapter() {
            @Override
            public void componentResized(ComponentEvent e) {
                rememberNormal();
            }

            @Override
            public void componentMoved(ComponentEvent e) {
                rememberNormal();
            }
        });
    }

    /** Restores the saved bounds, or {@code fallback} centred when none were saved or they fit no screen now. */
    void restore(Dimension fallback) {
        Rectangle placed = state.bounds().flatMap(b -> WindowState.placeOn(b, screens(), frame.getMinimumSize()))
                .orElse(null);
        if (placed == null) {
            frame.setSize(GraphicsEnvironment.isHeadless() ? fallback : WindowState.firstSize(fallback,
                    GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds(),
                    frame.getMinimumSize()));
            frame.setLocationRelativeTo(null);
        } else {
            frame.setBounds(placed);
        }
        normalBounds = frame.getBounds();
        if (placed != null && state.maximized()) {
            frame.setExtendedState(frame.getExtendedState() | Frame.MAXIMIZED_BOTH);
        }
        state.split(RIGHT_SPLIT).ifPresent(f -> right.addComponentListener(new ComponentAdapter() {
            @Override
            public void componentResized(ComponentEvent e) {
                if (right.getHeight() > 0) {
                    right.removeComponentListener(this);
                    right.setDividerLocation(f); // a fraction only works once the split has its size
                }
            }
        }));
    }

    /** Saves the bounds (the normal ones when maximized) and the split. */
    void save() {
        boolean maximized = (frame.getExtendedState() & Frame.MAXIMIZED_BOTH) == Frame.MAXIMIZED_BOTH;
        state.save(normalBounds != null ? normalBounds : frame.getBounds(), maximized);
        int room = right.getHeight() - right.getDividerSize();
        if (room > 0) {
            state.saveSplit(RIGHT_SPLIT, (double) right.getDividerLocation() / room);
        }
    }

    private void rememberNormal() {
        if (frame.isShowing() && frame.getExtendedState() == Frame.NORMAL) {
            normalBounds = frame.getBounds();
        }
    }

    /** The usable area of every screen (without task bars). */
    static List<Rectangle> screens() {
        List<Rectangle> all = new ArrayList<>();
        if (GraphicsEnvironment.isHeadless()) {
            return all;
        }
        for (GraphicsDevice d : GraphicsEnvironment.getLocalGraphicsEnvironment().getScreenDevices()) {
            GraphicsConfiguration c = d.getDefaultConfiguration();
            Rectangle b = c.getBounds();
            Insets in = Toolkit.getDefaultToolkit().getScreenInsets(c);
            all.add(new Rectangle(b.x + in.left, b.y + in.top, b.width - in.left - in.right,
                    b.height - in.top - in.bottom));
        }
        return all;
    }
}
