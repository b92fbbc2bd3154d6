package org.mlpsandbox.app.view;

import java.util.HashSet;
import java.util.Set;
import javax.swing.JComponent;
import javax.swing.RepaintManager;
import javax.swing.SwingUtilities;

/**
 * A debug aid: a repaint manager that reports Swing components touched off the event thread (repaint and
 * revalidate requests made from another thread). Installed when the app runs with {@code -Dmlpsandbox.debugEdt=true};
 * each offending call site is printed once, with its stack, to standard error.
 */
public final class EdtCheck extends RepaintManager {

    /** The system property that turns the check on. */
    public static final String PROPERTY = "mlpsandbox.debugEdt";

    private final Set<String> reported = new HashSet<>();
    private volatile int violations;

    /** Installs the check if the property asks for it; returns the installed check or null. */
    public static EdtCheck installIfRequested() {
        if (!Boolean.getBoolean(PROPERTY)) {
            return null;
        }
        EdtCheck check = new EdtCheck();
        RepaintManager.setCurrentManager(check);
        return check;
    }

    /** How many off-thread calls were seen. */
    public int violations() {
        return violations;
    }

    @Override
    public synchronized void addInvalidComponent(JComponent component) {
        check(component);
        super.addInvalidComponent(component);
    }

    @Override
    public void addDirtyRegion(JComponent component, int x, int y, int w, int h) {
        check(component);
        super.addDirtyRegion(component, x, y, w, h);
    }

    private void check(JComponent c) {
        if (SwingUtilities.isEventDispatchThread()) {
            return;
        }
        violations++;
        StackTraceElement[] stack = new Throwable().getStackTrace();
        String site = stack.length > 3 ? stack[3].toString() : "?";
        synchronized (reported) {
            if (!reported.add(site)) {
                return;
            }
        }
        StringBuilder b = new StringBuilder("EDT check: " + c.getClass().getName() + " touched on thread "
                + Thread.currentThread().getName() + "\n");
        for (int i = 2; i < Math.min(stack.length, 14); i++) {
            b.append("    at ").append(stack[i]).append('\n');
        }
        System.err.print(b);
    }
}
