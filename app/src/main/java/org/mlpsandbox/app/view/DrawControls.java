package org.mlpsandbox.app.view;

import java.awt.Color;
import java.awt.Component;
import java.awt.Graphics;
import javax.swing.ButtonGroup;
import javax.swing.DefaultListCellRenderer;
import javax.swing.Icon;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JSpinner;
import javax.swing.JToggleButton;
import javax.swing.SpinnerNumberModel;
import javax.swing.UIManager;
import net.miginfocom.swing.MigLayout;
import org.mlpsandbox.app.format.Numbers;
import org.mlpsandbox.app.model.DataState;
import org.mlpsandbox.app.model.DrawnData;
import org.mlpsandbox.app.model.SandboxModel;
import org.mlpsandbox.engine.data.DrawnPoints;
import org.mlpsandbox.engine.data.Generators;

/**
 * The data panel's controls for drawing your own data on the output plane: the Draw toggle, what a click draws (a
 * class, its colour as on the plane, or a value for regression), how many classes, Undo and Clear, and how the points
 * split into training and test points.
 *
 * <p>Names for tests: {@code draw}, {@code drawKind}, {@code drawClass.<c>} (0-based), {@code drawValue},
 * {@code drawUndo}, {@code drawClear}, {@code drawStatus}.
 */
final class DrawControls {

    /** The kinds offered: 2 … {@link Generators#MAX_CLASSES} classes, then values (0). */
    private static final Integer[] KINDS = kinds();

    private final SandboxModel model;
    private final JToggleButton draw = new JToggleButton("Draw points");
    private final JComboBox<Integer> kind = new JComboBox<>(KINDS);
    private final JPanel brush = new JPanel(new MigLayout("insets 0, gap 1 1, wrap 6"));
    private final JSpinner value = new JSpinner(new SpinnerNumberModel(1.0, -1e6, 1e6, 0.5));
    private final JButton undo = new JButton("Undo");
    private final JButton clear = new JButton("Clear");
    private final JLabel status = new JLabel();
    private final WrappingLabel hint = new WrappingLabel("Left-click on the plane adds a point; right-click or "
            + "right-drag erases.");
    private final java.util.List<Component> details = new java.util.ArrayList<>();
    private boolean updating;

    /**
     * Adds the controls as rows of {@code panel}, a two-column MigLayout ({@code [right][grow,fill]}) with
     * {@code wrap 2}: the Draw toggle in the second column, the rest in rows that show while drawing.
     */
    DrawControls(SandboxModel model, JPanel panel) {
        this.model = model;
        draw.setName("draw");
        draw.setToolTipText("Train on points you draw: left-click on the plane adds one, right-click or drag erases");
        draw.addActionListener(e -> toggle());
        panel.add(draw, "skip, growx 0, wmin 0");
        kind.setName("drawKind");
        kind.setRenderer(new DefaultListCellRenderer() {
            @Override
            public Component getListCellRendererComponent(JList<?> list, Object v, int index, boolean sel,
                                                          boolean focus) {
                super.getListCellRendererComponent(list, v, index, sel, focus);
                setText(v instanceof Integer k && k > 0 ? k + " classes" : "Values");
                return this;
            }
        });
        kind.setToolTipText("Draw points of 2 or more classes, or points with a value to fit (regression)");
        kind.addActionListener(e -> {
            if (!updating && kind.getSelectedItem() instanceof Integer k) {
                drawn().setClassCount(k);
            }
        });
        value.setName("drawValue");
        value.setToolTipText("The value of the points a click adds");
        ((JSpinner.DefaultEditor) value.getEditor()).getTextField().setColumns(5);
        value.addChangeListener(e -> drawn().setBrushValue(((Number) value.getValue()).doubleValue()));
        brush.setOpaque(false);
        undo.setName("drawUndo");
        undo.setToolTipText("Take back the last click, eraser stroke, Clear or change of classes");
        undo.addActionListener(e -> drawn().undo());
        clear.setName("drawClear");
        clear.setToolTipText("Remove every drawn point (Undo brings them back)");
        clear.addActionListener(e -> drawn().clear());
        status.setName("drawStatus");
        status.putClientProperty("FlatLaf.styleClass", "small");
        hint.putClientProperty("FlatLaf.styleClass", "small");
        hint.setEnabled(false);
        JLabel kindLabel = new JLabel("Draw");
        JLabel brushLabel = new JLabel("A click adds");
        row(panel, kindLabel, "");
        row(panel, kind, "wmin 0");
        row(panel, brushLabel, "");
        row(panel, brush, "wmin 0");
        row(panel, undo, "skip, split 2, growx 0");
        row(panel, clear, "growx 0");
        row(panel, status, "span 2, align left, wmin 0, gapleft 8");
        row(panel, hint, "span 2, growx, wmin 0, gapleft 8");
        refresh();
        model.addListener(c -> {
            if (c == SandboxModel.Change.DATA || c == SandboxModel.Change.RUN) {
                refresh();
            }
        });
    }

    /** Adds one of the components shown while drawing; hidden, it takes no room. */
    private void row(JPanel panel, Component c, String constraints) {
        panel.add(c, constraints.isEmpty() ? "hidemode 3" : constraints + ", hidemode 3");
        details.add(c);
    }

    private static Integer[] kinds() {
        Integer[] k = new Integer[Generators.MAX_CLASSES];
        for (int i = 0; i < k.length - 1; i++) {
            k[i] = i + 2;
        }
        k[k.length - 1] = 0;
        return k;
    }

    private DrawnData drawn() {
        return model.data().drawn();
    }

    /** Draw on: train on the drawn points. Draw off: back to the generator chosen before. */
    private void toggle() {
        if (updating) {
            return;
        }
        DataState data = model.data();
        if (draw.isSelected()) {
            data.useDrawn();
        } else if (data.isDrawn()) {
            data.setSettings(data.settings());
        }
    }

    private void refresh() {
        updating = true;
        try {
            DataState data = model.data();
            boolean on = data.isDrawn();
            draw.setSelected(on);
            for (Component c : details) {
                c.setVisible(on);
            }
            DrawnPoints p = drawn().points();
            kind.setSelectedItem(p.classCount());
            fillBrush(p);
            undo.setEnabled(drawn().canUndo());
            clear.setEnabled(p.size() > 0);
            status.setText(on ? describe(p, data) : "");
        } finally {
            updating = false;
        }
        draw.revalidate();
    }

    /** One toggle per class, in its colour on the plane; or the value spinner for regression. */
    private void fillBrush(DrawnPoints p) {
        int k = p.classCount();
        if (brush.getComponentCount() == (k == 0 ? 1 : k) && (k == 0) == (brush.getComponent(0) == value)) {
            selectBrush();
            return;
        }
        brush.removeAll();
        if (k == 0) {
            brush.add(value, "wmin 0");
            return;
        }
        ButtonGroup group = new ButtonGroup();
        for (int c = 0; c < k; c++) {
            int cls = c;
            JToggleButton b = new JToggleButton(new Swatch(c, k));
            b.setName("drawClass." + c);
            b.setToolTipText("Class " + (c + 1));
            b.putClientProperty("JButton.buttonType", "toolBarButton");
            b.setMargin(new java.awt.Insets(3, 3, 3, 3));
            b.addActionListener(e -> drawn().setBrushClass(cls));
            group.add(b);
            brush.add(b);
        }
        selectBrush();
    }

    private void selectBrush() {
        int c = drawn().brushClass();
        if (drawn().points().isClassification() && c < brush.getComponentCount()) {
            ((JToggleButton) brush.getComponent(c)).setSelected(true);
        }
    }

    /** "12 points: 10 train, 2 test" or "6 points, all train (fewer than 10)", and why it cannot train. */
    private static String describe(DrawnPoints p, DataState data) {
        String problem = p.problem();
        if (p.size() == 0) {
            return "No points yet";
        }
        String count = Numbers.compact(p.size()) + (p.size() == 1 ? " point" : " points");
        String split = p.allTrain() ? count + ", all train (fewer than " + DrawnPoints.FEW + ")"
                : count + ": " + data.rawSplit().train().size() + " train, " + data.rawSplit().test().size() + " test";
        return problem.isEmpty() ? split : split + (p.size() < 2 ? ": draw one more" : ": add another class");
    }

    /** A round patch of a class's colour, as its points are drawn on the plane. */
    private static final class Swatch implements Icon {
        private final int c;
        private final int classes;

        Swatch(int c, int classes) {
            this.c = c;
            this.classes = classes;
        }

        @Override
        public void paintIcon(Component comp, Graphics g, int x, int y) {
            Color fill = Palette.classColor(c, classes);
            g.setColor(fill);
            ((java.awt.Graphics2D) g).setRenderingHint(java.awt.RenderingHints.KEY_ANTIALIASING,
                    java.awt.RenderingHints.VALUE_ANTIALIAS_ON);
            g.fillOval(x + 1, y + 1, getIconWidth() - 2, getIconHeight() - 2);
            g.setColor(UIManager.getColor("Label.foreground"));
            g.drawOval(x + 1, y + 1, getIconWidth() - 3, getIconHeight() - 3);
        }

        @Override
        public int getIconWidth() {
            return 14;
        }

        @Override
        public int getIconHeight() {
            return 14;
        }
    }
}
