package org.mlpsandbox.app.view;

import java.awt.Component;
import java.awt.Container;

/** For tests: finding a component in a Swing tree. */
public final class SwingTrees {

    private SwingTrees() {
    }

    /** The first component of {@code type} in {@code c}'s tree, depth first (c itself included), or null. */
    public static <T extends Component> T find(Component c, Class<T> type) {
        if (type.isInstance(c)) {
            return type.cast(c);
        }
        if (c instanceof Container container) {
            for (Component child : container.getComponents()) {
                T found = find(child, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** The first component named {@code name} in {@code c}'s tree, depth first (c itself included), or null. */
    public static Component named(Component c, String name) {
        if (name.equals(c.getName())) {
            return c;
        }
        if (c instanceof Container container) {
            for (Component child : container.getComponents()) {
                Component found = named(child, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
