package org.mlpsandbox.app.view.lesson;

import static org.mlpsandbox.app.view.Gui.await;
import static org.mlpsandbox.app.view.Gui.click;
import static org.mlpsandbox.app.view.Gui.edt;
import static org.mlpsandbox.app.view.Gui.find;
import static org.mlpsandbox.app.view.Gui.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Component;
import java.awt.GraphicsEnvironment;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.prefs.Preferences;
import javax.swing.AbstractButton;
import javax.swing.JMenuItem;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mlpsandbox.app.settings.MemoryPreferences;
import org.junit.jupiter.api.io.TempDir;
import org.mlpsandbox.app.lesson.HostileLessons;
import org.mlpsandbox.app.lesson.Lesson;
import org.mlpsandbox.app.lesson.LessonLibrary;
import org.mlpsandbox.app.lesson.LessonView;
import org.mlpsandbox.app.view.MainWindow;
import org.mlpsandbox.app.view.SandboxApp;
import org.mlpsandbox.app.view.digits.DigitsPanel;
import org.mlpsandbox.engine.plugin.PluginRegistry;

/** Lessons opened through the Lessons menu and the start page of a real main window (under Xvfb in CI). */
class LessonsInWindowTest {

    private static final PluginRegistry PLUGINS = PluginRegistry.builtIn();

    @TempDir
    Path userFolder;
    private MainWindow window;
    private final Preferences prefs = new MemoryPreferences();

    @BeforeEach
    void open() throws Exception {
        assertFalse(GraphicsEnvironment.isHeadless(),
                "GUI tests need a display: on a machine without one run them under xvfb-run -a (see README)");
        window = SandboxApp.openAndWait(PLUGINS, () -> PLUGINS);
        // a lesson opened over a trained one asks first (ReopenWholeTest tests the question): here, go on
        SwingUtilities.invokeAndWait(() -> window.setUnsavedWorkQuestion(
                q -> org.mlpsandbox.app.action.FileActions.Answer.DISCARD));
    }

    @AfterEach
    void close() throws Exception {
        if (window != null) {
            SwingUtilities.invokeAndWait(window::dispose);
        }
    }

    private LessonsMenu install(boolean startPage) throws Exception {
        return edt(() -> LessonsMenu.install(window.host(), new LessonLibrary(userFolder), prefs, startPage));
    }

    @Test
    void everyLessonOpensFromTheMenuAndRunsAFewSteps() throws Exception {
        LessonsMenu menu = install(false);
        List<Lesson> lessons = menu.loaded().lessons();
        assertEquals(12, lessons.size(), menu.loaded().problems().toString());
        for (Lesson lesson : lessons) {
            clickMenu(menu, "lesson." + lesson.id());
            String what = lesson.id();
            await(what + " ready", 20_000, () -> !menu.opener().isLoading());
            assertTrue(edt(window.host()::isExplanationShowing), what);
            assertTrue(edt(window.host()::explanationTitle).contains(lesson.title()), what);
            assertEquals(lesson.id(), edt(() -> menu.opener().current().orElseThrow().id()));
            if (LessonOpener.isCustom(lesson)) {
                assertEquals("lessonPanel." + lesson.view().id(), edt(() -> window.host().centreView().getName()), what);
                assertFalse(edt(window.host()::sandboxControlsVisible), what);
                continue;
            }
            assertEquals("networkPanel", edt(() -> window.host().centreView().getName()), what);
            assertTrue(edt(window.host()::sandboxControlsVisible), what);
            assertEquals(lesson.setup().orElseThrow().sandboxSetup(), edt(() -> window.model().currentSetup()),
                    what);
            assertEquals("", edt(() -> window.model().run().problem()), what);
            assertEquals(lesson.setup().orElseThrow().networkSpec().sizes().length,
                    (int) edt(() -> window.model().network().spec().sizes().length), what);
            assertEquals(lesson.shows("gradients") ? "Gradients" : "Loss", edt(window.host()::selectedTab), what);
            run(() -> {
                for (int i = 0; i < 3; i++) {
                    window.model().run().stepBatch();
                }
            });
            await(what + ": three steps", 10_000, () -> window.model().run().lastSnapshot()
                    .map(s -> s.progress().step() >= 3).orElse(false));
            if (lesson.view() == LessonView.DIGITS) {
                assertInstanceOf(DigitsPanel.class, edt(window.host()::outputArea));
                assertEquals(784, (int) edt(() -> window.model().network().inputCount()));
                DigitsPanel digits = edt(() -> menu.opener().digitsPanel().orElseThrow());
                await("digits evaluated", 10_000, () -> digits.confusion().evaluation() != null);
                assertEquals(10, (int) edt(() -> digits.confusion().evaluation().classes()));
            } else if (lesson.setup().map(setup -> setup.data().autoencoder()).orElse(false)) {
                assertEquals("reconstructions", edt(() -> window.host().outputArea().getName()), what);
            } else {
                assertEquals("outputView", edt(() -> window.host().outputArea().getName()), what);
            }
        }
        clickMenu(menu, "lessons.close");
        assertStandardView();
    }

    @Test
    void closeLessonRestoresTheStandardView() throws Exception {
        LessonsMenu menu = install(false);
        clickMenu(menu, "lesson.one-neuron");
        assertFalse(edt(window.host()::sandboxControlsVisible));
        click(window, "explanation.close");
        assertStandardView();
        assertTrue(edt(() -> menu.opener().current().isEmpty()));

        clickMenu(menu, "lesson.digits");
        await("digits ready", 20_000, () -> !menu.opener().isLoading());
        clickMenu(menu, "lesson.gradient-descent"); // opening another closes the first
        assertEquals("outputView", edt(() -> window.host().outputArea().getName()));
        assertEquals("lessonPanel.gradient-descent", edt(() -> window.host().centreView().getName()));
        click(window, "explanation.close");
        assertStandardView();
    }

    @Test
    void aBadUserLessonIsNamedAndTheOthersStillLoad() throws Exception {
        Files.writeString(userFolder.resolve("broken.json"), "{ \"id\": \"broken\", \"title\": ",
                StandardCharsets.UTF_8);
        String good = new String(LessonLibrary.class.getResourceAsStream(LessonLibrary.RESOURCE_FOLDER
                + "06-hidden-layer-circle.json").readAllBytes(), StandardCharsets.UTF_8)
                .replace("\"hidden-layer-circle\"", "\"my-circle\"").replace("\"order\": 6", "\"order\": 13")
                .replace("A hidden layer separates the circle", "My own circle");
        Files.writeString(userFolder.resolve("mine.json"), good, StandardCharsets.UTF_8);
        LessonsMenu menu = install(true);
        assertEquals(13, menu.loaded().lessons().size());
        assertEquals(1, menu.loaded().problems().size());
        assertTrue(edt(window.host()::noticeText).contains("broken.json"), edt(window.host()::noticeText));
        assertNotNull(edt(() -> find(menu.menu().getPopupMenu(), "lessons.problems", Component.class)));
        assertTrue(edt(() -> find(window, "lessonProblems", javax.swing.JLabel.class).getText()
                .contains("broken.json")));
        clickMenu(menu, "lesson.my-circle");
        assertEquals("my-circle", edt(() -> menu.opener().current().orElseThrow().id()));
    }

    /** The lessons folder of {@link HostileLessons}: a 30000-wide network, a broken file, a 2 MB file. */
    @Test
    void hostileLessonFilesAreListedInTheMenuAndOnTheStartPageAndTheOthersOpen() throws Exception {
        HostileLessons.writeInto(userFolder);
        LessonsMenu menu = install(true);
        assertEquals(14, menu.loaded().lessons().size(), menu.loaded().problems().toString());
        assertEquals(3, menu.loaded().problems().size(), menu.loaded().problems().toString());
        javax.swing.JMenu problems = edt(() -> find(menu.menu().getPopupMenu(), "lessons.problems",
                javax.swing.JMenu.class));
        String items = edt(() -> {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < problems.getItemCount(); i++) {
                b.append(problems.getItem(i).getText()).append('\n');
            }
            return b.toString();
        });
        assertTrue(items.contains(userFolder.resolve("big.json") + ": setup.network: training the network 2 → 30000"
                + " → 30000 → 1") && items.contains("broken.json: not valid JSON")
                && items.contains("huge.json: is 2.0 MB"), items);
        String startPage = edt(() -> find(window, "lessonProblems", javax.swing.JLabel.class).getText());
        assertTrue(startPage.contains("big.json") && startPage.contains(" of memory but only ")
                && startPage.contains("huge.json"), startPage);
        click(window, "lessonCard.fine");
        assertEquals("fine", edt(() -> menu.opener().current().orElseThrow().id()));
        clickMenu(menu, "lesson.hidden-layer-circle");
        assertEquals("hidden-layer-circle", edt(() -> menu.opener().current().orElseThrow().id()));
    }

    @Test
    void theStartPageListsTheLessonsAndACardOpensOne() throws Exception {
        LessonsMenu menu = install(true);
        assertTrue(edt(() -> window.host().centreView() instanceof StartPage));
        assertFalse(edt(window.host()::sandboxControlsVisible));
        for (Lesson lesson : menu.loaded().lessons()) {
            assertNotNull(edt(() -> find(window, "lessonCard." + lesson.id(), AbstractButton.class)), lesson.id());
        }
        click(window, "lessonCard.hidden-layer-circle");
        assertEquals("hidden-layer-circle", edt(() -> menu.opener().current().orElseThrow().id()));
        assertEquals("networkPanel", edt(() -> window.host().centreView().getName()));

        clickMenu(menu, "lessons.startPage");
        assertTrue(edt(() -> window.host().centreView() instanceof StartPage));
        assertTrue(edt(() -> menu.opener().current().isEmpty()));
        assertFalse(edt(window.host()::isExplanationShowing));
        click(window, "justPlay");
        assertStandardView();
        assertTrue(prefs.getBoolean(LessonsMenu.DISMISSED, false));

        run(() -> LessonsMenu.install(window.host(), new LessonLibrary(userFolder), prefs, true));
        assertEquals("networkPanel", edt(() -> window.host().centreView().getName()), "dismissed: no start page");
    }

    private void assertStandardView() throws Exception {
        assertEquals("networkPanel", edt(() -> window.host().centreView().getName()));
        assertEquals("outputView", edt(() -> window.host().outputArea().getName()));
        assertTrue(edt(window.host()::sandboxControlsVisible));
        assertFalse(edt(window.host()::isExplanationShowing));
    }

    // ------------------------------------------------------------------ helpers

    private static void clickMenu(LessonsMenu menu, String name) throws Exception {
        run(() -> find(menu.menu().getPopupMenu(), name, JMenuItem.class).doClick(0));
    }
}
