package org.mlpsandbox.app.view;

import java.awt.Component;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Consumer;
import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;

/**
 * Fits a two-column form (a MigLayout panel with {@code wrap 2} and labels in the first column) into a column narrower
 * than the form needs, as a zoomed window on a projector gives the left column: the form is <i>stacked</i>, each label
 * over its field and each field on its own row at the whole width, and goes back to two columns when there is room.
 *
 * <p>Stacked, a component's constraints lose {@code skip}, {@code right} and, outside a row that spans the form (a
 * section's title and rule), {@code split}; the layout wraps after every component. The form's own constraints are
 * kept to go back. Event thread only.
 */
final class FormStack {

    private final JPanel form;
    private final Consumer<Boolean> alsoStack;
    private final Map<Component, Object> wide = new IdentityHashMap<>();
    private Object wideLayout;
    private Object wideColumns;
    private boolean stacked;
    /** The two-column form's smallest width, taken when it was stacked. */
    private int wideMinimum;

    /**
     * @param form      the form, laid out by MigLayout
     * @param alsoStack what else the form changes when stacked (true) or back in two columns (false)
     */
    FormStack(JPanel form, Consumer<Boolean> alsoStack) {
        this.form = form;
        this.alsoStack = alsoStack;
    }

    boolean isStacked() {
        return stacked;
    }

    /**
     * Stacks the form when {@code width} is below its two-column minimum, and puts it back in two columns when the
     * width holds that minimum again.
     *
     * @return whether the form changed
     */
    boolean fit(int width) {
        MigLayout layout = (MigLayout) form.getLayout();
        if (!stacked) {
            int minimum = layout.minimumLayoutSize(form).width;
            if (width > 0 && width < minimum) {
                wideMinimum = minimum;
                stack(true);
                return true;
            }
            return false;
        }
        if (width >= wideMinimum) {
            stack(false);
            return true;
        }
        return false;
    }

    /** Back to two columns (the zoom or the theme changed: the next {@link #fit} measures anew). */
    void reset() {
        if (stacked) {
            stack(false);
        }
    }

    private void stack(boolean on) {
        MigLayout layout = (MigLayout) form.getLayout();
        if (on) {
            wideLayout = layout.getLayoutConstraints();
            wideColumns = layout.getColumnConstraints();
            wide.clear();
            for (Component c : form.getComponents()) {
                Object cc = layout.getComponentConstraints(c);
                wide.put(c, cc);
                String narrow = stacked(cc == null ? "" : cc.toString());
                if (c instanceof javax.swing.JLabel && narrow.isEmpty()) {
                    narrow = "gaptop 6"; // a field's label: nearer its field than the field above
                }
                layout.setComponentConstraints(c, narrow);
            }
            layout.setLayoutConstraints(String.valueOf(wideLayout).replaceAll("wrap\\s*\\d*", "wrap 1"));
            layout.setColumnConstraints("[grow,fill]");
        } else {
            for (Component c : form.getComponents()) {
                if (wide.containsKey(c)) {
                    layout.setComponentConstraints(c, wide.get(c));
                }
            }
            layout.setLayoutConstraints(wideLayout);
            layout.setColumnConstraints(wideColumns);
        }
        stacked = on;
        alsoStack.accept(on);
        form.revalidate();
    }

    /** A component's constraints in the stacked form. */
    static String stacked(String constraints) {
        boolean spans = constraints.contains("span");
        StringBuilder out = new StringBuilder();
        for (String part : constraints.split(",")) {
            String p = part.strip();
            if (p.isEmpty() || p.equals("skip") || p.equals("right") || (!spans && p.startsWith("split"))) {
                continue;
            }
            out.append(out.length() == 0 ? "" : ", ").append(p);
        }
        return out.toString();
    }
}
