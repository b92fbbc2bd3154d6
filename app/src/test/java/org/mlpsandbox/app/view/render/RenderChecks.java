package org.mlpsandbox.app.view.render;

import java.awt.Component;
import java.awt.Container;
import java.awt.FontMetrics;
import java.awt.Insets;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import javax.swing.CellRendererPane;
import javax.swing.Icon;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JLayeredPane;
import javax.swing.JList;
import javax.swing.JRootPane;
import javax.swing.JScrollBar;
import javax.swing.JTable;
import javax.swing.JViewport;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;

/**
 * What a rendered window must not show, found by walking its component tree over the painted image:
 * <ul>
 * <li><b>a light panel in the dark theme</b> (or a dark one in the light theme): the mean luma of every visible
 * component of at least {@value #MIN_SIDE}×{@value #MIN_SIDE} pixels. FlatLaf Dark's panels are #3c3f41 (luma 0.24)
 * and its text #bbbbbb (0.73): even a panel a third covered with text stays under 0.40, and the brightest data we
 * paint in dark (a heat map all orange) is 0.45. Light panels are #f2f2f2 (0.95) and plots white (1.0). So a dark-theme
 * component over {@value #DARK_MAX} is a light panel; in the light theme the same margins give {@value #LIGHT_MIN};</li>
 * <li><b>an ellipsis</b>: a label, a combo's shown value, or a table's cell or header that does not fit (Swing would
 * draw "…"); an HTML label or combo value (they wrap instead) lower than its wrapped text;</li>
 * <li><b>a cut-off component</b>: one whose bounds leave its parent's (other than a scroll pane's viewport), or two
 * children of one of our panels that overlap (a column pushed over its neighbour); a field, picker or check box cut by
 * the edge of a column that scrolls sideways (its value half hidden), outside the network's layer columns, which
 * scroll sideways by design;</li>
 * <li><b>a diagram without room</b>: the network diagram, whenever its editor is on screen, showing less than two
 * thirds of its smallest height (squeezed under a lesson's text, or scrolled away);</li>
 * <li><b>a chart that scrolls</b>: a chart panel wider than the part of it on screen (a chart shrinks to its space);</li>
 * <li><b>painted text over painted text</b>, and <b>a tab title cut</b> to "Back...": see {@link TextChecks}.</li>
 * </ul>
 * Components scrolled out of view are checked too (but for their luma): scrolling brings them into view.
 */
final class RenderChecks {

    static final int MIN_SIDE = 48;
    static final double DARK_MAX = 0.5;
    static final double LIGHT_MIN = 0.45;

    private final JRootPane root;
    private final BufferedImage image;
    private final String scene;
    private final List<String> problems = new ArrayList<>();

    private RenderChecks(JRootPane root, BufferedImage image, String scene) {
        this.root = root;
        this.image = image;
        this.scene = scene;
    }

    /** Every problem of the painted {@code root}, one line each (empty when it looks right). Event thread. */
    static List<String> check(JRootPane root, BufferedImage image, boolean dark, String scene) {
        RenderChecks c = new RenderChecks(root, image, scene);
        c.walk(root.getLayeredPane(), new Rectangle(0, 0, root.getWidth(), root.getHeight()), dark);
        return c.problems;
    }

    /**
     * Checks {@code c} and its subtree. {@code visible} is the part of the window the component's ancestors show (a
     * scroll pane's viewport clips it); components scrolled out of view are still checked for ellipses, cut-offs and
     * unwrapped text, since scrolling brings them into view.
     */
    private void walk(Component c, Rectangle visible, boolean dark) {
        if (!c.isVisible() || c instanceof CellRendererPane || c instanceof JScrollBar || c.getWidth() <= 0
                || c.getHeight() <= 0) {
            return;
        }
        Rectangle bounds = SwingUtilities.convertRectangle(c.getParent(), c.getBounds(), root);
        Rectangle shown = bounds.intersection(visible);
        Container parent = c.getParent();
        if (!shown.isEmpty() && !(parent instanceof JViewport) && !(parent instanceof JLayeredPane) && parent != null) {
            Rectangle b = c.getBounds();
            if (b.x < -1 || b.y < -1 || b.x + b.width > parent.getWidth() + 1
                    || b.y + b.height > parent.getHeight() + 1) {
                problems.add(scene + ": " + name(c) + " is cut off: " + b.x + "," + b.y + " " + b.width + "×"
                        + b.height + " in " + name(parent) + " of " + parent.getWidth() + "×" + parent.getHeight());
            }
        }
        if (!shown.isEmpty() && c instanceof JComponent j && shown.width >= MIN_SIDE && shown.height >= MIN_SIDE) {
            double luma = meanLuma(shown);
            if (dark && luma > DARK_MAX) {
                problems.add(String.format("%s: %s is light in the dark theme (mean luma %.2f > %.2f) at %s", scene,
                        name(j), luma, DARK_MAX, shown));
            } else if (!dark && luma < LIGHT_MIN) {
                problems.add(String.format("%s: %s is dark in the light theme (mean luma %.2f < %.2f) at %s", scene,
                        name(j), luma, LIGHT_MIN, shown));
            }
        }
        if (!shown.isEmpty() && shown.height > 0 && isValueControl(c) && !sidewaysByDesign(c)
                && (shown.x > bounds.x + 1 || shown.x + shown.width < bounds.x + bounds.width - 1)) {
            problems.add(scene + ": " + name(c) + " is cut sideways by a scrolling column: " + shown.width
                    + " of " + bounds.width + " px shown");
        }
        if (c instanceof JLabel label) {
            checkLabel(label, label.getText(), label.getWidth(), label.getHeight(), label.getInsets(), "label");
            checkHtml(label);
        } else if (c instanceof JComboBox<?> combo && !combo.isEditable()) {
            checkCombo(combo);
        } else if (c instanceof JTable table) {
            checkTable(table);
        }
        if (c.getName() != null && c.getName().equals("networkDiagram")) {
            checkDiagramShown(c, shown);
        }
        if (!shown.isEmpty() && c instanceof org.jfree.chart.ChartPanel && shown.width < bounds.width - 1) {
            problems.add(scene + ": " + name(c) + " is wider than its space: " + shown.width + " of "
                    + bounds.width + " px shown (a chart shrinks to its space, it does not scroll)");
        }
        if (!shown.isEmpty() && TextChecks.paintsItself(c)) {
            TextChecks.overlaps((JComponent) c, scene + ": " + name(c), problems);
        } else if (!shown.isEmpty() && c instanceof javax.swing.JTabbedPane tabs) {
            TextChecks.tabTitles(tabs, scene + ": " + name(c), problems);
        }
        if (c instanceof Container container && container.getLayout() instanceof net.miginfocom.swing.MigLayout) {
            checkOverlaps(container);
        }
        if (c instanceof Container container && !(c instanceof JComboBox)) {
            for (Component child : container.getComponents()) {
                walk(child, shown, dark);
            }
        }
    }

    /** A control that shows a value the user reads or types: a field (a spinner's too), a combo, a check box. */
    private static boolean isValueControl(Component c) {
        return c instanceof javax.swing.JTextField || c instanceof JComboBox || c instanceof javax.swing.JCheckBox;
    }

    /**
     * The network editor's layer columns scroll sideways by design (a layer a column, whole activation names, for 1 to
     * 8 hidden layers); a control there may be cut by the scroll pane's edge.
     */
    private static boolean sidewaysByDesign(Component c) {
        for (Component p = c; p != null; p = p.getParent()) {
            if ("networkColumns".equals(p.getName())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The network diagram, whenever its editor is on screen, shows at least two thirds of its smallest height: not a
     * strip under a long explanation, nor scrolled away below the layer controls.
     */
    private void checkDiagramShown(Component diagram, Rectangle shown) {
        if (!isOnScreen(diagram.getParent())) {
            return;
        }
        int needed = diagram.getMinimumSize().height * 2 / 3;
        if (shown.height < needed) {
            problems.add(scene + ": the network diagram shows " + Math.max(0, shown.height) + " px of its height, "
                    + "less than " + needed + " (two thirds of its smallest)");
        }
    }

    /** Whether some of {@code c} is within the window (not scrolled away, not in a hidden tab). */
    private boolean isOnScreen(Component c) {
        Rectangle r = new Rectangle(0, 0, root.getWidth(), root.getHeight());
        for (Component p = c; p != null && p != root; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        Rectangle b = SwingUtilities.convertRectangle(c.getParent(), c.getBounds(), root);
        return b.intersects(r);
    }

    /**
     * An HTML label (it wraps instead of showing "…") must be high enough for its text at its width: a layout that
     * took the one-line height cuts the text off.
     */
    private void checkHtml(JLabel label) {
        if (!(label.getClientProperty(javax.swing.plaf.basic.BasicHTML.propertyKey) instanceof javax.swing.text.View v)) {
            return;
        }
        Insets in = label.getInsets();
        int width = label.getWidth() - in.left - in.right;
        Icon icon = label.getIcon();
        if (icon != null) {
            width -= icon.getIconWidth() + label.getIconTextGap();
        }
        if (width <= 0) {
            return;
        }
        v.setSize(width, 0);
        float needed = v.getPreferredSpan(javax.swing.text.View.Y_AXIS);
        int has = label.getHeight() - in.top - in.bottom;
        if (needed > has + 2) {
            problems.add(scene + ": HTML label '" + label.getText().replaceAll("<[^>]*>", "").strip()
                    + "' needs " + Math.round(needed) + " px high at " + width + " px wide, has " + has);
        }
    }

    /** Every cell and header of a table shows its whole text. */
    private void checkTable(JTable table) {
        for (int col = 0; col < table.getColumnCount(); col++) {
            int width = table.getColumnModel().getColumn(col).getWidth();
            if (table.getTableHeader() != null) {
                Component h = table.getTableHeader().getDefaultRenderer().getTableCellRendererComponent(table,
                        table.getColumnName(col), false, false, -1, col);
                if (h instanceof JLabel l) {
                    checkLabel(l, l.getText(), width, table.getTableHeader().getHeight(), l.getInsets(),
                            "table header");
                }
            }
            for (int row = 0; row < table.getRowCount(); row++) {
                Component r = table.prepareRenderer(table.getCellRenderer(row, col), row, col);
                if (r instanceof JLabel l) {
                    checkLabel(l, l.getText(), width - table.getIntercellSpacing().width, table.getRowHeight(row),
                            l.getInsets(), "table cell");
                }
            }
        }
    }

    /** Two visible children of one of our (MigLayout) panels that overlap: a column pushed over its neighbour. */
    private void checkOverlaps(Container container) {
        Component[] children = container.getComponents();
        for (int i = 0; i < children.length; i++) {
            for (int j = i + 1; j < children.length; j++) {
                Component a = children[i];
                Component b = children[j];
                if (a.isVisible() && b.isVisible() && a.getWidth() > 0 && b.getWidth() > 0) {
                    Rectangle overlap = a.getBounds().intersection(b.getBounds());
                    if (overlap.width > 2 && overlap.height > 2) {
                        problems.add(scene + ": " + name(a) + " and " + name(b) + " overlap by " + overlap.width
                                + "×" + overlap.height + " in " + name(container));
                    }
                }
            }
        }
    }

    private void checkLabel(JLabel label, String text, int width, int height, Insets insets, String kind) {
        if (text == null || text.isEmpty() || text.startsWith("<html") || text.isBlank()) {
            return;
        }
        FontMetrics fm = label.getFontMetrics(label.getFont());
        Rectangle view = new Rectangle(insets.left, insets.top, width - insets.left - insets.right,
                height - insets.top - insets.bottom);
        Icon icon = label.isEnabled() ? label.getIcon() : label.getDisabledIcon();
        String drawn = SwingUtilities.layoutCompoundLabel(label, fm, text, icon, label.getVerticalAlignment(),
                label.getHorizontalAlignment(), label.getVerticalTextPosition(), label.getHorizontalTextPosition(),
                view, new Rectangle(), new Rectangle(), label.getIconTextGap());
        if (!drawn.equals(text)) {
            problems.add(scene + ": " + kind + " '" + text + "' shows as '" + drawn + "' (" + width + " px wide, "
                    + "needs " + (fm.stringWidth(text) + insets.left + insets.right) + ")");
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void checkCombo(JComboBox combo) {
        Object item = combo.getSelectedItem();
        if (item == null) {
            return;
        }
        Component r = combo.getRenderer().getListCellRendererComponent(new JList(), item, -1, false, false);
        if (!(r instanceof JLabel label)) {
            return;
        }
        int arrow = 0;
        for (Component child : combo.getComponents()) {
            if (child instanceof javax.swing.AbstractButton b) {
                arrow = b.getWidth();
            }
        }
        Insets insets = combo.getInsets();
        Insets padding = UIManager.getInsets("ComboBox.padding");
        int padX = padding == null ? 0 : padding.left + padding.right;
        int width = combo.getWidth() - insets.left - insets.right - arrow - padX;
        checkLabel(label, label.getText(), width, combo.getHeight(), new Insets(0, 0, 0, 0),
                "combo " + name(combo) + " value");
        if (label.getText() != null && label.getText().startsWith("<html")
                && label.getClientProperty(javax.swing.plaf.basic.BasicHTML.propertyKey) instanceof javax.swing.text.View v
                && width > 0) {
            v.setSize(width, 0); // a value that wraps: the combo must be high enough for its lines
            float needed = v.getPreferredSpan(javax.swing.text.View.Y_AXIS);
            int has = combo.getHeight() - insets.top - insets.bottom;
            if (needed > has + 2) {
                problems.add(scene + ": combo " + name(combo) + " value '" + label.getText() + "' needs "
                        + Math.round(needed) + " px high, has " + has);
            }
        }
    }

    private double meanLuma(Rectangle r) {
        Rectangle in = r.intersection(new Rectangle(0, 0, image.getWidth(), image.getHeight()));
        double sum = 0;
        long n = 0;
        for (int y = in.y; y < in.y + in.height; y += 2) {
            for (int x = in.x; x < in.x + in.width; x += 2) {
                int rgb = image.getRGB(x, y);
                sum += 0.2126 * (rgb >> 16 & 0xff) + 0.7152 * (rgb >> 8 & 0xff) + 0.0722 * (rgb & 0xff);
                n++;
            }
        }
        return n == 0 ? 0 : sum / n / 255;
    }

    private static String name(Component c) {
        String n = c.getName();
        String type = c.getClass().getSimpleName().isEmpty() ? c.getClass().getName() : c.getClass().getSimpleName();
        if (c instanceof JLabel l && l.getText() != null && !l.getText().isBlank()) {
            return type + " '" + l.getText() + "'";
        }
        StringBuilder path = new StringBuilder(n != null ? type + "[" + n + "]" : type);
        Container p = c.getParent();
        for (int depth = 0; p != null && depth < 3; depth++, p = p.getParent()) {
            if (p.getName() != null) {
                path.append(" in ").append(p.getClass().getSimpleName()).append("[").append(p.getName()).append("]");
                break;
            }
        }
        return path.toString();
    }
}
