package org.mlpsandbox.app.view.help;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlpsandbox.app.lesson.Lesson;
import org.mlpsandbox.app.lesson.LessonLibrary;
import org.mlpsandbox.engine.plugin.PluginRegistry;

/** The texts of the Help dialogs, headless. */
class HelpTextTest {

    @Test
    void theLessonGuideListsEveryShippedLessonInOrderWithItsSummary(@TempDir Path noUserLessons) {
        List<Lesson> lessons = new LessonLibrary(noUserLessons).load(PluginRegistry.builtIn()).lessons();
        assertEquals(12, lessons.size());
        String html = HelpMenu.lessonsHtml(lessons);
        int at = 0;
        for (Lesson l : lessons) {
            int found = html.indexOf(l.title().replace("&", "&amp;").replace("<", "&lt;"), at);
            assertTrue(found > at, "lesson " + l.order() + " '" + l.title() + "' after the one before");
            at = found;
            assertTrue(html.contains(l.summary().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")),
                    l.summary());
        }
    }

    @Test
    void shortcutsAreEscapedForHtml() {
        String html = HelpMenu.shortcutsHtml(List.of(new Shortcuts.Shortcut("Ctrl+<", "A & B")));
        assertTrue(html.contains("<b>Ctrl+&lt;</b>") && html.contains("A &amp; B"), html);
    }
}
