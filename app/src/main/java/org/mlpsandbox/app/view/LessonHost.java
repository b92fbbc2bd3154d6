package org.mlpsandbox.app.view;

import javax.swing.JComponent;
import javax.swing.JMenu;
import org.mlpsandbox.app.model.SandboxModel;

/**
 * What a lesson (or another extension) may do with the main window, on the event thread: apply a
 * {@link org.mlpsandbox.app.model.Setup} to the {@link #model()}, add a menu, show an explanation above the centre
 * view, swap the centre or output view for its own panel, hide the sandbox's own controls, pick a tab and show a
 * passing notice.
 */
public interface LessonHost {

    /** The window's state: apply a lesson's setup with {@code model().apply}. */
    SandboxModel model();

    /** Adds a menu to the menu bar (a Lessons menu, say). */
    void addMenu(JMenu menu);

    /** Shows an explanation (simple HTML) above the centre view; replaces any shown before. */
    void showExplanation(String title, String html);

    /**
     * Shows an explanation whose close button reads {@code closeLabel} (e.g. "Close lesson") and runs
     * {@code onClose} instead of only hiding the panel.
     */
    void showExplanation(String title, String html, String closeLabel, Runnable onClose);

    void hideExplanation();

    /** Whether an explanation is showing. */
    boolean isExplanationShowing();

    /** The explanation's title as shown. */
    String explanationTitle();

    /** Replaces the centre view (the network editor) with another component. */
    void setCentreView(JComponent view);

    /** Puts the network editor back in the centre. */
    void restoreCentreView();

    /** The component in the centre now (the network editor unless replaced). */
    JComponent centreView();

    /** Replaces the output view (decision boundary or curve) with another component, under another title. */
    void setOutputView(String title, JComponent view);

    /** Puts the decision boundary / curve view back. */
    void restoreOutputView();

    /** The component in the output area now. */
    JComponent outputArea();

    /**
     * Shows or hides the sandbox's own controls (data and training on the left, output and charts on the right, the
     * status bar, and Play, Step, Reset and Speed in the tool bar), e.g. while a lesson's own view fills the centre.
     */
    void setSandboxControlsVisible(boolean visible);

    /** Whether the sandbox's own controls are showing. */
    boolean sandboxControlsVisible();

    /** Selects the tab under the output view with this title ("Loss", "Gradients", "Plugins"), if there is one. */
    void selectTab(String title);

    /** The title of the selected tab under the output view. */
    String selectedTab();

    /**
     * Before a lesson replaces the experiment: asks Save / Don't save / Cancel when it has unsaved work (trained or
     * edited since saved) and, going on, forgets its file so that Save asks for a new one.
     *
     * @param question the question, naming what would replace the experiment
     * @return whether to go on
     */
    boolean replaceExperiment(String question);

    /** A passing message in the tool bar (cleared after a few seconds); the whole text is in its tooltip. */
    void notice(String text);

    /** The passing message now shown in the tool bar, or empty. */
    String noticeText();

    /**
     * Opens the Backprop tab on sample {@code index} of {@code data} (network-scaled inputs and encoded targets): a
     * sample the student picked somewhere other than the output view, e.g. a misread test digit.
     */
    default void stepThroughBackprop(org.mlpsandbox.engine.data.Dataset data, int index) {
    }

    /**
     * What the Backprop tab tells the student to click to pick a sample, when it is not a training point in the
     * output view (a lesson whose output view has none); {@code null} for the output view again.
     */
    default void setBackpropHint(String hint) {
    }
}
