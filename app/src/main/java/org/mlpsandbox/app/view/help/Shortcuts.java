package org.mlpsandbox.app.view.help;

import java.awt.event.InputEvent;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.KeyStroke;

/**
 * The keyboard shortcuts: every menu item's accelerator, read from the menu bar itself (so the list cannot go stale),
 * then the keys that are not on a menu.
 */
public final class Shortcuts {

    /** One shortcut: the keys as people write them ("Ctrl+S") and what they do ("File → Save"). */
    public record Shortcut(String keys, String action) {
    }

    /** Keys handled by views rather than menus. */
    private static final List<Shortcut> OTHERS = List.of(
            new Shortcut("← / →", "Backprop tab: step back / forward through the pass"),
            new Shortcut("Space", "Lessons 1 and 2: play / pause the animation"),
            new Shortcut("Ctrl+= / keypad + −", "View → Zoom in / Zoom out, as Ctrl+Plus / Ctrl+Minus"),
            new Shortcut("Drop a .jar", "install a plugin into the plugin folder and reload"),
            new Shortcut("Drop a .json / .csv", "open an experiment / use a CSV file as data"));

    private Shortcuts() {
    }

    /** The accelerators of {@code menus} (depth first, in menu order), then the other keys. */
    public static List<Shortcut> of(JMenuBar menus) {
        List<Shortcut> list = new ArrayList<>();
        for (int i = 0; i < menus.getMenuCount(); i++) {
            JMenu menu = menus.getMenu(i);
            if (menu != null) {
                collect(menu, menu.getText(), list);
            }
        }
        list.addAll(OTHERS);
        return list;
    }

    private static void collect(JMenu menu, String path, List<Shortcut> list) {
        for (int i = 0; i < menu.getItemCount(); i++) {
            JMenuItem item = menu.getItem(i);
            if (item instanceof JMenu sub) {
                collect(sub, path + " → " + sub.getText(), list);
            } else if (item != null && item.getAccelerator() != null) {
                list.add(new Shortcut(keys(item.getAccelerator()), path + " → " + item.getText()));
            }
        }
    }

    /** "Ctrl+Shift+Right", "Space", "F1". */
    static String keys(KeyStroke k) {
        String modifiers = InputEvent.getModifiersExText(k.getModifiers());
        String key = java.awt.event.KeyEvent.getKeyText(k.getKeyCode());
        return modifiers.isEmpty() ? key : modifiers + "+" + key;
    }
}
