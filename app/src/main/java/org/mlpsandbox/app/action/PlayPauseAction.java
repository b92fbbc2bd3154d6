package org.mlpsandbox.app.action;

import java.awt.KeyboardFocusManager;
import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;
import javax.swing.AbstractAction;
import javax.swing.KeyStroke;
import javax.swing.text.JTextComponent;
import org.mlpsandbox.app.model.SandboxModel;

/** Play / Pause (Space). Its name follows the model: "Play" when paused, "Pause" while training. */
public final class PlayPauseAction extends AbstractAction {

    private final SandboxModel model;

    public PlayPauseAction(SandboxModel model) {
        this.model = model;
        putValue(ACCELERATOR_KEY, KeyStroke.getKeyStroke(KeyEvent.VK_SPACE, 0));
        putValue(ACTION_COMMAND_KEY, "playPause");
        refresh();
        model.addListener(c -> refresh());
    }

    private void refresh() {
        boolean playing = model.run().isPlaying();
        putValue(NAME, playing ? "❚❚  Pause" : "▶  Play");
        putValue(SHORT_DESCRIPTION, (playing ? "Pause training" : "Train continuously") + " (Space)");
        putValue(SELECTED_KEY, playing);
        setEnabled(model.run().hasRun() || !model.run().problem().isEmpty());
    }

    @Override
    public void actionPerformed(ActionEvent e) {
        if (e.getSource() instanceof javax.swing.JRootPane
                && KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner() instanceof JTextComponent) {
            return;
        }
        model.run().togglePlay();
    }
}
