package org.mlpsandbox.app.view.lesson;

import java.awt.KeyboardFocusManager;
import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;
import javax.swing.AbstractAction;
import javax.swing.JComponent;
import javax.swing.KeyStroke;
import javax.swing.text.JTextComponent;

/** Keys of the interactive lessons. */
final class LessonKeys {

    /** The action name of Space in a lesson panel's maps. */
    static final String PLAY_PAUSE = "lesson.playPause";

    private LessonKeys() {
    }

    /**
     * Space plays and pauses {@code play} while {@code panel} is in the window (before the window's own Space, which
     * trains the hidden sandbox), except while the user types into a text field.
     */
    static void bindSpace(JComponent panel, PlayButton play) {
        panel.getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW).put(KeyStroke.getKeyStroke(KeyEvent.VK_SPACE, 0),
                PLAY_PAUSE);
        panel.getActionMap().put(PLAY_PAUSE, new AbstractAction("Play / Pause") {
            @Override
            public void actionPerformed(ActionEvent e) {
                if (KeyboardFocusManager.getCurrentKeyboardFocusManager()
                        .getFocusOwner() instanceof JTextComponent) {
                    return;
                }
                play.setPlaying(!play.isPlaying());
            }
        });
    }
}
