package org.mlpsandbox.app.view.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mlpsandbox.app.lesson.LessonLibrary;
import org.mlpsandbox.app.view.Theme;
import org.mlpsandbox.app.view.WindowRenderer;
import org.mlpsandbox.engine.plugin.PluginRegistry;

/**
 * Renders every lesson and every tab of the window, in both themes and at a projector's 1024×768 and at 1600×1000,
 * switching the theme at run time as the View menu does (light → dark → light), and fails on what {@link RenderChecks}
 * finds. With {@code -Drenders.save=true} the images land in {@code target/renders} for a person to look at.
 */
class WindowRenderTest {

    private static final int[][] SIZES = {{1024, 768}, {1600, 1000}};
    private static final Path OUT = Path.of("target", "renders");
    /** {@code -Drenders.save=true} keeps every image in {@link #OUT} for a person to look at. */
    private static final boolean SAVE = Boolean.getBoolean("renders.save");
    private static PluginRegistry registry;
    private static LessonLibrary lessons;

    @BeforeAll
    static void setUp() throws Exception {
        registry = PluginRegistry.builtIn();
        lessons = new LessonLibrary(Files.createTempDirectory("no-user-lessons"));
        Files.createDirectories(OUT);
    }

    @AfterAll
    static void lightAgain() throws Exception {
        SwingUtilities.invokeAndWait(() -> Theme.use(false));
    }

    static Stream<Arguments> scenes() {
        List<Arguments> all = new ArrayList<>();
        for (int n = 1; n <= 12; n++) {
            all.add(Arguments.of("lesson" + n, String.valueOf(n), null, 12));
        }
        for (String tab : new String[] {"Loss", "Gradients", "Plugins", "Backprop", "Inside", "Runs"}) {
            all.add(Arguments.of("tab-" + tab, null, tab, 12));
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenes")
    void looksRightInBothThemesAndSizes(String name, String lesson, String tab, int steps) throws Exception {
        WindowRenderer.Scene scene = WindowRenderer.build(
                new WindowRenderer.Request(lesson, tab, false, SIZES[0][0], SIZES[0][1], steps), registry, lessons);
        List<String> problems = new ArrayList<>();
        try {
            for (int pass = 0; pass < 3; pass++) {
                boolean dark = pass == 1;
                edt(() -> scene.useTheme(dark));
                // back in light, the smaller size is enough to catch a panel that stayed dark
                for (int[] size : pass == 2 ? new int[][] {SIZES[0]} : SIZES) {
                    AtomicReference<BufferedImage> image = new AtomicReference<>();
                    String label = name + "-" + (dark ? "dark" : "light") + "-" + size[0] + "x" + size[1];
                    edt(() -> {
                        scene.setSize(size[0], size[1]);
                        image.set(scene.paint());
                        problems.addAll(RenderChecks.check(scene.root(), image.get(), dark, label));
                    });
                    assertEquals(size[0], image.get().getWidth());
                    if (SAVE) {
                        ImageIO.write(image.get(), "png", OUT.resolve(label + ".png").toFile());
                    }
                }
            }
        } finally {
            edt(scene::close);
        }
        assertTrue(problems.isEmpty(), problems.size() + " problems:\n" + String.join("\n", problems));
    }

    private static void edt(Runnable r) throws Exception {
        SwingUtilities.invokeAndWait(r);
    }
}
