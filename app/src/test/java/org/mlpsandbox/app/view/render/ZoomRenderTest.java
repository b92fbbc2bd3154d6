package org.mlpsandbox.app.view.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.formdev.flatlaf.util.UIScale;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javax.imageio.ImageIO;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mlpsandbox.app.lesson.LessonLibrary;
import org.mlpsandbox.app.settings.UserSettings;
import org.mlpsandbox.app.view.Theme;
import org.mlpsandbox.app.view.WindowRenderer;
import org.mlpsandbox.app.view.Zoom;
import org.mlpsandbox.engine.plugin.PluginRegistry;

/**
 * Presentation mode and zoom: standard components get larger fonts and FlatLaf's UI scale follows, the choice is
 * remembered, and the zoomed window still passes the {@link RenderChecks} at a size that leaves room for it.
 */
class ZoomRenderTest {

    private static final Path OUT = Path.of("target", "renders");

    @AfterEach
    void actualSize() throws Exception {
        SwingUtilities.invokeAndWait(() -> {
            Zoom.use(1);
            Theme.use(false);
        });
    }

    @Test
    void zoomMakesStandardComponentsLargerAndScalesTheUi() throws Exception {
        float[] sizes = new float[4];
        float[] scale = new float[2];
        SwingUtilities.invokeAndWait(() -> {
            Theme.use(false);
            Zoom.use(1);
            sizes[0] = new JLabel("x").getFont().getSize2D();
            sizes[1] = new JButton("x").getFont().getSize2D();
            scale[0] = UIScale.getUserScaleFactor();
            Zoom.use(Zoom.PRESENTATION);
            sizes[2] = new JLabel("x").getFont().getSize2D();
            sizes[3] = new JButton("x").getFont().getSize2D();
            scale[1] = UIScale.getUserScaleFactor();
            assertEquals(Zoom.PRESENTATION, Zoom.current(), 1e-6);
            Theme.use(true); // a theme switch keeps the zoom
            assertEquals(Zoom.PRESENTATION, Zoom.current(), 1e-6);
        });
        assertEquals(1.5, sizes[2] / sizes[0], 0.05, "label font " + sizes[0] + " → " + sizes[2]);
        assertEquals(1.5, sizes[3] / sizes[1], 0.05, "button font " + sizes[1] + " → " + sizes[3]);
        assertTrue(scale[1] >= 1.5f * scale[0] - 1e-6, "UI scale " + scale[0] + " → " + scale[1]);
    }

    @Test
    void theZoomIsRememberedAndClamped() throws Exception {
        SwingUtilities.invokeAndWait(() -> {
            Theme.use(false); // the zoom scales the look and feel's font
            Zoom.set(1.25f);
            assertEquals(1.25f, UserSettings.node("view").getFloat("zoom", 0), 1e-6);
            Zoom.use(1);
            Zoom.installRemembered();
            assertEquals(1.25f, Zoom.current(), 1e-6);
            Zoom.set(7);
            assertEquals(Zoom.MAX, Zoom.current(), 1e-6);
            Zoom.set(0.2f);
            assertEquals(Zoom.MIN, Zoom.current(), 1e-6);
        });
    }

    /**
     * The zoomed window passes every render check in both themes, lessons with painted views included: at a size with
     * room for it (1.5× at 1600×1000 is the room of 1067×667 at 100 %, 1.25× at 1280×960 that of 1024×768) and on a
     * 1024×768 projector in presentation mode, where the three columns have the room of 683×512 at 100 %.
     */
    @ParameterizedTest(name = "{0} at {1}× {2}x{3}")
    @CsvSource({"sandbox,1.5,1600,1000", "1,1.5,1600,1000", "3,1.5,1600,1000", "Backprop,1.5,1600,1000",
        "sandbox,1.25,1280,960", "2,1.25,1280,960",
        "sandbox,1.5,1024,768", "sandbox,1.25,1024,768", "start,1.5,1024,768", "6,1.5,1024,768",
        "3,1.5,1024,768", "2,1.5,1024,768", "8,1.5,1024,768", "Loss,1.5,1024,768", "Inside,1.5,1024,768",
        "1,1.5,1024,768", "4,1.5,1024,768", "5,1.5,1024,768", "7,1.5,1024,768", "9,1.5,1024,768",
        "10,1.5,1024,768", "11,1.5,1024,768", "12,1.5,1024,768", "Runs,1.5,1024,768", "Backprop,1.5,1024,768",
        "Gradients,1.5,1024,768", "Plugins,1.5,1024,768"})
    void aZoomedWindowLooksRight(String what, float zoom, int width, int height) throws Exception {
        boolean tab = Character.isUpperCase(what.charAt(0));
        String lesson = what.equals("sandbox") || tab ? null : what;
        WindowRenderer.Scene scene = WindowRenderer.build(new WindowRenderer.Request(lesson, tab ? what : null, false,
                width, height, 12), PluginRegistry.builtIn(),
                new LessonLibrary(Files.createTempDirectory("no-user-lessons")));
        List<String> problems = new ArrayList<>();
        try {
            for (boolean dark : new boolean[] {false, true}) {
                AtomicReference<BufferedImage> image = new AtomicReference<>();
                String label = "zoom" + zoom + "-" + what + "-" + (dark ? "dark" : "light") + "-" + width + "x"
                        + height;
                SwingUtilities.invokeAndWait(() -> {
                    scene.useTheme(dark);
                    scene.useZoom(zoom);
                    image.set(scene.paint());
                    problems.addAll(RenderChecks.check(scene.root(), image.get(), dark, label));
                });
                if (Boolean.getBoolean("renders.save")) {
                    Files.createDirectories(OUT);
                    ImageIO.write(image.get(), "png", OUT.resolve(label + ".png").toFile());
                }
            }
        } finally {
            SwingUtilities.invokeAndWait(scene::close);
        }
        assertTrue(problems.isEmpty(), problems.size() + " problems:\n" + String.join("\n", problems));
    }
}
