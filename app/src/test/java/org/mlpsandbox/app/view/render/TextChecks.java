package org.mlpsandbox.app.view.render;

import java.awt.Component;
import java.awt.geom.Rectangle2D;
import java.util.List;
import javax.swing.JComponent;
import javax.swing.JTabbedPane;

/**
 * Checks on the text a component paints ({@link PaintedText}), for {@link RenderChecks}:
 * <ul>
 * <li><b>a painted view's captions over each other</b>: a view that paints itself (a {@link JComponent} without a UI
 * delegate: the network and backprop diagrams, the plots) must not draw two strings whose ink overlaps by more than
 * {@value #SLACK} px each way (a column's title over its neighbour's, a value over the next line), nor a string over a
 * neuron or a data point (a filled circle), nor a string cut by its own edge ("rate 0." for "rate 0.9");</li>
 * <li><b>a cut tab title</b>: a tab strip that paints a title shortened with an ellipsis ("Back...").</li>
 * </ul>
 */
final class TextChecks {

    /** Ink may touch (anti-aliasing, tight line spacing) but not overlap by more than this, in pixels. */
    static final double SLACK = 2;

    private TextChecks() {
    }

    /** Whether {@code c} paints itself: a bare JComponent (no look-and-feel delegate) without children. */
    static boolean paintsItself(Component c) {
        return c instanceof JComponent j && "ComponentUI".equals(j.getUIClassID()) && j.getComponentCount() == 0;
    }

    /** Strings of a self-painted view drawn over each other or over a round mark, one line each. */
    static void overlaps(JComponent view, String name, List<String> problems) {
        PaintedText painted = PaintedText.of(view);
        List<PaintedText.Text> texts = painted.texts();
        Rectangle2D edge = new Rectangle2D.Double(-SLACK, -SLACK, view.getWidth() + 2 * SLACK,
                view.getHeight() + 2 * SLACK);
        for (int i = 0; i < texts.size(); i++) {
            PaintedText.Text a = texts.get(i);
            if (!a.text().isEmpty() && !edge.contains(a.whole())) {
                problems.add(name + " draws '" + a.text() + "' cut by its edge: " + round(a.whole()) + " in "
                        + view.getWidth() + "×" + view.getHeight());
            }
            for (int j = i + 1; j < texts.size(); j++) {
                PaintedText.Text b = texts.get(j);
                if (overlap(a.bounds(), b.bounds())) {
                    problems.add(name + " draws '" + a.text() + "' over '" + b.text() + "' at "
                            + round(a.bounds().createIntersection(b.bounds())));
                }
            }
            for (Rectangle2D dot : painted.dots()) {
                if (overlap(a.bounds(), inner(dot))) {
                    problems.add(name + " draws '" + a.text() + "' over a round mark at " + round(dot));
                }
            }
        }
    }

    /** Tab titles the strip shows shortened with an ellipsis (any tab, selected or not, partly scrolled or not). */
    static void tabTitles(JTabbedPane tabs, String name, List<String> problems) {
        for (PaintedText.Text t : PaintedText.of(tabs).texts()) {
            String s = t.text();
            String stem = s.endsWith("...") ? s.substring(0, s.length() - 3) : s.endsWith("…")
                    ? s.substring(0, s.length() - 1) : null;
            if (stem == null) {
                continue;
            }
            if (stem.isBlank()) {
                problems.add(name + " shows a tab title as '" + s + "' at " + round(t.bounds()));
                continue;
            }
            for (int i = 0; i < tabs.getTabCount(); i++) {
                String title = tabs.getTitleAt(i);
                if (title != null && !title.equals(s) && title.startsWith(stem)) {
                    problems.add(name + " shows the tab title '" + title + "' as '" + s + "'");
                }
            }
        }
    }

    private static boolean overlap(Rectangle2D a, Rectangle2D b) {
        Rectangle2D i = a.createIntersection(b);
        return i.getWidth() > SLACK && i.getHeight() > SLACK;
    }

    /** The middle of a round mark (its bounding box's corners are empty). */
    private static Rectangle2D inner(Rectangle2D dot) {
        double inset = dot.getWidth() * 0.15;
        return new Rectangle2D.Double(dot.getX() + inset, dot.getY() + inset, dot.getWidth() - 2 * inset,
                dot.getHeight() - 2 * inset);
    }

    private static String round(Rectangle2D r) {
        return Math.round(r.getX()) + "," + Math.round(r.getY()) + " " + Math.round(r.getWidth()) + "×"
                + Math.round(r.getHeight());
    }
}
