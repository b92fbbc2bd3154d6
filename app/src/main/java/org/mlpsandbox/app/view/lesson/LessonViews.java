package org.mlpsandbox.app.view.lesson;

import java.util.Optional;
import javax.swing.JComponent;
import org.mlpsandbox.app.lesson.Lesson;
import org.mlpsandbox.app.lesson.LessonView;

/** Makes the interactive panel of a lesson with a custom view. Call on the event thread. */
public final class LessonViews {

    private LessonViews() {
    }

    /**
     * A new panel for a custom view, or empty for {@link LessonView#PLAYGROUND} (the main window's own views) and
     * {@link LessonView#DIGITS} (which needs a network and data: see the {@code view.digits} panels).
     */
    public static Optional<JComponent> customPanel(LessonView view) {
        return Optional.ofNullable(switch (view) {
            case GRADIENT_DESCENT -> new GradientDescentPanel();
            case LEARNING_RATE -> new LearningRatePanel();
            case ONE_NEURON -> new OneNeuronPanel();
            case RELU_BEND -> new ReluBendPanel();
            case PLAYGROUND, DIGITS -> null;
        });
    }

    /** {@link #customPanel(LessonView)} for a lesson's view. */
    public static Optional<JComponent> customPanel(Lesson lesson) {
        return customPanel(lesson.view());
    }
}
