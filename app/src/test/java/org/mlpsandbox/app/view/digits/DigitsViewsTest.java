package org.mlpsandbox.app.view.digits;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import javax.swing.JComponent;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Test;
import org.mlpsandbox.engine.data.Dataset;
import org.mlpsandbox.engine.net.LayerSpec;
import org.mlpsandbox.engine.net.Network;
import org.mlpsandbox.engine.net.NetworkSpec;
import org.mlpsandbox.engine.plugin.PluginChoice;
import org.mlpsandbox.engine.plugin.PluginRegistry;

/** Digits views: evaluation and sketch conversion by hand, and the panels paint (under a display, e.g. Xvfb). */
class DigitsViewsTest {

    /** A 784-4-10 softmax network whose weights make it answer "the class of the brightest of the first 10 pixels". */
    static Network pixelReader() {
        Network n = Network.build(new NetworkSpec(784, List.of(LayerSpec.of(10, "softmax")),
                PluginChoice.of("categorical-cross-entropy"), PluginChoice.of("xavier-uniform"), 1),
                PluginRegistry.builtIn());
        double[] w = new double[10 * 784];
        for (int c = 0; c < 10; c++) {
            w[c * 784 + c] = 20;
        }
        n.setParameters(0, w, new double[10]);
        return n;
    }

    /** Ten "digits": image k has pixel k lit; labels 0..9 except that image 9 is labelled 3. */
    static Dataset tenImages() {
        double[] x = new double[10 * 784];
        double[] y = new double[10 * 10];
        for (int k = 0; k < 10; k++) {
            x[k * 784 + k] = 1;
            y[k * 10 + (k == 9 ? 3 : k)] = 1;
        }
        return new Dataset("ten", 784, 10, 10, x, y);
    }

    @Test
    void evaluationCountsTheConfusionAndTheMistakes() {
        DigitsEvaluation e = DigitsEvaluation.of(pixelReader(), tenImages());
        assertEquals(10, e.samples());
        assertEquals(0.9, e.accuracy(), 1e-12);
        assertEquals(1, e.confusion()[3][9]);
        assertEquals(1, e.confusion()[3][3]);
        assertEquals(2, e.rowTotal(3));
        assertEquals(List.of(new DigitsEvaluation.Mistake(9, 3, 9)), e.misclassified());
    }

    @Test
    void sketchIsScaledIntoTwentyPixelsAndCentredByMass() {
        DigitSketch sketch = new DigitSketch(280);
        assertArrayEquals(new double[784], sketch.toMnist());
        sketch.setBrushRadius(8);
        sketch.stroke(20, 20, 20, 120);   // a vertical bar in the top-left corner
        double[] img = sketch.toMnist();
        double mass = 0;
        double mx = 0;
        double my = 0;
        int minY = 28;
        int maxY = -1;
        for (int y = 0; y < 28; y++) {
            for (int x = 0; x < 28; x++) {
                double v = img[y * 28 + x];
                mass += v;
                mx += v * (x + 0.5);
                my += v * (y + 0.5);
                if (v > 0.1) {
                    minY = Math.min(minY, y);
                    maxY = Math.max(maxY, y);
                }
            }
        }
        assertEquals(14, mx / mass, 0.75);
        assertEquals(14, my / mass, 0.75);
        assertTrue(maxY - minY + 1 >= 18 && maxY - minY + 1 <= 21, "height " + (maxY - minY + 1));
        for (double v : img) {
            assertTrue(v >= 0 && v <= 1);
        }
        sketch.clear();
        assertTrue(sketch.isEmpty());
    }

    static BufferedImage paint(JComponent c) {
        c.setSize(900, 600);
        c.doLayout();
        for (java.awt.Component child : c.getComponents()) {
            child.doLayout();
        }
        BufferedImage image = new BufferedImage(900, 600, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        c.paint(g);
        g.dispose();
        return image;
    }

    @Test
    void theConfusionMatrixTitleShortensToFitInsteadOfBeingCut() throws Exception {
        DigitsEvaluation e = new DigitsEvaluation(new int[10][10], java.util.List.of(), 2000);
        SwingUtilities.invokeAndWait(() -> {
            ConfusionMatrixPanel confusion = new ConfusionMatrixPanel();
            confusion.setEvaluation(e);
            java.awt.FontMetrics fm = confusion.getFontMetrics(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.BOLD, 13));
            String wide = confusion.title(fm, 2000);
            assertTrue(wide.startsWith("Confusion matrix · ") && wide.endsWith("on 2,000 test digits"), wide);
            // the 1024x768 lesson's column: about 340 px, where the long title was cut after "on 200"
            int narrow = fm.stringWidth(wide) - 10;
            String shorter = confusion.title(fm, narrow);
            assertTrue(fm.stringWidth(shorter) <= narrow, shorter);
            assertTrue(shorter.contains("2,000"), "the shorter title keeps the count: " + shorter);
            String shortest = confusion.title(fm, 60);
            assertTrue(shortest.endsWith("right"), shortest);
        });
    }

    /** At 1.5× on a 1024×768 projector the matrix had about 190 × 300 px and lost its last row. */
    @Test
    void aShortConfusionMatrixGetsSmallerCellsInsteadOfLosingARow() throws Exception {
        SwingUtilities.invokeAndWait(() -> {
            ConfusionMatrixPanel confusion = new ConfusionMatrixPanel();
            java.awt.Font zoomed = new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, 20);
            java.awt.FontMetrics bold = confusion.getFontMetrics(zoomed.deriveFont(java.awt.Font.BOLD));
            java.awt.FontMetrics small = confusion.getFontMetrics(zoomed.deriveFont(18f));
            for (int[] size : new int[][] {{300, 190}, {300, 140}, {560, 560}, {180, 400}}) {
                confusion.setSize(size[0], size[1]);
                ConfusionMatrixPanel.Grid grid = confusion.grid(bold, small, 10);
                String at = size[0] + "×" + size[1] + ": " + grid;
                assertTrue(grid.top() + 10 * grid.cell() <= size[1], "every row inside, " + at);
                assertTrue(grid.left() + 10 * grid.cell() <= size[0], "every column inside, " + at);
                assertTrue(grid.cell() >= 3, at);
            }
            confusion.setSize(560, 560);
            assertTrue(confusion.grid(bold, small, 10).cell() >= 40, "a large panel keeps large cells");
        });
    }

    @Test
    void panelsPaintAndTheCanvasReadsWithItsOwnCopy() throws Exception {
        Network network = pixelReader();
        Dataset data = tenImages();
        DigitsEvaluation e = DigitsEvaluation.of(network, data);
        SwingUtilities.invokeAndWait(() -> {
            ConfusionMatrixPanel confusion = new ConfusionMatrixPanel();
            paint(confusion);
            confusion.setEvaluation(e);
            paint(confusion);
            MisclassifiedPanel gallery = new MisclassifiedPanel();
            gallery.setEvaluation(e, data);
            assertEquals(1, gallery.mistakes().size());
            paint(gallery);

            DigitDrawingPanel drawing = new DigitDrawingPanel(network);
            paint(drawing);
            assertArrayEquals(new double[10], drawing.outputs());
            drawing.sketch().stroke(60, 60, 220, 220);
            drawing.readDrawing();
            double sum = 0;
            for (double v : drawing.outputs()) {
                sum += v;
            }
            assertEquals(1, sum, 1e-9, "softmax outputs add up to 1");
            // Changing the original network does not change what the panel reads with.
            double[] before = drawing.outputs();
            network.setParameters(0, new double[10 * 784], new double[10]);
            drawing.readDrawing();
            assertArrayEquals(before, drawing.outputs());
            paint(drawing);
            paint(new DigitsPanel());
        });
    }
}
