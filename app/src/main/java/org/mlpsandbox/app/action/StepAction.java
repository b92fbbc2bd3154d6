package org.mlpsandbox.app.action;

import java.awt.event.ActionEvent;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import javax.swing.AbstractAction;
import javax.swing.KeyStroke;
import org.mlpsandbox.app.model.SandboxModel;

/** Step: trains one batch (or, as "Step epoch", the rest of the epoch), pausing first. */
public final class StepAction extends AbstractAction {

    private final SandboxModel model;
    private final boolean epoch;

    private StepAction(SandboxModel model, boolean epoch) {
        super(epoch ? "Step epoch »" : "Step ›");
        this.model = model;
        this.epoch = epoch;
        putValue(SHORT_DESCRIPTION, epoch ? "Train the rest of this epoch, then pause (Ctrl+Shift+Right)"
                : "Train one batch, then pause (Ctrl+Right)");
        putValue(ACCELERATOR_KEY, KeyStroke.getKeyStroke(KeyEvent.VK_RIGHT,
                InputEvent.CTRL_DOWN_MASK | (epoch ? InputEvent.SHIFT_DOWN_MASK : 0)));
        model.addListener(c -> setEnabled(model.run().hasRun()));
    }

    public static StepAction batch(SandboxModel model) {
        return new StepAction(model, false);
    }

    public static StepAction epoch(SandboxModel model) {
        return new StepAction(model, true);
    }

    @Override
    public void actionPerformed(ActionEvent e) {
        if (epoch) {
            model.run().stepEpoch();
        } else {
            model.run().stepBatch();
        }
    }
}
