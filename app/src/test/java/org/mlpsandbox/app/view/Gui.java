package org.mlpsandbox.app.view;

import java.awt.Component;
import java.awt.Container;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import javax.swing.AbstractButton;
import javax.swing.SwingUtilities;

/** Test helpers: run on the event thread, find components by name, click, poll with a timeout. */
public final class Gui {

    private Gui() {
    }

    public static <T> T edt(Callable<T> work) throws Exception {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Exception> error = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            try {
                result.set(work.call());
            } catch (Exception e) {
                error.set(e);
            }
        });
        if (error.get() != null) {
            throw error.get();
        }
        return result.get();
    }

    public static void run(Runnable work) throws Exception {
        SwingUtilities.invokeAndWait(work);
    }

    /** The showing component with this name under {@code root} (event thread). */
    public static <T extends Component> T find(Container root, String name, Class<T> type) {
        T found = search(root, name, type);
        if (found == null) {
            throw new AssertionError("no " + type.getSimpleName() + " named '" + name + "'");
        }
        return found;
    }

    public static <T extends Component> T search(Container root, String name, Class<T> type) {
        for (Component c : root.getComponents()) {
            if (name.equals(c.getName()) && type.isInstance(c)) {
                return type.cast(c);
            }
            if (c instanceof Container k) {
                T inner = search(k, name, type);
                if (inner != null) {
                    return inner;
                }
            }
        }
        return null;
    }

    public static void click(Container root, String name) throws Exception {
        run(() -> find(root, name, AbstractButton.class).doClick(0));
    }

    /** Waits until the condition (checked on the event thread) holds. */
    public static void await(String what, long millis, BooleanSupplier condition) throws Exception {
        long end = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < end) {
            if (edt(condition::getAsBoolean)) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("timed out after " + millis + " ms waiting for " + what);
    }
}
