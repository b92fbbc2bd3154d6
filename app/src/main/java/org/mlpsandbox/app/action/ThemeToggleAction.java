package org.mlpsandbox.app.action;

import java.awt.event.ActionEvent;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import javax.swing.AbstractAction;
import javax.swing.KeyStroke;
import org.mlpsandbox.app.view.Theme;

/** Switches between the light and dark theme and remembers the choice. */
public final class ThemeToggleAction extends AbstractAction {

    public ThemeToggleAction() {
        super("Dark theme");
        putValue(SHORT_DESCRIPTION, "Switch between the light and the dark theme (Ctrl+T)");
        putValue(ACCELERATOR_KEY, KeyStroke.getKeyStroke(KeyEvent.VK_T, InputEvent.CTRL_DOWN_MASK));
        putValue(SELECTED_KEY, Theme.isDark());
    }

    @Override
    public void actionPerformed(ActionEvent e) {
        boolean dark = !Theme.isDark();
        Theme.setDark(dark);
        putValue(SELECTED_KEY, dark);
    }
}
