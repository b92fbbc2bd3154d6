package org.mlpsandbox.app.view.help;

import java.awt.Component;
import java.awt.event.KeyEvent;
import java.util.List;
import java.util.function.Supplier;
import javax.swing.JEditorPane;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.JOptionPane;
import javax.swing.JScrollPane;
import javax.swing.KeyStroke;
import org.mlpsandbox.app.lesson.Lesson;

/**
 * Help: Keyboard shortcuts (F1), Lesson guide, About MLP Sandbox. Items are named {@code helpShortcuts},
 * {@code helpLessons} and {@code helpAbout}.
 */
public final class HelpMenu {

    private HelpMenu() {
    }

    /**
     * @param parent  the window the dialogs belong to
     * @param menus   the menu bar whose accelerators the shortcuts list shows (read when opened)
     * @param lessons the lessons of the guide (loaded when opened)
     */
    public static JMenu create(Component parent, JMenuBar menus, Supplier<List<Lesson>> lessons) {
        JMenu help = new JMenu("Help");
        help.setName("helpMenu");
        JMenuItem shortcuts = item("Keyboard shortcuts", "helpShortcuts",
                () -> show(parent, "Keyboard shortcuts", shortcutsHtml(Shortcuts.of(menus))));
        shortcuts.setAccelerator(KeyStroke.getKeyStroke(KeyEvent.VK_F1, 0));
        help.add(shortcuts);
        help.add(item("Lesson guide", "helpLessons",
                () -> show(parent, "Lesson guide", lessonsHtml(lessons.get()))));
        help.addSeparator();
        help.add(item("About MLP Sandbox", "helpAbout", () -> AboutPanel.show(parent)));
        return help;
    }

    static String shortcutsHtml(List<Shortcuts.Shortcut> shortcuts) {
        StringBuilder b = new StringBuilder("<html><table cellpadding=3>");
        for (Shortcuts.Shortcut s : shortcuts) {
            b.append("<tr><td><b>").append(escape(s.keys())).append("</b></td><td>").append(escape(s.action()))
                    .append("</td></tr>");
        }
        return b.append("</table></html>").toString();
    }

    static String lessonsHtml(List<Lesson> lessons) {
        StringBuilder b = new StringBuilder("<html><p>Open a lesson from the <b>Lessons</b> menu. Each one sets up "
                + "the data, the network and the training, and explains what to try. They build on each other:</p>"
                + "<table cellpadding=3>");
        for (Lesson l : lessons) {
            b.append("<tr><td valign=top><b>").append(l.order()).append("</b></td><td><b>")
                    .append(escape(l.title())).append("</b><br>").append(escape(l.summary())).append("</td></tr>");
        }
        return b.append("</table><p>A teacher can add lessons as JSON files in the lesson folder; the README "
                + "explains the format.</p></html>").toString();
    }

    private static void show(Component parent, String title, String html) {
        JEditorPane text = new JEditorPane("text/html", html);
        text.setName("helpText");
        text.setEditable(false);
        text.putClientProperty(JEditorPane.HONOR_DISPLAY_PROPERTIES, Boolean.TRUE);
        text.setCaretPosition(0);
        JScrollPane scroll = new JScrollPane(text);
        scroll.setPreferredSize(new java.awt.Dimension(620, 460));
        JOptionPane.showMessageDialog(parent, scroll, title, JOptionPane.PLAIN_MESSAGE);
    }

    private static JMenuItem item(String text, String name, Runnable run) {
        JMenuItem item = new JMenuItem(text);
        item.setName(name);
        item.addActionListener(e -> run.run());
        return item;
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
