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
import org.mlpsandbox.app.view.inspect.InsideNetworkPanel;
import org.mlpsandbox.engine.plugin.PluginRegistry;

/**
 * A render of the Inside tab after training shows the update-to-weight ratios as they went during training, as a
 * person watching the tab would see them (the tab is open while the steps run), not a single point at the last step.
 */
class InsideRenderTest {

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
            assertTrue(points.get() >= 2, "ratio points of layer 1 over 300 steps (one would be the last step alone): " + points.get());
        } finally {
            SwingUtilities.invokeAndWait(scene::close);
        }
    }
}
