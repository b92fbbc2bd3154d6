package org.mlpsandbox.app.view.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import javax.swing.JComponent;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Test;
import org.mlpsandbox.app.lesson.Lesson;
import org.mlpsandbox.app.lesson.LessonLibrary;
import org.mlpsandbox.app.lesson.LessonView;
import org.mlpsandbox.engine.plugin.PluginRegistry;

/** The lesson panels construct and paint into an image (on the event thread; needs a display, e.g. Xvfb). */
class LessonPanelsPaintTest {

    /** Lays a component out at 900 × 600 and paints it; returns the image. */
    static BufferedImage paint(JComponent c) {
        c.setSize(new Dimension(900, 600));
        layout(c);
        BufferedImage image = new BufferedImage(900, 600, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        c.paint(g);
        g.dispose();
        return image;
    }

    private static void layout(java.awt.Component c) {
        c.doLayout();
        if (c instanceof java.awt.Container container) {
            for (java.awt.Component child : container.getComponents()) {
                layout(child);
            }
        }
    }

    /** Counts distinct colours: a painted plot has many, a blank panel one or two. */
    static int colours(BufferedImage image) {
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                seen.add(image.getRGB(x, y));
            }
        }
        return seen.size();
    }

    private static void onEdt(Runnable r) throws Exception {
        SwingUtilities.invokeAndWait(r);
    }

    @Test
    void gradientDescentPanelPaintsAndStepsAndReportsBadFormulas() throws Exception {
        onEdt(() -> {
            GradientDescentPanel panel = new GradientDescentPanel();
            assertTrue(colours(paint(panel)) > 20);
            for (int i = 0; i < 30; i++) {
                panel.model().step();
            }
            paint(panel);
            panel.useFormula("x^2 + sin(");
            assertTrue(panel.formulaMessage().startsWith("Not a formula in x"), panel.formulaMessage());
            paint(panel);
            panel.useFormula("x^4 - 3*x^2 + x");
            assertEquals("", panel.formulaMessage());
            assertEquals("x^4 - 3*x^2 + x", panel.model().curve().label());
            panel.model().setAscent(true);
            panel.model().setLearningRate(0.5);
            for (int i = 0; i < 30; i++) {
                panel.model().step();
            }
            paint(panel);
        });
    }

    @Test
    void sliderRatesMapBothWays() {
        assertEquals(0.005, GradientDescentPanel.rateFor(0));
        assertEquals(0.5, GradientDescentPanel.rateFor(100));
        assertEquals(50, GradientDescentPanel.sliderFor(0.05));
    }

    @Test
    void otherPanelsPaint() throws Exception {
        onEdt(() -> {
            LearningRatePanel rates = new LearningRatePanel();
            for (int i = 0; i < 8; i++) {
                rates.model().step();
            }
            assertTrue(colours(paint(rates)) > 20);
            OneNeuronPanel neuron = new OneNeuronPanel();
            for (int i = 0; i < 50; i++) {
                neuron.model().descentStep();
            }
            assertTrue(colours(paint(neuron)) > 20);
            assertTrue(colours(paint(new ReluBendPanel())) > 20);
        });
    }

    @Test
    void everyCustomLessonHasAPanelAndItsExplanationIsHtml() throws Exception {
        LessonLibrary.Loaded loaded = new LessonLibrary(Path.of("none")).load(PluginRegistry.builtIn());
        onEdt(() -> {
            for (Lesson lesson : loaded.lessons()) {
                boolean custom = lesson.view() != LessonView.PLAYGROUND && lesson.view() != LessonView.DIGITS;
                assertEquals(custom, LessonViews.customPanel(lesson).isPresent(), lesson.id());
                assertTrue(lesson.explanationHtml().contains("<b>"), lesson.id());
            }
        });
    }
}
