package org.mlpsandbox.app.view;

import java.awt.BorderLayout;
import javax.swing.JPanel;
import org.mlpsandbox.app.model.SandboxModel;
import org.mlpsandbox.app.view.inspect.InsideNetworkPanel;
import org.mlpsandbox.app.model.RunControl;

/**
 * The main window's "Inside" tab: per-layer histograms and update ratios of the current run, inspected on the
 * training thread while the tab shows. A new run (reset, rebuild) detaches from the old session and starts a fresh
 * ratio history.
 */
final class InsideTab extends JPanel {

    private final SandboxModel model;
    private final InsideNetworkPanel panel = new InsideNetworkPanel();
    private RunControl.Inspector attached;

    InsideTab(SandboxModel model) {
        super(new BorderLayout());
        this.model = model;
        setName("insideTab");
        setMinimumSize(new java.awt.Dimension(300, 200)); // a tab must not widen the window
        add(panel);
        model.addListener(c -> follow());
        follow();
    }

    /** Attaches to the model's current session if it changed. */
    private void follow() {
        RunControl.Inspector now = model.run().inspector().orElse(null);
        if (now == attached) {
            return;
        }
        panel.detach();
        panel.clearHistory();
        attached = now;
        if (now != null) {
            panel.attach(now);
        }
    }

    InsideNetworkPanel panel() {
        return panel;
    }
}
