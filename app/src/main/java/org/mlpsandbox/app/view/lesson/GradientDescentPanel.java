package org.mlpsandbox.app.view.lesson;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSlider;
import javax.swing.JTextField;
import net.miginfocom.swing.MigLayout;

/**
 * Lesson 1: walkers sliding down (or up) a 1-D curve by gradient descent. Curve choice (sin 3x + x, x², a typed
 * formula with an inline error message), Step, Play/Pause (Space), Reset with new random starts, a descent/ascent switch and
 * a learning-rate slider. The state is a {@link GradientDescentModel}.
 */
public final class GradientDescentPanel extends JPanel {

    private static final String FORMULA = "Your formula…";

    private final GradientDescentModel model = new GradientDescentModel();
    private final CurveView view = new CurveView();
    private final JComboBox<String> curveChoice = new JComboBox<>(new String[] {"sin(3x) + x", "x²", FORMULA});
    private final JTextField formula = new JTextField("x^4 - 3*x^2 + x", 16);
    private final JLabel formulaError = new JLabel(" ");
    private final PlayButton play = new PlayButton(150, this::tick);
    private final JCheckBox ascent = new JCheckBox("Ascent (climb)");
    private final JSlider rate = new JSlider(0, 100, 50);
    private final JLabel rateLabel = new JLabel();
    private final JLabel status = new JLabel();
    private final JPanel bottom = new JPanel(new MigLayout("insets 0"));
    private final JLabel rateTitle = new JLabel("Learning rate:");

    /**
     * The rate's slider on a row of its own when the buttons' row is wider than the panel (presentation mode on a
     * projector); before the layout, so the same pass gives the row its height.
     */
    @Override
    public void doLayout() {
        MigLayout layout = (MigLayout) bottom.getLayout();
        int oneRow = com.formdev.flatlaf.util.UIScale.scale(16 * 2 + 24 + 50 + 160 + 6 * 7);
        for (java.awt.Component c : new java.awt.Component[] {bottom.getComponent(0), bottom.getComponent(1),
            bottom.getComponent(2), ascent, rateTitle}) {
            oneRow += c.getPreferredSize().width;
        }
        String wanted = getWidth() < oneRow ? "newline" : "gapleft 16";
        if (!wanted.equals(layout.getComponentConstraints(rateTitle))) {
            layout.setComponentConstraints(rateTitle, wanted);
        }
        super.doLayout();
    }

    public GradientDescentPanel() {
        super(new MigLayout("insets 12, fill", "[grow]", "[][grow][]"));
        JButton apply = new JButton("Apply");
        JPanel top = new JPanel(new MigLayout("insets 0", "[][]16[][][]push[]"));
        top.add(new JLabel("Curve:"));
        top.add(curveChoice);
        top.add(new JLabel("f(x) ="));
        top.add(formula, "growx");
        top.add(apply);
        top.add(status);
        top.add(formulaError, "newline, skip 2, span");
        formulaError.putClientProperty("FlatLaf.style", "foreground: $MlpSandbox.error");
        add(top, "growx, wrap");
        add(view, "grow, wrap");

        JButton step = new JButton("Step");
        JButton reset = new JButton("Reset");
        reset.setToolTipText("New random starting points");
        bottom.add(step);
        bottom.add(play);
        bottom.add(reset);
        bottom.add(ascent, "gapleft 16");
        bottom.add(rateTitle, "gapleft 16");
        bottom.add(rate, "w 160!");
        bottom.add(rateLabel, "w 50!");
        add(bottom, "growx");

        formula.setEnabled(false);
        apply.setEnabled(false);
        curveChoice.addActionListener(e -> {
            boolean custom = FORMULA.equals(curveChoice.getSelectedItem());
            formula.setEnabled(custom);
            apply.setEnabled(custom);
            if (custom) {
                applyFormula();
            } else {
                formulaError.setText(" ");
                model.setCurve(curveChoice.getSelectedIndex() == 0 ? Curve.sinePlusLine() : Curve.square());
                changed();
            }
        });
        formula.addActionListener(e -> applyFormula());
        apply.addActionListener(e -> applyFormula());
        step.addActionListener(e -> {
            model.step();
            changed();
        });
        reset.addActionListener(e -> {
            model.resetWithNewSeed();
            changed();
        });
        ascent.addActionListener(e -> model.setAscent(ascent.isSelected()));
        rate.addChangeListener(e -> {
            model.setLearningRate(rateFor(rate.getValue()));
            rateLabel.setText(Plot.format(model.learningRate()));
        });
        rate.setValue(sliderFor(model.learningRate()));
        rateLabel.setText(Plot.format(model.learningRate()));
        LessonKeys.bindSpace(this, play);
        changed();
    }

    /** The slider's 0..100 mapped to 0.005..0.5 on a log scale. */
    static double rateFor(int slider) {
        double r = 0.005 * Math.pow(100, slider / 100.0);
        return Math.round(r * 1000) / 1000.0;
    }

    static int sliderFor(double rate) {
        return (int) Math.round(100 * Math.log(rate / 0.005) / Math.log(100));
    }

    public GradientDescentModel model() {
        return model;
    }

    /** Parses the formula field; on error shows the message under it and keeps the old curve. */
    void applyFormula() {
        try {
            model.setCurve(Curve.formula(formula.getText(), -3, 3));
            formulaError.setText(" ");
        } catch (IllegalArgumentException e) {
            formulaError.setText(e.getMessage());
        }
        changed();
    }

    /** The inline message under the formula field (a blank when the formula is fine). */
    public String formulaMessage() {
        return formulaError.getText().strip();
    }

    /** Types a formula and applies it, as the user would. */
    public void useFormula(String text) {
        curveChoice.setSelectedItem(FORMULA);
        formula.setText(text);
        applyFormula();
    }

    private void tick() {
        model.step();
        if (model.settled() || model.steps() > 2000) {
            play.setPlaying(false);
        }
        changed();
    }

    private void changed() {
        long gone = model.walkers().stream().filter(GradientDescentModel.Walker::gone).count();
        status.setText("step " + model.steps() + " · " + (model.walkers().size() - gone) + " on the curve"
                + (gone > 0 ? ", " + gone + " gone" : ""));
        view.repaint();
    }

    @Override
    public void removeNotify() {
        play.setPlaying(false);
        super.removeNotify();
    }

    /** The plot: the curve, its local minima, and every walker with its trail. */
    private final class CurveView extends JComponent {

        CurveView() {
            setPreferredSize(new Dimension(860, 440));
            setMinimumSize(new Dimension(300, 200));
        }

        @Override
        protected void paintComponent(Graphics graphics) {
            Graphics2D g = (Graphics2D) graphics.create();
            Plot.antialias(g);
            Curve curve = model.curve();
            double[] yr = yRange(curve);
            Plot plot = Plot.within(this, 52, 26, 70, 62, curve.xMin(), curve.xMax(), yr[0],
                    yr[1]);
            plot.drawGrid(g, "x", "f(x) = " + curve.label());
            Graphics2D c = (Graphics2D) g.create();
            plot.clip(c);
            c.setColor(Plot.curve());
            c.setStroke(new BasicStroke(2.2f));
            c.draw(plot.graph(curve.function()));
            for (double m : extrema(curve, !model.ascent())) {
                double px = plot.px(m);
                double py = plot.py(curve.value(m));
                c.setColor(Plot.withAlpha(Plot.curve(), 60));
                c.setStroke(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {3, 3},
                        0));
                c.draw(new Line2D.Double(px, py, px, plot.top + plot.height));
                Path2D.Double tri = new Path2D.Double();
                double d = model.ascent() ? -1 : 1;
                tri.moveTo(px, py + 5 * d);
                tri.lineTo(px - 5, py + 13 * d);
                tri.lineTo(px + 5, py + 13 * d);
                tri.closePath();
                c.setColor(Plot.axis());
                c.fill(tri);
            }
            List<GradientDescentModel.Walker> walkers = model.walkers();
            for (int i = 0; i < walkers.size(); i++) {
                drawWalker(c, g, plot, curve, walkers.get(i), Plot.series(i));
            }
            c.dispose();
            g.setColor(Plot.text());
            g.setFont(Plot.sized(getFont(), -2));
            String legend = model.ascent() ? "▲ local maxima · walkers climb" : "▲ local minima · walkers descend";
            g.drawString(legend, plot.left + plot.width - g.getFontMetrics().stringWidth(legend), plot.top - 6);
            g.dispose();
        }

        private void drawWalker(Graphics2D c, Graphics2D g, Plot plot, Curve curve, GradientDescentModel.Walker w,
                                Color colour) {
            List<Double> trail = w.trail();
            c.setStroke(new BasicStroke(1.4f));
            for (int k = 0; k < trail.size(); k++) {
                double x = trail.get(k);
                double y = curve.value(x);
                if (!Double.isFinite(y)) {
                    continue;
                }
                Color faded = Plot.withAlpha(colour, 70 + 120 * (k + 1) / trail.size());
                c.setColor(faded);
                if (k > 0 && Double.isFinite(curve.value(trail.get(k - 1)))) {
                    c.draw(new Line2D.Double(plot.px(trail.get(k - 1)), plot.py(curve.value(trail.get(k - 1))),
                            plot.px(x), plot.py(y)));
                }
                c.fill(new Ellipse2D.Double(plot.px(x) - 2.5, plot.py(y) - 2.5, 5, 5));
            }
            double x = w.x();
            if (w.gone()) {
                boolean leftSide = !(x > plot.x1) && (x < plot.x0 || x < (plot.x0 + plot.x1) / 2);
                String text = leftSide ? "◀ gone" : "gone ▶";
                g.setFont(Plot.sized(getFont(), -1).deriveFont(Font.BOLD));
                g.setColor(colour);
                int tw = g.getFontMetrics().stringWidth(text);
                int tx = leftSide ? plot.left + 6 : plot.left + plot.width - tw - 6;
                int index = model.walkers().indexOf(w);
                g.drawString(text, tx, plot.top + 18 + 16 * Math.max(0, index));
                return;
            }
            double y = curve.value(x);
            Ellipse2D dot = new Ellipse2D.Double(plot.px(x) - 7, plot.py(y) - 7, 14, 14);
            c.setColor(colour);
            c.fill(dot);
            c.setColor(Plot.background());
            c.setStroke(new BasicStroke(2f));
            c.draw(dot);
        }
    }

    /** y range of the curve over its x range, with a margin. */
    private static double[] yRange(Curve curve) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i <= 400; i++) {
            double y = curve.value(curve.xMin() + (curve.xMax() - curve.xMin()) * i / 400);
            if (Double.isFinite(y)) {
                lo = Math.min(lo, y);
                hi = Math.max(hi, y);
            }
        }
        if (!(hi > lo)) {
            lo = -1;
            hi = 1;
        }
        double pad = 0.08 * (hi - lo);
        return new double[] {lo - pad, hi + pad};
    }

    /** Local minima (or maxima) of the curve inside its range, found on a fine grid. */
    static List<Double> extrema(Curve curve, boolean minima) {
        List<Double> found = new ArrayList<>();
        int n = 600;
        double step = (curve.xMax() - curve.xMin()) / n;
        double sign = minima ? 1 : -1;
        for (int i = 1; i < n; i++) {
            double x = curve.xMin() + i * step;
            double a = sign * curve.value(x - step);
            double b = sign * curve.value(x);
            double c = sign * curve.value(x + step);
            if (b < a && b <= c) {
                found.add(x);
            }
        }
        return found;
    }
}
