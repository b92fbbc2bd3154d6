package org.mlpsandbox.app.lesson;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Which view a lesson opens: the main window's standard views, or one of the custom interactive panels. */
public enum LessonView {
    /** The main window: data, network, training controls and the panels the lesson lists. Needs a setup. */
    PLAYGROUND("playground", true),
    /** Walkers sliding down a 1-D curve. */
    GRADIENT_DESCENT("gradient-descent", false),
    /** Four learning rates on x², side by side. */
    LEARNING_RATE("learning-rate", false),
    /** One neuron fitting a noisy line, by hand and by gradient descent. */
    ONE_NEURON("one-neuron", false),
    /** Two ReLU neurons summed to fit a bent line. */
    RELU_BEND("relu-bend", false),
    /** Handwritten digits: training plus confusion matrix, misclassified gallery and drawing canvas. Needs a setup. */
    DIGITS("digits", true);

    private final String id;
    private final boolean needsSetup;

    LessonView(String id, boolean needsSetup) {
        this.id = id;
        this.needsSetup = needsSetup;
    }

    /** The name used in lesson files, e.g. "gradient-descent". */
    public String id() {
        return id;
    }

    /** Whether lessons with this view must carry a setup (data, network, training). */
    public boolean needsSetup() {
        return needsSetup;
    }

    /**
     * The view with this id.
     *
     * @throws IllegalArgumentException listing the valid ids
     */
    public static LessonView fromId(String id) {
        for (LessonView v : values()) {
            if (v.id.equals(id)) {
                return v;
            }
        }
        throw new IllegalArgumentException("unknown view '" + id + "'; use one of: " + ids());
    }

    /** The valid ids, comma-separated. */
    public static String ids() {
        return Arrays.stream(values()).map(LessonView::id).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return id;
    }
}
