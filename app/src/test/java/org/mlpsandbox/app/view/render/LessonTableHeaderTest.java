package org.mlpsandbox.app.view.render;

import static org.mlpsandbox.app.view.SwingTrees.find;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Rectangle;
import java.nio.file.Files;
import javax.swing.JTable;
import javax.swing.JViewport;
import javax.swing.SwingUtilities;
import javax.swing.table.JTableHeader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mlpsandbox.app.lesson.LessonLibrary;
import org.mlpsandbox.app.view.WindowRenderer;
import org.mlpsandbox.app.view.Zoom;
import org.mlpsandbox.engine.plugin.PluginRegistry;

/**
 * Lesson 2's table of the rates' paths shows its column headers (a table outside a scroll pane loses them) on a
 * 1024×768 screen, at 100 % and in presentation mode.
 */
class LessonTableHeaderTest {

    @AfterEach
    void actualSize() throws Exception {
        SwingUtilities.invokeAndWait(() -> Zoom.use(Zoom.MIN));
    }

    @ParameterizedTest(name = "zoom {0}")
    @ValueSource(floats = {1f, 1.5f})
    void theRatesTableShowsItsHeaders(float zoom) throws Exception {
        WindowRenderer.Scene scene = WindowRenderer.build(new WindowRenderer.Request("2", null, false, 1024, 768, 0,
                zoom), PluginRegistry.builtIn(), new LessonLibrary(Files.createTempDirectory("no-user-lessons")));
        try {
            SwingUtilities.invokeAndWait(() -> {
                scene.paint();
                JTable table = find(scene.root(), JTable.class);
                assertNotNull(table, "lesson 2 has its table");
                JTableHeader header = table.getTableHeader();
                assertTrue(header.getParent() instanceof JViewport, "the header sits in the scroll pane's column "
                        + "header");
                assertEquals(table.getColumnCount(), header.getColumnModel().getColumnCount());
                int line = header.getFontMetrics(header.getFont()).getHeight();
                assertTrue(header.getHeight() >= line, "header " + header.getHeight() + " px high, text " + line);
                Rectangle shown = SwingUtilities.convertRectangle(header.getParent(), header.getBounds(),
                        scene.root()).intersection(new Rectangle(scene.root().getSize()));
                assertTrue(shown.height >= line && shown.width >= table.getColumnCount() * 20,
                        "the header is on screen: " + shown);
                assertTrue(header.getParent().isVisible() && header.isVisible());
            });
        } finally {
            SwingUtilities.invokeAndWait(scene::close);
        }
    }
}
