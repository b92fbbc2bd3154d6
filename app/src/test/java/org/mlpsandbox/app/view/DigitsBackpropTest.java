package org.mlpsandbox.app.view;

import static org.mlpsandbox.app.view.SwingTrees.find;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.Arrays;
import javax.swing.JTextArea;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Test;
import org.mlpsandbox.app.lesson.LessonLibrary;
import org.mlpsandbox.app.view.digits.MisclassifiedPanel;
import org.mlpsandbox.engine.data.Dataset;
import org.mlpsandbox.engine.plugin.PluginRegistry;

/**
 * In the digits lesson the Backprop tab says where to pick a sample (a misread test digit: the digits view has no
 * training points), and a clicked digit is the one stepped through.
 */
class DigitsBackpropTest {

    @Test
    void aPickedTestDigitIsSteppedThrough() throws Exception {
        WindowRenderer.Scene scene = WindowRenderer.build(new WindowRenderer.Request("12", null, false, 1280, 800,
                20), PluginRegistry.builtIn(), new LessonLibrary(Files.createTempDirectory("no-user-lessons")));
        try {
            MisclassifiedPanel gallery = Gui.edt(() -> scene.lessons().opener().digitsPanel().orElseThrow()
                    .misclassified());
            long end = System.currentTimeMillis() + 30_000;
            while (Gui.edt(() -> gallery.mistakes().size() < 2) && System.currentTimeMillis() < end) {
                Gui.edt(() -> {
                    scene.frame();
                    return null;
                });
                Thread.sleep(50);
            }
            Gui.edt(() -> {
                assertTrue(gallery.mistakes().size() >= 2, "after 20 steps the net misreads some digits");
                int index = gallery.mistakes().get(1).index();
                gallery.pick(1);
                scene.paint();
                BackpropTab tab = find(scene.root(), BackpropTab.class);
                assertNotNull(tab, "the Backprop tab is open in the centre");
                Dataset test = scene.model().data().networkData().test();
                int d = test.inputCount();
                assertArrayEquals(Arrays.copyOfRange(test.x(), index * d, (index + 1) * d),
                        tab.panel().stepper().x(), "the picked test digit is the sample");
                assertEquals(d, tab.panel().stepper().x().length);
                String status = find(tab, JTextArea.class).getText();
                assertTrue(status.contains("Misread digits"), status);
                return null;
            });
        } finally {
            SwingUtilities.invokeAndWait(scene::close);
        }
    }
}
