package org.mlpsandbox.app.action;

import java.awt.event.ActionEvent;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import javax.swing.AbstractAction;
import javax.swing.KeyStroke;
import org.mlpsandbox.app.model.SandboxModel;

/** Reset: rebuilds the network from its seed and starts the run afresh. */
public final class ResetAction extends AbstractAction {

    private final SandboxModel model;

    public ResetAction(SandboxModel model) {
        super("↺ Reset");
        this.model = model;
        putValue(SHORT_DESCRIPTION, "Re-initialise the weights from the seed and start again (Ctrl+R)");
        putValue(ACCELERATOR_KEY, KeyStroke.getKeyStroke(KeyEvent.VK_R, InputEvent.CTRL_DOWN_MASK));
    }

    @Override
    public void actionPerformed(ActionEvent e) {
        model.run().reset();
    }
}
