package org.mlpsandbox.app.action;

import java.awt.event.ActionEvent;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.util.function.Consumer;
import javax.swing.AbstractAction;
import javax.swing.KeyStroke;
import org.mlpsandbox.app.model.SandboxModel;
import org.mlpsandbox.app.model.WeightEdits;

/**
 * Undo weight edit (Ctrl+Z): puts back the value the last weight or bias typed into the network diagram replaced.
 * Enabled while that edit's run lasts.
 */
public final class UndoWeightEditAction extends AbstractAction {

    private final SandboxModel model;
    private final Consumer<String> notice;

    public UndoWeightEditAction(SandboxModel model, Consumer<String> notice) {
        super("Undo weight edit");
        this.model = model;
        this.notice = notice;
        putValue(SHORT_DESCRIPTION, "Put back the weight or bias you last typed into the network diagram (Ctrl+Z)");
        putValue(ACCELERATOR_KEY, KeyStroke.getKeyStroke(KeyEvent.VK_Z, InputEvent.CTRL_DOWN_MASK));
        putValue("ActionCommandKey", "undoWeightEdit");
        setEnabled(false);
        model.addListener(c -> setEnabled(model.weightEdits().canUndo()));
    }

    @Override
    public void actionPerformed(ActionEvent e) {
        WeightEdits edits = model.weightEdits();
        var last = edits.lastEdit();
        if (last.isPresent() && edits.undo()) {
            notice.accept((last.get().target().isBias() ? "Bias" : "Weight") + " put back to "
                    + org.mlpsandbox.app.format.Numbers.compact(last.get().before(), 4));
        }
        setEnabled(edits.canUndo());
    }
}
