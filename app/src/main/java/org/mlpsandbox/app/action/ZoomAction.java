package org.mlpsandbox.app.action;

import java.awt.event.ActionEvent;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.util.List;
import javax.swing.AbstractAction;
import javax.swing.KeyStroke;
import org.mlpsandbox.app.view.Zoom;

/**
 * View → Presentation, Zoom in, Zoom out and Actual size: the whole window larger or smaller through FlatLaf's UI
 * scale ({@link Zoom}). Presentation is a toggle, selected whenever the window is zoomed in.
 */
public final class ZoomAction extends AbstractAction {

    /** Other keys that zoom in and out: Ctrl with the = key (where + is on most keyboards) and the keypad's. */
    public static final List<KeyStroke> MORE_ZOOM_IN = List.of(
            KeyStroke.getKeyStroke(KeyEvent.VK_EQUALS, InputEvent.CTRL_DOWN_MASK),
            KeyStroke.getKeyStroke(KeyEvent.VK_EQUALS, InputEvent.CTRL_DOWN_MASK | InputEvent.SHIFT_DOWN_MASK),
            KeyStroke.getKeyStroke(KeyEvent.VK_ADD, InputEvent.CTRL_DOWN_MASK));
    public static final List<KeyStroke> MORE_ZOOM_OUT = List.of(
            KeyStroke.getKeyStroke(KeyEvent.VK_SUBTRACT, InputEvent.CTRL_DOWN_MASK));

    /** What the action does. */
    public enum Kind { PRESENTATION, IN, OUT, ACTUAL }

    private final Kind kind;
    private Runnable changed = () -> {
    };

    private ZoomAction(Kind kind, String name, String tip, KeyStroke key) {
        super(name);
        this.kind = kind;
        putValue(SHORT_DESCRIPTION, tip);
        putValue(ACCELERATOR_KEY, key);
        refresh();
    }

    /** The four actions, in menu order, keeping one another's states in step. */
    public static List<ZoomAction> all() {
        List<ZoomAction> all = List.of(
                new ZoomAction(Kind.PRESENTATION, "Presentation",
                        "Everything " + percent(Zoom.PRESENTATION) + " for a projector (F5)",
                        KeyStroke.getKeyStroke(KeyEvent.VK_F5, 0)),
                new ZoomAction(Kind.IN, "Zoom in", "Everything larger (Ctrl+Plus)",
                        KeyStroke.getKeyStroke(KeyEvent.VK_PLUS, InputEvent.CTRL_DOWN_MASK)),
                new ZoomAction(Kind.OUT, "Zoom out", "Everything smaller (Ctrl+Minus)",
                        KeyStroke.getKeyStroke(KeyEvent.VK_MINUS, InputEvent.CTRL_DOWN_MASK)),
                new ZoomAction(Kind.ACTUAL, "Actual size", "Back to 100 % (Ctrl+0)",
                        KeyStroke.getKeyStroke(KeyEvent.VK_0, InputEvent.CTRL_DOWN_MASK)));
        for (ZoomAction a : all) {
            a.changed = () -> all.forEach(ZoomAction::refresh);
        }
        return all;
    }

    public Kind kind() {
        return kind;
    }

    /** The zoom this action goes to from {@code now}. */
    static float target(Kind kind, float now) {
        return switch (kind) {
            case PRESENTATION -> now > Zoom.MIN ? Zoom.MIN : Zoom.PRESENTATION;
            case IN -> now + Zoom.STEP;
            case OUT -> now - Zoom.STEP;
            case ACTUAL -> Zoom.MIN;
        };
    }

    @Override
    public void actionPerformed(ActionEvent e) {
        Zoom.set(target(kind, Zoom.current()));
        changed.run();
    }

    private void refresh() {
        float now = Zoom.current();
        switch (kind) {
            case PRESENTATION -> putValue(SELECTED_KEY, now > Zoom.MIN);
            case IN -> setEnabled(now < Zoom.MAX);
            case OUT, ACTUAL -> setEnabled(now > Zoom.MIN);
            default -> {
            }
        }
    }

    private static String percent(float zoom) {
        return Math.round(zoom * 100) + " %";
    }
}
