package org.mlpsandbox.app.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mlpsandbox.app.view.Gui.await;
import static org.mlpsandbox.app.view.Gui.click;
import static org.mlpsandbox.app.view.Gui.edt;
import static org.mlpsandbox.app.view.Gui.find;
import static org.mlpsandbox.app.view.Gui.run;

import java.awt.Component;
import java.awt.GraphicsEnvironment;
import java.awt.Point;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.swing.JLabel;
import javax.swing.JMenu;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlpsandbox.app.action.SaveAsLessonAction;
import org.mlpsandbox.app.lesson.Lesson;
import org.mlpsandbox.app.lesson.LessonLibrary;
import org.mlpsandbox.app.lesson.LessonWriter;
import org.mlpsandbox.app.model.WeightEdits.Target;
import org.mlpsandbox.app.settings.MemoryPreferences;
import org.mlpsandbox.app.view.lesson.LessonsMenu;
import org.mlpsandbox.engine.plugin.PluginRegistry;

/** Classroom controls and weights typed by hand, in a real main window (under Xvfb). */
class ClassroomAndWeightEditTest {

    private static final PluginRegistry PLUGINS = PluginRegistry.builtIn();

    @TempDir
    Path lessons;
    private MainWindow window;
    private final List<String> notices = new ArrayList<>();

    @BeforeEach
    void open() throws Exception {
        assertFalse(GraphicsEnvironment.isHeadless(), "GUI tests need a display: run them under xvfb-run -a");
        window = SandboxApp.openAndWait(PLUGINS, () -> PLUGINS);
        run(() -> window.setUnsavedWorkQuestion(q -> org.mlpsandbox.app.action.FileActions.Answer.DISCARD));
    }

    @AfterEach
    void close() throws Exception {
        if (window != null) {
            SwingUtilities.invokeAndWait(window::dispose);
        }
    }

    private boolean showing(String name) {
        Component c = Gui.search(window.getRootPane(), name, Component.class);
        return c != null && c.isShowing();
    }

    private boolean labelShowing(String text) {
        List<JLabel> labels = new ArrayList<>();
        collectLabels(window.getContentPane(), labels);
        return labels.stream().anyMatch(l -> text.equals(l.getText()) && l.isShowing());
    }

    private static void collectLabels(java.awt.Container c, List<JLabel> out) {
        for (Component k : c.getComponents()) {
            if (k instanceof JLabel l) {
                out.add(l);
            }
            if (k instanceof java.awt.Container inner) {
                collectLabels(inner, out);
            }
        }
    }

    private boolean pluginsMenuVisible() {
        for (Component m : window.getJMenuBar().getComponents()) {
            if (m instanceof JMenu menu && "pluginsMenu".equals(menu.getName())) {
                return menu.isVisible();
            }
        }
        throw new AssertionError("no Plugins menu");
    }

    /** Vertical distance between two controls of the data panel. */
    private int gap(String upper, String lower) {
        Component a = find(window.getRootPane(), upper, Component.class);
        Component b = find(window.getRootPane(), lower, Component.class);
        return SwingUtilities.convertPoint(b, 0, 0, a).y;
    }

    @Test
    void aSavedLessonHidesItsControlsUntilTheTeacherShowsAll() throws Exception {
        int before = edt(() -> gap("samples", "testRatio"));
        Path file = lessons.resolve("hidden.json");
        SaveAsLessonAction save = new SaveAsLessonAction(window.model(), null, notices::add);
        assertTrue(edt(() -> save.save(file, new LessonWriter.Draft("Hidden things", "Look, no layers.",
                List.of("layers", "optimizer", "regularisation", "noise", "classes", "plugins-menu",
                        "schedule")))), notices.toString());

        LessonsMenu menu = edt(() -> LessonsMenu.install(window.host(), new LessonLibrary(lessons),
                new MemoryPreferences(), false));
        Lesson lesson = menu.loaded().find("hidden-things").orElseThrow(() -> new AssertionError(
                menu.loaded().problems().toString()));
        run(() -> menu.open(lesson));

        await("controls hidden", 5000, () -> !showing("addLayer") && !showing("noise"));
        edt(() -> {
            assertFalse(showing("removeLayer") || showing("shapePreset") || showing("layer0.more")
                    || showing("layer0.fewer"));
            assertFalse(showing("optimizer") || showing("l1") || showing("l2") || showing("classes")
                    || showing("scheduleAndStopping"));
            assertFalse(labelShowing("Optimizer") || labelShowing("Noise") || labelShowing("L1"));
            assertFalse(pluginsMenuVisible());
            assertTrue(showing("samples") && showing("learningRate") && showing("loss") && showing("batchSize"));
            assertTrue(labelShowing("Samples") && labelShowing("Loss"));
            assertTrue(showing("classroomBar"));
            assertEquals("Some controls are hidden by this lesson",
                    find(window.getRootPane(), "classroomBar.text", javax.swing.text.JTextComponent.class).getText());
            return null;
        });
        // the layout closes up: test share sits right under samples, where noise and classes were
        assertTrue(edt(() -> gap("samples", "testRatio")) < before, "the rows did not close up");

        // a network change rebuilds the layer columns: their buttons stay hidden
        run(() -> window.model().network().setLayerSize(0, 3));
        await("rebuilt header", 5000, () -> Gui.search(window.getRootPane(), "layer0.size", JLabel.class) != null
                && "3".equals(Gui.search(window.getRootPane(), "layer0.size", JLabel.class).getText()));
        Thread.sleep(100);
        assertFalse(edt(() -> showing("layer0.more")));

        click(window.getRootPane(), "classroomBar.toggle"); // Show all
        await("all shown", 5000, () -> showing("addLayer") && showing("noise") && showing("optimizer"));
        assertTrue(edt(() -> showing("l1") && showing("layer0.more") && labelShowing("Noise")
                && showing("scheduleAndStopping")
                && pluginsMenuVisible()));
        assertEquals(before, edt(() -> gap("samples", "testRatio")));

        click(window.getRootPane(), "classroomBar.toggle"); // Hide again
        await("hidden again", 5000, () -> !showing("addLayer") && !showing("noise"));

        run(() -> menu.opener().close());
        await("lesson closed", 5000, () -> showing("addLayer") && showing("noise") && !showing("classroomBar"));
        assertTrue(edt(this::pluginsMenuVisible));
    }

    @Test
    void clickingTheDiagramEditsAWeightAndABias() throws Exception {
        NetworkDiagram diagram = edt(() -> find(window.getRootPane(), "networkDiagram", NetworkDiagram.class));
        Target bias = Target.bias(0, 0);
        await("a live diagram", 5000, () -> point(diagram, bias).isPresent());
        Point p = edt(() -> point(diagram, bias).orElseThrow());

        WeightEditor editor = edt(() -> diagram.editAt(p).orElseThrow());
        assertTrue(edt(editor::isVisible));
        double old = window.model().weightEdits().value(bias).orElseThrow();
        assertEquals(old, Double.parseDouble(edt(() -> editor.field().getText())), Math.abs(old) * 1e-5 + 1e-9);
        run(() -> {
            editor.field().setText("twelve");
            editor.apply();
        });
        assertTrue(edt(editor::messageText).startsWith("Not a number"), edt(editor::messageText));
        assertTrue(edt(editor::isVisible));
        run(() -> {
            editor.field().setText("1,25");
            editor.apply();
        });
        assertFalse(edt(editor::isVisible));
        assertEquals(1.25, window.model().run().latestSnapshot().orElseThrow().network().layer(0).bias()[0]);
        assertTrue(window.model().file().hasUnsavedWork());

        // an edge: the weight from x₂ into the first neuron of the first hidden layer
        Target weight = Target.weight(0, 0, 1);
        Point q = edt(() -> point(diagram, weight).orElseThrow());
        WeightEditor second = edt(() -> diagram.editAt(q).orElseThrow());
        run(() -> {
            second.field().setText("-2");
            second.apply();
        });
        assertEquals(-2.0, window.model().run().latestSnapshot().orElseThrow().network().layer(0).weight(0, 1));
        // Training → Undo weight edit puts it back
        double before = window.model().weightEdits().lastEdit().orElseThrow().before();
        run(() -> menuItem("undoWeightEdit").doClick(0));
        assertEquals(before, window.model().run().latestSnapshot().orElseThrow().network().layer(0).weight(0, 1));
    }

    private javax.swing.JMenuItem menuItem(String name) {
        for (Component m : window.getJMenuBar().getComponents()) {
            if (m instanceof JMenu menu) {
                for (Component item : menu.getMenuComponents()) {
                    if (name.equals(item.getName())) {
                        return (javax.swing.JMenuItem) item;
                    }
                }
            }
        }
        throw new AssertionError("no menu item " + name);
    }

    /** A point of the diagram where a click picks {@code target}, found by scanning. */
    private static Optional<Point> point(NetworkDiagram d, Target target) {
        d.paintImmediately(0, 0, d.getWidth(), d.getHeight()); // lays the tiles out
        for (int y = 0; y < d.getHeight(); y += 3) {
            for (int x = 0; x < d.getWidth(); x += 3) {
                Point p = new Point(x, y);
                if (d.hitAt(p).filter(target::equals).isPresent()) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }

}
