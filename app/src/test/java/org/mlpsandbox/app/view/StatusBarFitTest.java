package org.mlpsandbox.app.view;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Component;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JLabel;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mlpsandbox.app.lesson.LessonLibrary;
import org.mlpsandbox.engine.plugin.PluginRegistry;

/**
 * The status bar's figures are never cut: in presentation mode on a 1024×768 projector they take their short forms
 * ("Loss 0.0123", "Acc 94%"), where there is room their full ones ("Train loss 0.0123", "Test accuracy 94%"). Before,
 * the digits lesson at 1.5× pushed the test accuracy past the window's right edge and the steps/s out of sight.
 */
class StatusBarFitTest {

    @AfterEach
    void actualSize() throws Exception {
        SwingUtilities.invokeAndWait(() -> {
            Zoom.use(1);
            Theme.use(false);
        });
    }

    @ParameterizedTest(name = "lesson {0} at {1}× {2}x{3}")
    @CsvSource({"12,1.5,1024,768,false", "sandbox,1.5,1024,768,false", "12,1,1600,1000,true",
        "sandbox,1,1280,800,true"})
    void everyFigureIsWhole(String what, float zoom, int width, int height, boolean full) throws Exception {
        String lesson = what.equals("sandbox") ? null : what;
        WindowRenderer.Scene scene = WindowRenderer.build(new WindowRenderer.Request(lesson, "Loss", false, width,
                height, 30, zoom), PluginRegistry.builtIn(),
                new LessonLibrary(Files.createTempDirectory("no-user-lessons")));
        List<String> problems = new ArrayList<>();
        try {
            SwingUtilities.invokeAndWait(() -> {
                scene.paint();
                StatusBar bar = (StatusBar) SwingTrees.named(scene.root(), "statusBar");
                assertNotNull(bar, "the status bar is in the window");
                bar.showSpeed(12_345); // as while playing: the widest the figures get
                scene.paint(); // laid out and painted again, as the next frame would be
                JLabel train = (JLabel) SwingTrees.named(bar, "status.trainLoss");
                assertTrue(train.getText().startsWith(full ? "Train loss " : "Loss "), train.getText());
                for (Component c : bar.getComponents()) {
                    if (c instanceof JLabel label && !label.getText().isEmpty()) {
                        if (label.getWidth() < label.getPreferredSize().width) {
                            problems.add("\"" + label.getText() + "\" is " + label.getWidth() + " px wide, needs "
                                    + label.getPreferredSize().width);
                        }
                        if (label.getX() + label.getWidth() > bar.getWidth()) {
                            problems.add("\"" + label.getText() + "\" ends at " + (label.getX() + label.getWidth())
                                    + " px, past the bar's " + bar.getWidth());
                        }
                    }
                }
            });
        } finally {
            SwingUtilities.invokeAndWait(scene::close);
        }
        assertTrue(problems.isEmpty(), what + ": " + String.join("; ", problems));
    }
}
