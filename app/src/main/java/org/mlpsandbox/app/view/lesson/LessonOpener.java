package org.mlpsandbox.app.view.lesson;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import javax.swing.JComponent;
import javax.swing.SwingWorker;
import javax.swing.Timer;
import org.mlpsandbox.app.lesson.Lesson;
import org.mlpsandbox.app.lesson.LessonSetup;
import org.mlpsandbox.app.lesson.LessonView;
import org.mlpsandbox.app.model.SandboxModel;
import org.mlpsandbox.app.view.LessonHost;
import org.mlpsandbox.app.view.digits.DigitsPanel;
import org.mlpsandbox.engine.data.Dataset;
import org.mlpsandbox.engine.data.TrainTestSplit;
import org.mlpsandbox.engine.train.TrainingSession.Snapshot;

/**
 * Opens lessons in a main window and closes them again. Event thread only.
 *
 * <ul>
 *   <li><b>Playground</b> lessons apply their setup to the window's model (autoencoder data, whose targets are its
 *   inputs, is handed over as a ready split), select the tab the lesson names (Gradients or Loss) and show the
 *   explanation above the network.</li>
 *   <li><b>Custom</b> lessons (gradient descent, learning rate, one neuron, ReLU bend) put their interactive panel in
 *   the centre and hide the sandbox's controls, which do not apply to them.</li>
 *   <li>The <b>digits</b> lesson reads the shipped digits off the event thread, then applies its setup; the output
 *   area shows a {@link DigitsPanel} fed from the latest training snapshot at most once a second (never the live
 *   network), and the loss chart shows the accuracy.</li>
 * </ul>
 * Closing a lesson (the explanation's "Close lesson" button, or opening another) restores the standard view; the
 * lesson's setup stays in the model, to play with.
 */
public final class LessonOpener {

    /** How often the digits views re-read the latest snapshot. */
    static final int DIGITS_REFRESH_MILLIS = 1000;
    /** What the Backprop tab asks the student to click in the digits lesson. */
    static final String DIGITS_BACKPROP_HINT = "click a digit in Digits → Misread digits to step through it";
    /** How often the autoencoder's reconstructions re-read the latest snapshot (a few rows: cheap). */
    static final int RECONSTRUCTION_REFRESH_MILLIS = 150;

    private final LessonHost window;
    private final Runnable onClose;
    private Lesson current;
    private Timer digitsTimer;
    private DigitsPanel digitsPanel;
    private long digitsVersion = -1;
    private SwingWorker<TrainTestSplit, Void> loading;
    /** An autoencoder lesson's inputs beside their reconstructions, and what keeps it up to date. */
    private ReconstructionView reconstructions;
    private Timer reconstructionTimer;
    private long reconstructionVersion = -1;
    /** The speed before the digits lesson set full speed, restored when it closes; -1 when not changed. */
    private org.mlpsandbox.app.model.Speed speedBefore;

    /**
     * @param window  the window lessons open in
     * @param onClose run after a lesson closes (the menu updates its items), may do nothing
     */
    public LessonOpener(LessonHost window, Runnable onClose) {
        this.window = Objects.requireNonNull(window);
        this.onClose = Objects.requireNonNull(onClose);
        window.model().file().addReplacedListener(this::experimentReplaced);
        window.model().addListener(change -> {
            // digits views shown for an opened file go when the user switches to data they cannot read
            if (change == SandboxModel.Change.DATA && current == null && digitsPanel != null
                    && window.model().data().rawData().inputCount() != LessonSetup.DataSetup.DIGIT_INPUTS) {
                close(false);
            }
        });
    }

    /**
     * An opened file (or File → New) replaced the experiment: the lesson open until now no longer describes it, so it
     * closes; a model of the 28×28 digits gets the digits views (confusion matrix, gallery, draw canvas).
     */
    private void experimentReplaced() {
        close();
        if (window.model().data().rawData().inputCount() == LessonSetup.DataSetup.DIGIT_INPUTS) {
            DigitsPanel panel = new DigitsPanel();
            panel.setName("digitsPanel");
            digitsPanel = panel;
            window.setOutputView("Digits", panel);
            startDigitsViews(panel);
        }
    }

    /** The lesson open now, if any. */
    public Optional<Lesson> current() {
        return Optional.ofNullable(current);
    }

    /** Whether a lesson is still being prepared (the digits are being read and not yet applied). */
    public boolean isLoading() {
        return loading != null;
    }

    /** The digits views while the digits lesson is open. */
    public Optional<DigitsPanel> digitsPanel() {
        return Optional.ofNullable(digitsPanel);
    }

    /** Closes the lesson open now (if any) and opens {@code lesson}. */
    public void open(Lesson lesson) {
        close(false);
        current = lesson;
        window.model().run().pause();
        String title = "Lesson " + lesson.order() + " · " + lesson.title();
        window.showExplanation(title, explanationHtml(lesson), "Close lesson", this::close);
        switch (lesson.view()) {
            case PLAYGROUND -> openPlayground(lesson);
            case DIGITS -> openDigits(lesson);
            default -> openCustom(lesson);
        }
    }

    /** The summary in italics, then the lesson's paragraphs. */
    static String explanationHtml(Lesson lesson) {
        return "<html><body><p><i>" + lesson.summary() + "</i></p>" + lesson.explanation() + "</body></html>";
    }

    /** Closes the open lesson and restores the standard view. */
    public void close() {
        close(true);
    }

    private void close(boolean notify) {
        if (loading != null) {
            loading.cancel(false);
            loading = null;
        }
        if (digitsTimer != null) {
            digitsTimer.stop();
            digitsTimer = null;
        }
        if (digitsPanel != null) {
            window.setBackpropHint(null);
        }
        digitsPanel = null;
        digitsVersion = -1;
        if (reconstructionTimer != null) {
            reconstructionTimer.stop();
            reconstructionTimer = null;
        }
        reconstructions = null;
        reconstructionVersion = -1;
        if (speedBefore != null) {
            window.model().run().setSpeed(speedBefore);
            speedBefore = null;
        }
        boolean wasOpen = current != null;
        current = null;
        window.hideExplanation();
        window.restoreCentreView();
        window.restoreOutputView();
        window.setSandboxControlsVisible(true);
        window.model().classroom().clear();
        if (wasOpen && notify) {
            onClose.run();
        }
    }

    private void openPlayground(Lesson lesson) {
        LessonSetup setup = lesson.setup().orElseThrow(() -> new IllegalArgumentException(
                lesson.id() + ": a playground lesson needs a setup"));
        SandboxModel model = window.model();
        model.apply(setup.sandboxSetup());
        if (setup.hasOwnData()) {
            try {
                model.data().useData(setup.createData(model.plugins()), setup.dataSpec(model.plugins()));
            } catch (java.io.IOException | RuntimeException e) {
                window.notice("Lesson " + lesson.order() + ": could not make its data: " + e.getMessage());
            }
        }
        model.file().markSaved(); // the lesson as it opens is nothing to lose: only training it or editing it is
        model.classroom().hide(lesson.hidden());
        window.selectTab(lesson.shows("gradients") ? "Gradients" : "Loss");
        if (setup.data().autoencoder()) {
            showReconstructions();
        }
    }

    /**
     * An autoencoder (targets are the inputs) gets its inputs and reconstructions as the output view, in place of the
     * decision boundary, re-read from the latest snapshot {@value #RECONSTRUCTION_REFRESH_MILLIS} ms apart.
     */
    private void showReconstructions() {
        reconstructions = new ReconstructionView();
        window.setOutputView("Inputs and reconstructions", reconstructions);
        refreshReconstructions();
        reconstructionTimer = new Timer(RECONSTRUCTION_REFRESH_MILLIS, e -> refreshReconstructions());
        reconstructionTimer.start();
    }

    private void refreshReconstructions() {
        Optional<Snapshot> s = window.model().run().lastSnapshot();
        if (reconstructions == null || s.isEmpty() || s.get().version() == reconstructionVersion) {
            return;
        }
        reconstructionVersion = s.get().version();
        reconstructions.show(s.get().network(), window.model().data().networkData().test());
    }

    /** The autoencoder lesson's reconstruction view while it is open. */
    public Optional<ReconstructionView> reconstructions() {
        return Optional.ofNullable(reconstructions);
    }

    private void openCustom(Lesson lesson) {
        JComponent panel = LessonViews.customPanel(lesson).orElseThrow(() -> new IllegalArgumentException(
                lesson.id() + ": no panel for the view " + lesson.view()));
        panel.setName("lessonPanel." + lesson.view().id());
        window.setSandboxControlsVisible(false);
        window.setCentreView(panel);
    }

    private void openDigits(Lesson lesson) {
        LessonSetup setup = lesson.setup().orElseThrow(() -> new IllegalArgumentException(
                lesson.id() + ": the digits lesson needs a setup"));
        DigitsPanel panel = new DigitsPanel();
        panel.setName("digitsPanel");
        digitsPanel = panel;
        window.setOutputView("Digits", panel);
        // the Backprop tab's sample: a misread test digit (the digits view has no training points to click)
        panel.misclassified().setPickListener(i -> window.stepThroughBackprop(
                window.model().data().networkData().test(), i), "Click a digit to step through backprop on it");
        window.setBackpropHint(DIGITS_BACKPROP_HINT);
        window.selectTab("Loss");
        window.notice("Reading the digits…");
        loading = new SwingWorker<>() {
            @Override
            protected TrainTestSplit doInBackground() throws Exception {
                return setup.createData();
            }

            @Override
            protected void done() {
                if (isCancelled() || current != lesson) {
                    return;
                }
                loading = null;
                try {
                    TrainTestSplit digits = get();
                    SandboxModel model = window.model();
                    model.apply(setup.sandboxSetup());
                    model.data().useData(digits, setup.dataSpec());
                    model.file().markSaved(); // the lesson as it opens is nothing to lose
                    model.classroom().hide(lesson.hidden());
                    speedBefore = model.run().speed();
                    model.run().setSpeed(org.mlpsandbox.app.model.Speed.FULL); // 784 inputs: batches by the frame would crawl; train as fast as it goes
                    window.notice("");
                    startDigitsViews(panel);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (ExecutionException e) {
                    window.notice("Could not read the digits: " + e.getCause().getMessage());
                }
            }
        };
        loading.execute();
    }

    private void startDigitsViews(DigitsPanel panel) {
        refreshDigits(panel);
        digitsTimer = new Timer(DIGITS_REFRESH_MILLIS, e -> refreshDigits(panel));
        digitsTimer.start();
    }

    /** Shows the latest snapshot's network in the digits views, when it is new and no evaluation is under way. */
    private void refreshDigits(DigitsPanel panel) {
        Optional<Snapshot> s = window.model().run().lastSnapshot();
        if (s.isEmpty() || s.get().version() == digitsVersion || panel.isEvaluating()) {
            return;
        }
        Dataset test = window.model().data().rawSplit().test();
        if (test.inputCount() != s.get().network().inputs()) {
            return; // the user switched to other data: nothing to read digits with
        }
        digitsVersion = s.get().version();
        panel.show(s.get().network(), test);
    }

    /** Whether {@code lesson}'s view replaces the centre. */
    static boolean isCustom(Lesson lesson) {
        return lesson.view() != LessonView.PLAYGROUND && lesson.view() != LessonView.DIGITS;
    }
}
