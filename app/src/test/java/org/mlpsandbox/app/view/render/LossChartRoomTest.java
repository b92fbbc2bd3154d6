package org.mlpsandbox.app.view.render;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Component;
import java.awt.geom.Rectangle2D;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JSplitPane;
import javax.swing.SwingUtilities;
import org.jfree.chart.ChartPanel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mlpsandbox.app.lesson.LessonLibrary;
import org.mlpsandbox.app.view.SwingTrees;
import org.mlpsandbox.app.view.Theme;
import org.mlpsandbox.app.view.WindowRenderer;
import org.mlpsandbox.app.view.Zoom;
import org.mlpsandbox.engine.plugin.PluginRegistry;

/**
 * The loss chart is readable from the back of a classroom: in presentation mode (1.5×) on a 1024×768 projector, in
 * the sandbox and in every lesson that shows it (5 to 12), its plot is at least {@value #PLOT_MIN} pixels high, and
 * the output view above it keeps at least {@value #OUTPUT_MIN}; at 100 % on 1280×800 the plot has more room still.
 *
 * <p>Why {@value #PLOT_MIN}: the chart's tick labels are about 16 pixels high at 1.5×; 120 pixels hold five of them
 * (0, 0.2 … 0.8, or 0 %, 25 % … 100 %) with room between, so the fall of the loss and the rise of the accuracy can be
 * read, and it is a sixth of the screen's height. The plot was 26 pixels high before (two rows of settings, a legend
 * on two lines and a row of hover values took the rest; 56 in lesson 8), and is 130 now. The output view's
 * {@value #OUTPUT_MIN} is what presentation mode gave it before (343) less a tenth; it has 333. At 100 % the plot
 * was 131 pixels high on 1280×800 and 218 on 1600×1000 (181 and 268 now): the bars there say the large sizes did not
 * get worse.
 */
class LossChartRoomTest {

    static final int PLOT_MIN = 120;
    static final int OUTPUT_MIN = 320;

    @AfterEach
    void actualSize() throws Exception {
        SwingUtilities.invokeAndWait(() -> {
            Zoom.use(1);
            Theme.use(false);
        });
    }

    @ParameterizedTest(name = "{0} at {1}× {2}x{3}")
    @CsvSource({"sandbox,1.5,1024,768,120", "5,1.5,1024,768,120", "6,1.5,1024,768,120", "7,1.5,1024,768,120",
        "8,1.5,1024,768,120", "9,1.5,1024,768,120", "10,1.5,1024,768,120", "11,1.5,1024,768,120",
        "12,1.5,1024,768,120", "sandbox,1,1280,800,165", "sandbox,1,1600,1000,250"})
    void theLossPlotIsTallEnoughAndTheOutputViewKeepsItsRoom(String what, float zoom, int width, int height,
            int plotMin) throws Exception {
        String lesson = what.equals("sandbox") ? null : what;
        WindowRenderer.Scene scene = WindowRenderer.build(new WindowRenderer.Request(lesson, "Loss", false, width,
                height, 60, zoom), PluginRegistry.builtIn(),
                new LessonLibrary(Files.createTempDirectory("no-user-lessons")));
        List<String> problems = new ArrayList<>();
        try {
            SwingUtilities.invokeAndWait(() -> {
                scene.paint();
                ChartPanel chart = (ChartPanel) SwingTrees.named(scene.root(), "lossChart.chart");
                assertNotNull(chart, "the loss chart is in the window");
                assertTrue(showing(chart), "the loss chart is on screen (the Loss tab is selected)");
                Rectangle2D plot = chart.getChartRenderingInfo().getPlotInfo().getDataArea();
                if (plot.getHeight() < plotMin) {
                    problems.add("the loss plot is " + Math.round(plot.getHeight()) + " px high, under "
                            + plotMin);
                }
                JSplitPane split = (JSplitPane) SwingUtilities.getAncestorOfClass(JSplitPane.class,
                        SwingTrees.named(scene.root(), "tabs"));
                assertNotNull(split, "the tabs are under the output view");
                int output = split.getTopComponent().getHeight();
                if (zoom > 1 && output < OUTPUT_MIN) {
                    problems.add("the output view is " + output + " px high, under " + OUTPUT_MIN);
                }
            });
        } finally {
            SwingUtilities.invokeAndWait(scene::close);
        }
        assertTrue(problems.isEmpty(), what + ": " + String.join("; ", problems));
    }

    /** Whether {@code c} and all its ancestors are visible (there is no frame, so isShowing() is false). */
    private static boolean showing(Component c) {
        for (Component p = c; p != null; p = p.getParent()) {
            if (!p.isVisible() || p.getWidth() <= 0 || p.getHeight() <= 0) {
                return false;
            }
        }
        return true;
    }
}
