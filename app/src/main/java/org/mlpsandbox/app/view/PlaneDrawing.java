package org.mlpsandbox.app.view;

import java.awt.Cursor;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import javax.swing.SwingUtilities;
import org.mlpsandbox.app.model.DrawnData;
import org.mlpsandbox.app.model.SandboxModel;

/**
 * Drawing on the output plane while the data are drawn points: a left click adds a point of the brush's class (or
 * value) where it lands, a left drag keeps adding points {@value #SPACING} pixels apart; a right click or drag (or
 * shift + left, for one-button mice) erases the points within {@value #ERASER} pixels. One press-to-release is one
 * stroke, taken back by one Undo. Positions are turned into data coordinates through the plane shown.
 */
final class PlaneDrawing extends MouseAdapter {

    /** Pixels between the points of one left drag. */
    static final int SPACING = 14;
    /** Radius of the eraser, in pixels. */
    static final int ERASER = 12;

    private final OutputView view;
    private final SandboxModel model;
    private boolean erasing;
    private boolean stroke;
    private int lastX;
    private int lastY;

    PlaneDrawing(OutputView view, SandboxModel model) {
        this.view = view;
        this.model = model;
    }

    @Override
    public void mousePressed(MouseEvent e) {
        if (!model.data().isDrawn()) {
            return;
        }
        erasing = SwingUtilities.isRightMouseButton(e) || e.isShiftDown();
        if (!erasing && !SwingUtilities.isLeftMouseButton(e)) {
            return;
        }
        drawn().beginStroke();
        stroke = true;
        apply(e.getX(), e.getY());
    }

    @Override
    public void mouseDragged(MouseEvent e) {
        if (!stroke) {
            return;
        }
        int dx = e.getX() - lastX;
        int dy = e.getY() - lastY;
        if (erasing || dx * dx + dy * dy >= SPACING * SPACING) {
            apply(e.getX(), e.getY());
        }
    }

    @Override
    public void mouseReleased(MouseEvent e) {
        if (stroke) {
            stroke = false;
            drawn().endStroke();
        }
    }

    @Override
    public void mouseMoved(MouseEvent e) {
        boolean drawing = model.data().isDrawn();
        Cursor want = Cursor.getPredefinedCursor(drawing ? Cursor.CROSSHAIR_CURSOR : Cursor.DEFAULT_CURSOR);
        if (view.getCursor() != want) {
            view.setCursor(want);
        }
    }

    /** Adds or erases at a pixel of the plot. */
    private void apply(int x, int y) {
        double[] at = view.dataAt(x, y);
        if (at == null) {
            return;
        }
        if (erasing) {
            double[] unit = view.unitsPerPixel();
            drawn().erase(at[0], at[1], ERASER * unit[0], ERASER * unit[1]);
        } else {
            drawn().add(at[0], at[1]);
        }
        lastX = x;
        lastY = y;
    }

    private DrawnData drawn() {
        return model.data().drawn();
    }
}
