package org.mlpsandbox.app.view;

import java.awt.Component;
import java.awt.Dimension;
import java.util.ArrayList;
import java.util.List;
import javax.swing.AbstractButton;
import javax.swing.JButton;
import javax.swing.JCheckBoxMenuItem;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JMenuItem;
import javax.swing.JPanel;
import javax.swing.JPopupMenu;
import javax.swing.JRadioButtonMenuItem;
import net.miginfocom.swing.MigLayout;

/**
 * One row of controls that never wraps: check boxes on the left, pickers on the right, and when the row is narrower
 * than all of them (a zoomed window on a projector) the ones asked to {@link #foldFirst fold first} go into a "⋯"
 * menu at the end of the row, as a tool bar's overflow does. The folded controls keep working: the menu shows and
 * changes their state. The row's height stays that of one control, which is what a short chart needs.
 *
 * <p>Names for tests: {@code <name>.more} for the menu button.
 */
final class FoldingRow extends JPanel {

    private final List<JComponent> left = new ArrayList<>();
    private final List<JComponent> right = new ArrayList<>();
    /** The controls that fold, in the order they fold. */
    private final List<JComponent> folding = new ArrayList<>();
    private final JButton more = new JButton("⋯");

    FoldingRow(String name) {
        super(new MigLayout("insets 0, gap 10, hidemode 3, fillx"));
        setName(name);
        setOpaque(false);
        more.setName(name + ".more");
        more.setToolTipText("More chart settings");
        more.putClientProperty("JButton.buttonType", "toolBarButton");
        more.setVisible(false);
        more.addActionListener(e -> menu().show(more, 0, more.getHeight()));
    }

    /** Adds a control at the left, after the ones there (before any at the right). */
    FoldingRow addLeft(JComponent c) {
        if (!right.isEmpty()) {
            throw new IllegalStateException("the left controls come first");
        }
        left.add(c);
        add(c);
        return this;
    }

    /** Adds a control at the right end. */
    FoldingRow addRight(JComponent c) {
        add(c, right.isEmpty() ? "gapbefore push" : "");
        right.add(c);
        return this;
    }

    /**
     * The controls that go into the "⋯" menu, in that order, when the row is too narrow for all; the "⋯" button
     * goes at the end of the row. Call after adding the controls.
     */
    FoldingRow foldFirst(JComponent... controls) {
        folding.addAll(List.of(controls));
        add(more, "gapbefore push"); // at the right end when the right controls have folded
        return this;
    }

    /** The row shows what fits: the folding controls leave it, in order, until the rest fits its width. */
    @Override
    public void doLayout() {
        int width = getWidth();
        int folded = 0;
        while (folded < folding.size() && widthWith(folded) > width) {
            folded++;
        }
        for (int i = 0; i < folding.size(); i++) {
            folding.get(i).setVisible(i >= folded);
        }
        more.setVisible(folded > 0);
        super.doLayout();
    }

    /** The width the row needs with the first {@code folded} folding controls in the menu. */
    private int widthWith(int folded) {
        int gap = Math.round(10 * com.formdev.flatlaf.util.UIScale.getUserScaleFactor());
        int w = 0;
        int n = 0;
        for (JComponent c : all()) {
            int i = folding.indexOf(c);
            if (i >= 0 && i < folded) {
                continue;
            }
            w += c.getPreferredSize().width;
            n++;
        }
        if (folded > 0) {
            w += more.getPreferredSize().width;
            n++;
        }
        return w + gap * Math.max(0, n - 1);
    }

    private List<JComponent> all() {
        List<JComponent> all = new ArrayList<>(left);
        all.addAll(right);
        return all;
    }

    /** All controls unfolded, so a wide column shows them all. */
    @Override
    public Dimension getPreferredSize() {
        Dimension d = super.getPreferredSize();
        return new Dimension(Math.max(d.width, widthWith(0)), d.height);
    }

    /** As narrow as the row gets with every folding control in the menu. */
    @Override
    public Dimension getMinimumSize() {
        Dimension d = super.getMinimumSize();
        return new Dimension(folding.isEmpty() ? d.width : widthWith(folding.size()), d.height);
    }

    /** The menu of the folded controls, built afresh so it shows their state now. */
    private JPopupMenu menu() {
        JPopupMenu menu = new JPopupMenu();
        for (JComponent c : folding) { // check boxes first, then each picker's choices under a heading
            if (!c.isVisible() && c instanceof AbstractButton b) {
                Object title = b.getClientProperty(MENU_TITLE);
                JCheckBoxMenuItem item = new JCheckBoxMenuItem(title == null ? b.getText() : (String) title,
                        b.isSelected());
                item.setToolTipText(b.getToolTipText());
                item.addActionListener(e -> b.doClick(0));
                menu.add(item);
            }
        }
        for (JComponent c : folding) {
            if (c.isVisible()) {
                continue;
            }
            if (c instanceof JComboBox<?> combo) {
                String title = (String) combo.getClientProperty(MENU_TITLE);
                if (menu.getComponentCount() > 0) {
                    menu.addSeparator();
                }
                if (title != null) {
                    JMenuItem heading = new JMenuItem(title);
                    heading.setEnabled(false);
                    menu.add(heading);
                }
                for (int i = 0; i < combo.getItemCount(); i++) {
                    int index = i;
                    JRadioButtonMenuItem item = new JRadioButtonMenuItem(String.valueOf(combo.getItemAt(i)),
                            combo.getSelectedIndex() == i);
                    item.addActionListener(e -> combo.setSelectedIndex(index));
                    menu.add(item);
                }
            }
        }
        return menu;
    }

    /** A control's client property: a check box's text in the "⋯" menu, or the heading of a picker's choices. */
    static final String MENU_TITLE = "FoldingRow.menuTitle";

    /** The controls in the "⋯" menu now (for tests). */
    List<Component> folded() {
        List<Component> out = new ArrayList<>();
        for (JComponent c : folding) {
            if (!c.isVisible()) {
                out.add(c);
            }
        }
        return out;
    }
}
