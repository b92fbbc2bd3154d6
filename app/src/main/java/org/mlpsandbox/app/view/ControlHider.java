package org.mlpsandbox.app.view;

import java.awt.Component;
import java.awt.Container;
import java.awt.event.ContainerEvent;
import java.awt.event.ContainerListener;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.regex.Pattern;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JSeparator;
import javax.swing.SwingUtilities;
import net.miginfocom.layout.CC;
import net.miginfocom.swing.MigLayout;
import org.mlpsandbox.app.model.Classroom;
import org.mlpsandbox.app.model.ControlNames;

/**
 * Hides the controls the {@link Classroom} lists (not just disables them) and lets the layout close up: finds their
 * components by name under the window's roots (see {@link ControlNames} for the patterns), hides them with MigLayout's
 * {@code hidemode 3} (no cell, no gap), and shows again only what it hid. Panels that rebuild their controls (the
 * network editor's columns, the plugin pickers) are watched, so a rebuilt control is hidden again. Event thread only.
 */
final class ControlHider {

    private final Classroom classroom;
    private final List<Container> roots;
    private final Set<Component> hiddenByMe = Collections.newSetFromMap(new WeakHashMap<>());
    private final ContainerListener watcher = new ContainerListener() {
        @Override
        public void componentAdded(ContainerEvent e) {
            watch(e.getChild());
            applyLater();
        }

        @Override
        public void componentRemoved(ContainerEvent e) {
        }
    };
    private boolean queued;
    /** Components found by a pattern ending in {@code +cell}: hidden in place (hidemode 1), their cell kept. */
    private final Set<Component> keepCell = Collections.newSetFromMap(new IdentityHashMap<>());

    ControlHider(Classroom classroom, List<? extends Container> roots) {
        this.classroom = classroom;
        this.roots = List.copyOf(roots);
        for (Container r : this.roots) {
            watch(r);
        }
        classroom.addListener(this::apply);
    }

    private void watch(Component c) {
        if (c instanceof Container k && !(k instanceof javax.swing.CellRendererPane)) { // renderers come and go
            k.removeContainerListener(watcher);
            k.addContainerListener(watcher);
            for (Component child : k.getComponents()) {
                watch(child);
            }
        }
    }

    private void applyLater() {
        if (!queued) {
            queued = true;
            SwingUtilities.invokeLater(this::apply);
        }
    }

    /** Hides what the classroom hides now and shows what this hider hid before and no longer should. */
    void apply() {
        queued = false;
        if (classroom.hidden().isEmpty() && hiddenByMe.isEmpty()) {
            return; // nothing hidden and nothing to show again: no need to look at the window
        }
        Set<Component> toHide = Collections.newSetFromMap(new IdentityHashMap<>());
        keepCell.clear();
        List<Component> named = new ArrayList<>();
        for (Container r : roots) {
            collectNamed(r, named);
        }
        for (ControlNames.Control c : ControlNames.all()) {
            if (classroom.isHidden(c.name())) {
                toHide.addAll(components(c, named));
            }
        }
        boolean changed = false;
        for (Component c : new ArrayList<>(hiddenByMe)) {
            if (!toHide.contains(c)) {
                hiddenByMe.remove(c);
                c.setVisible(true);
                changed = true;
            }
        }
        for (Component c : toHide) {
            if (c.isVisible()) {
                closeUp(c, keepCell.contains(c) ? 1 : 3);
                c.setVisible(false);
                hiddenByMe.add(c);
                changed = true;
            }
        }
        if (changed) {
            for (Container r : roots) {
                r.revalidate();
                r.repaint();
            }
        }
    }

    /** The components that make up {@code control} among the window's named components. */
    private List<Component> components(ControlNames.Control control, List<Component> named) {
        List<Component> found = new ArrayList<>();
        for (String pattern : control.components()) {
            boolean parent = pattern.startsWith("^");
            boolean caption = pattern.endsWith("+label");
            boolean cell = pattern.endsWith("+cell");
            int suffix = caption ? "+label".length() : cell ? "+cell".length() : 0;
            String name = pattern.substring(parent ? 1 : 0, pattern.length() - suffix);
            Pattern glob = Pattern.compile(Pattern.quote(name).replace("*", "\\E.*\\Q"));
            for (Component m : named) {
                if (!glob.matcher(m.getName()).matches()) {
                    continue;
                }
                Component c = parent && m.getParent() != null ? m.getParent() : m;
                if (!found.contains(c)) {
                    found.add(c);
                    if (cell) {
                        keepCell.add(c);
                    }
                    if (caption) {
                        found.addAll(captionOf(c));
                    }
                }
            }
        }
        return found;
    }

    /** Every named component under {@code c}, in tree order. */
    private static void collectNamed(Component c, List<Component> out) {
        if (c.getName() != null) {
            out.add(c);
        }
        if (c instanceof javax.swing.JMenu menu) {
            return; // a menu's items are not controls of the window
        }
        if (c instanceof Container k) {
            for (Component child : k.getComponents()) {
                collectNamed(child, out);
            }
        }
    }

    /** The plain caption just before {@code c} in its panel: unnamed labels and separators. */
    private static List<Component> captionOf(Component c) {
        List<Component> caption = new ArrayList<>();
        Container parent = c.getParent();
        if (parent == null) {
            return caption;
        }
        Component[] siblings = parent.getComponents();
        int i = java.util.Arrays.asList(siblings).indexOf(c) - 1;
        while (i >= 0 && siblings[i].getName() == null
                && (siblings[i].getClass() == JLabel.class || siblings[i] instanceof JSeparator)) {
            caption.add(siblings[i]);
            i--;
        }
        return caption;
    }

    /**
     * A hidden component in a MigLayout panel takes no cell and no gap ({@code hidemode 3}), or keeps an empty cell
     * so that its neighbours stay in their columns ({@code hidemode 1}).
     */
    private static void closeUp(Component c, int hideMode) {
        if (c.getParent() != null && c.getParent().getLayout() instanceof MigLayout mig) {
            Object cc = mig.getComponentConstraints(c);
            if (cc instanceof CC constraints) {
                constraints.setHideMode(hideMode);
            } else if (cc == null || cc instanceof String) {
                String s = cc == null ? "" : ((String) cc).strip();
                if (!s.contains("hidemode")) {
                    mig.setComponentConstraints(c, (s.isEmpty() ? "" : s + ", ") + "hidemode " + hideMode);
                }
            }
        }
        if (c instanceof JComponent j) {
            j.revalidate();
        }
    }
}
