package org.mlpsandbox.app.view;

import java.awt.Component;
import java.awt.FontMetrics;
import java.awt.Insets;
import javax.swing.AbstractButton;
import javax.swing.JComboBox;
import javax.swing.UIManager;

/**
 * The value a closed combo shows in a narrow (zoomed) column: the whole text when it fits, else its part before a
 * parenthesis ("Log-loss" for "Log-loss (binary cross-entropy)", "None" for "None (raw values)"); the list and the
 * tooltip keep the whole text. {@link #wraps} says when even that does not fit one line.
 */
final class ComboFit {

    private ComboFit() {
    }

    /** The pixels the closed combo has for its value: its width less its borders, padding and arrow button. */
    static int room(JComboBox<?> combo) {
        int arrow = 0;
        for (Component child : combo.getComponents()) {
            if (child instanceof AbstractButton b) {
                arrow = b.getWidth() > 0 ? b.getWidth() : b.getPreferredSize().width;
            }
        }
        Insets insets = combo.getInsets();
        Insets padding = UIManager.getInsets("ComboBox.padding");
        return combo.getWidth() - insets.left - insets.right - arrow
                - (padding == null ? 0 : padding.left + padding.right);
    }

    /** {@code full}, or its part before " (" when the whole does not fit the closed combo (not laid out yet: whole). */
    static String fitting(JComboBox<?> combo, String full) {
        int paren = full.indexOf(" (");
        if (paren <= 0 || combo.getWidth() <= 0) {
            return full;
        }
        FontMetrics fm = combo.getFontMetrics(combo.getFont());
        return fm.stringWidth(full) <= room(combo) ? full : full.substring(0, paren);
    }

    /** Whether {@link #fitting} of {@code full} is still wider than the closed combo (it must wrap to two lines). */
    static boolean wraps(JComboBox<?> combo, String full) {
        if (combo.getWidth() <= 0) {
            return false;
        }
        FontMetrics fm = combo.getFontMetrics(combo.getFont());
        return fm.stringWidth(fitting(combo, full)) > room(combo);
    }
}
