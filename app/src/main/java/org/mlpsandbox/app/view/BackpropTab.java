package org.mlpsandbox.app.view;

import java.awt.event.HierarchyEvent;
import javax.swing.JButton;
import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;
import org.mlpsandbox.app.model.SandboxModel;
import org.mlpsandbox.app.view.inspect.BackpropPanel;
import org.mlpsandbox.engine.data.Dataset;
import org.mlpsandbox.engine.net.Network;
import org.mlpsandbox.engine.train.TrainingSession.Snapshot;

/**
 * The main window's "Backprop" tab: the backprop step-through on a private copy of the current network (the latest
 * training snapshot's, never the live one), taken when the tab is shown and when the user presses "Use current
 * network", on the training samples; a training point clicked in the output view becomes the sample.
 */
final class BackpropTab extends JPanel {

    private final SandboxModel model;
    private final BackpropPanel panel = new BackpropPanel();
    private final WrappingLabel status = new WrappingLabel(" "); // long: wraps in a narrow centre
    private long loadedStep = -1;
    /** What to click to pick a sample. */
    private String hint = OUTPUT_VIEW_HINT;
    /** A sample picked elsewhere than the output view ({@link #selectSample(Dataset, int)}), or null. */
    private Dataset picked;
    static final String OUTPUT_VIEW_HINT = "click a training point in the output view to pick the sample";
    private boolean stale = true;

    BackpropTab(SandboxModel model) {
        super(new MigLayout("fill, insets 6 4 0 4, gap 4 2", "[][grow,fill]", "[][][grow,fill]")); // button, hint, step-through
        this.model = model;
        setName("backpropTab");
        setMinimumSize(new java.awt.Dimension(300, 200)); // a tab must not widen the window
        JButton use = new JButton("Use current network");
        use.setName("useCurrentNetwork");
        use.setToolTipText("Step through a copy of the network as it is now (training goes on undisturbed)");
        use.addActionListener(e -> load());
        status.asHint(); // small and muted: fewer lines in a narrow (zoomed) centre
        add(use, "wrap");
        add(status, "span 2, growx, wmin 0, wrap"); // under the button: beside it, a narrow centre squeezed it
        // on a short screen (zoomed on a projector) the step-through scrolls up and down rather than being cut off
        add(OneWayScroller.vertical(panel), "span 2, grow, wmin 0");
        model.addListener(c -> {
            if (c != SandboxModel.Change.SETTINGS) {
                stale = true;
                if (onScreen() && c != SandboxModel.Change.RUN) {
                    load(); // the old network would not fit new data or layers
                }
            }
        });
        addHierarchyListener(e -> {
            if ((e.getChangeFlags() & (HierarchyEvent.SHOWING_CHANGED | HierarchyEvent.PARENT_CHANGED)) != 0
                    && onScreen()) {
                load();
            }
        });
    }

    /**
     * Shown on screen; or, in a window's content painted offscreen without a window ({@link WindowRenderer}: never
     * "showing", headless or not), in a visible tree under its root pane: the tab moved into the centre there loads
     * its network as the window's does.
     */
    private boolean onScreen() {
        if (isShowing()) {
            return true;
        }
        return javax.swing.SwingUtilities.getWindowAncestor(this) == null && InView.underRootPane(this);
    }

    /** Takes a copy of the latest snapshot's network and the training samples. */
    void load() {
        Snapshot s = model.run().latestSnapshot().orElse(null);
        if (s == null) {
            status.setText("No network: " + model.run().problem());
            return;
        }
        Network copy = s.network().copy();
        Dataset samples = picked != null && picked.inputCount() == copy.inputs() ? picked
                : model.data().networkData().train();
        panel.setNetwork(copy);
        panel.setDataset(samples);
        panel.setLearningRate(Math.max(1e-4, Math.min(100, model.settings().learningRate())));
        loadedStep = s.progress().step();
        stale = false;
        status.setText("Network after " + loadedStep + " steps · " + hint);
    }

    /** What the status line tells the student to click; {@code null} for the output view's training points. */
    void setHint(String hint) {
        this.hint = hint == null ? OUTPUT_VIEW_HINT : hint;
        if (hint == null) {
            picked = null;
        }
        stale = true;
    }

    /** Steps through sample {@code index} of {@code data} (picked outside the output view, e.g. a test digit). */
    void selectSample(Dataset data, int index) {
        picked = data;
        load();
        panel.setSampleIndex(index);
    }

    /** Steps through training sample {@code index} (a point clicked in the output view). */
    void selectSample(int index) {
        if (picked != null) { // back to the training points
            picked = null;
            stale = true;
        }
        if (stale || panel.stepper() == null) {
            load();
        }
        panel.setSampleIndex(index);
    }

    BackpropPanel panel() {
        return panel;
    }

    long loadedStep() {
        return loadedStep;
    }
}
