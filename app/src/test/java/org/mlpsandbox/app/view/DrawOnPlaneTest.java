package org.mlpsandbox.app.view;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Point;
import java.awt.event.InputEvent;
import java.awt.event.MouseEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlpsandbox.app.model.Plane;
import org.mlpsandbox.app.model.SandboxModel;
import org.mlpsandbox.app.model.TestPlugins;
import org.mlpsandbox.engine.data.CsvImport;
import org.mlpsandbox.engine.data.Dataset;

/** Drawing with the mouse: the Draw toggle, the class buttons, clicks on the plane, the eraser, Clear and Undo. */
class DrawOnPlaneTest {

    private final SandboxModel model = new SandboxModel(TestPlugins.registry());
    private JFrame frame;
    private DataPanel panel;
    private OutputView view;

    @AfterEach
    void close() throws Exception {
        Gui.run(() -> {
            if (frame != null) {
                frame.dispose();
            }
        });
        model.close();
    }

    private void show() throws Exception {
        Gui.run(() -> {
            panel = new DataPanel(model, b -> { });
            view = new OutputView(model);
            frame = new JFrame("draw");
            JPanel content = new JPanel(new java.awt.BorderLayout());
            content.add(panel, java.awt.BorderLayout.WEST);
            content.add(view, java.awt.BorderLayout.CENTER);
            frame.setContentPane(content);
            frame.setSize(900, 600);
            frame.setVisible(true);
        });
        Gui.await("the plane laid out", 5000, () -> view.getWidth() > 200);
    }

    /** A press and release of {@code button} at a pixel, as a user's click delivers them. */
    private void click(Point p, int button) throws Exception {
        int mask = button == MouseEvent.BUTTON1 ? InputEvent.BUTTON1_DOWN_MASK : InputEvent.BUTTON3_DOWN_MASK;
        Gui.run(() -> {
            long now = System.currentTimeMillis();
            view.dispatchEvent(new MouseEvent(view, MouseEvent.MOUSE_PRESSED, now, mask, p.x, p.y, 1,
                    button == MouseEvent.BUTTON3, button));
            view.dispatchEvent(new MouseEvent(view, MouseEvent.MOUSE_RELEASED, now, 0, p.x, p.y, 1, false, button));
            view.dispatchEvent(new MouseEvent(view, MouseEvent.MOUSE_CLICKED, now, 0, p.x, p.y, 1, false, button));
        });
    }

    @Test
    void clicksOnThePlaneAddPointsOfTheChosenClassWhereTheyLand() throws Exception {
        show();
        Gui.click(panel, "draw");
        assertTrue(model.data().isDrawn());
        Gui.click(panel, "drawClass.1");
        Point at = Gui.edt(() -> view.pixelOf(2, -3));
        click(at, MouseEvent.BUTTON1);
        Gui.click(panel, "drawClass.0");
        click(Gui.edt(() -> view.pixelOf(-4, 1)), MouseEvent.BUTTON1);

        Dataset raw = model.data().rawData();
        assertEquals(2, raw.size());
        double[] perPixel = Gui.edt(() -> view.unitsPerPixel());
        assertEquals(2, raw.x()[0], perPixel[0]);
        assertEquals(-3, raw.x()[1], perPixel[1]);
        assertEquals(1, raw.label(0), "the second class, chosen before the click");
        assertEquals(-4, raw.x()[2], perPixel[0]);
        assertEquals(1, raw.x()[3], perPixel[1]);
        assertEquals(0, raw.label(1));
        assertTrue(model.run().hasRun(), model.run().problem());
        String status = Gui.edt(() -> Gui.find(panel, "drawStatus", JLabel.class).getText());
        assertTrue(status.contains("2 points") && status.contains("all train"), status);

        click(Gui.edt(() -> view.pixelOf(2, -3)), MouseEvent.BUTTON3); // where the point is drawn now
        assertEquals(1, model.data().rawData().size(), "a right-click erases the point under it");
        assertEquals(-4, model.data().rawData().x()[0], perPixel[0]);
        Gui.click(panel, "drawClear");
        assertEquals(0, model.data().rawData().size());
        assertFalse(model.run().hasRun());
        Gui.click(panel, "drawUndo");
        assertEquals(1, model.data().rawData().size(), "Undo brings the cleared point back");
    }

    @Test
    void clicksLandInDataCoordinatesOnAPlaneFittedToACsv(@TempDir Path dir) throws Exception {
        StringBuilder csv = new StringBuilder("a,b,y\n");
        for (int i = 0; i <= 20; i++) {
            csv.append(i * 50).append(',').append(i * 0.1).append(',').append(i % 2).append('\n');
        }
        Path file = dir.resolve("wide.csv");
        Files.writeString(file, csv);
        model.data().useCsv(CsvImport.read(file), file);
        show();
        Plane plane = model.data().plane();
        assertEquals(-50, plane.x0(), 1e-9);
        assertEquals(1050, plane.x1(), 1e-9);
        Gui.click(panel, "draw");
        assertEquals(plane, model.data().plane());
        click(Gui.edt(() -> view.pixelOf(700, 1.5)), MouseEvent.BUTTON1);
        double[] perPixel = Gui.edt(() -> view.unitsPerPixel());
        assertTrue(perPixel[0] > 100 * perPixel[1], "x₁ and x₂ have their own scales");
        assertArrayEquals(new double[] {700, 1.5}, model.data().rawData().x(), perPixel[0]);
        assertEquals(1.5, model.data().rawData().x()[1], perPixel[1]);
    }
}
