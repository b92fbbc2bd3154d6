package org.mlpsandbox.app.view.render;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.concurrent.atomic.AtomicInteger;
import javax.swing.SwingUtilities;
import org.jfree.chart.ChartPanel;
import org.junit.jupiter.api.Test;
import org.mlpsandbox.app.lesson.LessonLibrary;
import org.mlpsandbox.app.view.SwingTrees;
import org.mlpsandbox.app.view.WindowRenderer;
import org.mlpsandbox.app.view.WrappingLabel;
import org.mlpsandbox.app.view.inspect.InsideNetworkPanel;
import org.mlpsandbox.engine.plugin.PluginRegistry;

/**
 * The tabs that take over the centre, rendered after training: the Inside tab shows the update-to-weight ratios as
 * they went during training, as a person watching the tab would see them (the tab is open while the steps run), not a
 * single point at the last step; the Backprop tab's hint line keeps its text's height on a large screen, with the
 * room below going to the step-through (it once took a hundred empty pixels there).
 */
class CentreTabsRenderTest {

    @Test
    void theInsideTabRenderedAfterTrainingShowsTheRatiosOverTheSteps() throws Exception {
        WindowRenderer.Scene scene = WindowRenderer.build(new WindowRenderer.Request(null, "Inside", true, 1600, 1000,
                300), PluginRegistry.builtIn(), new LessonLibrary(Files.createTempDirectory("no-user-lessons")));
        try {
            AtomicInteger points = new AtomicInteger(-1);
            SwingUtilities.invokeAndWait(() -> {
                scene.paint();
                InsideNetworkPanel inside = SwingTrees.find(scene.root(), InsideNetworkPanel.class);
                assertNotNull(inside, "the Inside panel is in the window");
                ChartPanel ratios = SwingTrees.find(inside, ChartPanel.class);
                assertNotNull(ratios, "its ratio chart");
                points.set(ratios.getChart().getXYPlot().getDataset().getItemCount(0));
            });
            assertTrue(points.get() >= 10, "ratio points of layer 1 over 300 steps (one would be the last step "
                    + "alone): " + points.get());
        } finally {
            SwingUtilities.invokeAndWait(scene::close);
        }
    }

    @Test
    void theBackpropHintLineIsNoTallerThanItsText() throws Exception {
        WindowRenderer.Scene scene = WindowRenderer.build(new WindowRenderer.Request(null, "Backprop", false, 1600,
                1000, 50), PluginRegistry.builtIn(), new LessonLibrary(Files.createTempDirectory("no-user-lessons")));
        try {
            SwingUtilities.invokeAndWait(() -> {
                scene.paint();
                java.awt.Component tab = named(scene.root(), "backpropTab");
                assertNotNull(tab, "the Backprop tab is in the centre");
                WrappingLabel hint = SwingTrees.find(tab, WrappingLabel.class);
                assertNotNull(hint, "its hint line");
                int line = hint.getFontMetrics(hint.getFont()).getHeight();
                assertTrue(hint.getHeight() <= 2 * line, "hint " + hint.getHeight() + " px high for lines of " + line
                        + " px: '" + hint.getText() + "'");
            });
        } finally {
            SwingUtilities.invokeAndWait(scene::close);
        }
    }

    private static java.awt.Component named(java.awt.Component c, String name) {
        if (name.equals(c.getName())) {
            return c;
        }
        if (c instanceof java.awt.Container container) {
            for (java.awt.Component child : container.getComponents()) {
                java.awt.Component found = named(child, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
