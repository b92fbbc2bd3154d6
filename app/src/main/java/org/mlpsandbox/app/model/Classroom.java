package org.mlpsandbox.app.model;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Which of the window's controls ({@link ControlNames}) the open lesson hides, and whether the teacher asked to see
 * them all anyway. Not part of the experiment's training state: hiding or showing controls changes no result.
 */
public final class Classroom {

    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private Set<String> hidden = Set.of();
    private boolean showingAll;
    private String by = "lesson";

    /** Told after every change, on the model's thread. */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    /**
     * Hides these controls (and shows the others) for a lesson; the teacher's "Show all" is forgotten.
     *
     * @throws IllegalArgumentException naming an unknown control and the known ones
     */
    public void hide(Collection<String> names) {
        hide(names, "lesson");
    }

    /**
     * Hides these controls (and shows the others), as asked by {@code by} ("lesson", "experiment").
     *
     * @throws IllegalArgumentException naming an unknown control and the known ones
     */
    public void hide(Collection<String> names, String by) {
        Set<String> checked = new LinkedHashSet<>();
        for (String n : names) {
            if (ControlNames.named(n).isEmpty()) {
                throw new IllegalArgumentException("unknown control '" + n + "'; the controls are: "
                        + ControlNames.names());
            }
            checked.add(n);
        }
        hidden = Set.copyOf(checked);
        showingAll = false;
        this.by = by;
        changed();
    }

    /** Shows every control again (the lesson closed, another experiment opened). */
    public void clear() {
        if (hidden.isEmpty() && !showingAll) {
            return;
        }
        hidden = Set.of();
        showingAll = false;
        changed();
    }

    /** The controls the lesson hides, whether or not the teacher shows them all now. */
    public Set<String> hidden() {
        return hidden;
    }

    /** The hidden controls in the window's order (as {@link ControlNames#all()} lists them), for files. */
    public List<String> hiddenInOrder() {
        return ControlNames.all().stream().map(ControlNames.Control::name).filter(hidden::contains).toList();
    }

    /** What hides the controls: "lesson" or "experiment". */
    public String hiddenBy() {
        return by;
    }

    /** Whether this control is hidden now. */
    public boolean isHidden(String name) {
        return !showingAll && hidden.contains(name);
    }

    /** The teacher's "Show all" (true) or "Hide again" (false). */
    public void setShowingAll(boolean all) {
        if (all != showingAll) {
            showingAll = all;
            changed();
        }
    }

    public boolean showingAll() {
        return showingAll;
    }

    private void changed() {
        for (Runnable l : listeners) {
            l.run();
        }
    }
}
