package org.mlpsandbox.app.lesson;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One lesson: a title and a short explanation beside a ready view. Read from a JSON file by {@link LessonParser};
 * usually obtained from a {@link LessonLibrary}.
 *
 * @param id          short stable name, lower case with dashes, e.g. "hidden-layer-circle" ({@code train --lesson})
 * @param order       position in the Lessons menu (lessons sort by order, then title)
 * @param title       menu and heading text
 * @param summary     one line for the start page
 * @param explanation a few short paragraphs in simple HTML (for a JEditorPane or JLabel): what to look at, what to try
 * @param view        the view the lesson opens
 * @param setup       data, network and training; present for {@link LessonView#PLAYGROUND} and
 *                    {@link LessonView#DIGITS}, empty for the custom interactive views
 * @param panels      which panels of the playground to show, e.g. "boundary", "loss" (see {@link #KNOWN_PANELS})
 * @param hidden      the window's controls the lesson hides (names of
 *                    {@link org.mlpsandbox.app.model.ControlNames}), e.g. "layers", "optimizer"; may be empty
 * @param source      where the lesson was read from, for messages
 */
public record Lesson(String id, int order, String title, String summary, String explanation, LessonView view,
                     Optional<LessonSetup> setup, List<String> panels, List<String> hidden, String source) {

    /** The panel names a lesson may list. */
    public static final List<String> KNOWN_PANELS = List.of("network", "boundary", "curve", "loss", "accuracy",
            "gradients", "weights", "confusion", "misclassified", "draw");

    public Lesson {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(explanation, "explanation");
        Objects.requireNonNull(view, "view");
        Objects.requireNonNull(setup, "setup");
        panels = List.copyOf(panels);
        hidden = List.copyOf(hidden);
        Objects.requireNonNull(source, "source");
    }

    /** The explanation as a complete HTML document, ready for {@code JEditorPane.setText} or a JLabel. */
    public String explanationHtml() {
        return "<html><body>" + explanation + "</body></html>";
    }

    /** Whether the lesson lists this panel. */
    public boolean shows(String panel) {
        return panels.contains(panel);
    }

    @Override
    public String toString() {
        return order + ". " + title + " [" + id + ", " + view + "]";
    }
}
