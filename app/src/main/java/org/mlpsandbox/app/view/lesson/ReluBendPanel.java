package org.mlpsandbox.app.view.lesson;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSlider;
import net.miginfocom.swing.MigLayout;

/**
 * Lesson 4: two ReLU neurons summed to fit data with a bend. Sliders for each neuron's weight and bias, the output
 * weights and the output bias; the plot shows each neuron's contribution, their sum and the error. The state is a
 * {@link ReluBendModel}.
 */
public final class ReluBendPanel extends JPanel {

    private static final double RANGE = 3;
    private static final double[] START = {1, 0, 1, -1, 0, 0, 0};

    private final ReluBendModel model = new ReluBendModel();
    private final JSlider[] sliders = new JSlider[7];
    private final JLabel[] values = new JLabel[7];
    private final JLabel error = new JLabel();
    private final FitView view = new FitView();
    private boolean updating;

    public ReluBendPanel() {
        super(new MigLayout("insets 12, fill", "[grow,fill]16[]", "[grow,fill]"));
        add(view);
        JPanel side = new JPanel(new MigLayout("insets 0 0 0 4, wrap 3", "[30!][grow,fill][44!]"));
        String[] groups = {"Neuron 1: h₁ = max(0, w₁x + b₁)", null, null, "Neuron 2: h₂ = max(0, w₂x + b₂)", null,
                null, "Output: v₁h₁ + v₂h₂ + c"};
        int[] order = {0, 1, 2, 3, 4, 5, 6};
        for (int i : order) {
            if (groups[i] != null) {
                JLabel heading = new JLabel(groups[i]);
                // a style, so the colour and weight follow a theme switch
                heading.putClientProperty("FlatLaf.style", "font: bold; foreground: $" + (i == 0 ? "MlpSandbox.series.0"
                        : i == 3 ? "MlpSandbox.series.1" : "MlpSandbox.curve"));
                side.add(heading, "span 3, gaptop 10");
            }
            sliders[i] = new JSlider((int) (-RANGE * 100), (int) (RANGE * 100), 0);
            values[i] = new JLabel();
            side.add(new JLabel(ReluBendModel.NAMES[i]));
            side.add(sliders[i]);
            side.add(values[i]);
            int index = i;
            sliders[i].addChangeListener(e -> {
                if (!updating) {
                    model.setParameter(index, sliders[index].getValue() / 100.0);
                    changed();
                }
            });
        }
        error.putClientProperty("FlatLaf.style", "font: +1 bold");
        side.add(error, "span 3, gaptop 14");
        JButton solve = new JButton("Show a fit");
        solve.setToolTipText("Both corners at the bend, one ramp down to the left, one up to the right");
        JButton reset = new JButton("Start over");
        side.add(solve, "span 3, split 2, gaptop 8");
        side.add(reset);
        add(sideScroller(side), "growy");
        solve.addActionListener(e -> setParameters(ReluBendModel.solution()));
        reset.addActionListener(e -> setParameters(START));
        setParameters(START);
    }

    /**
     * The sliders in a scroll pane that scrolls up and down when the panel is shorter than they are (under a lesson's
     * text in presentation mode), always as wide as the sliders and a scroll bar.
     */
    private static JScrollPane sideScroller(JPanel side) {
        JScrollPane scroll = new JScrollPane(side, JScrollPane.VERTICAL_SCROLLBAR_AS_NEEDED,
                JScrollPane.HORIZONTAL_SCROLLBAR_NEVER) {
            @Override
            public java.awt.Dimension getPreferredSize() {
                java.awt.Dimension d = side.getPreferredSize();
                return new java.awt.Dimension(Math.max(com.formdev.flatlaf.util.UIScale.scale(260), d.width)
                        + getVerticalScrollBar().getPreferredSize().width, d.height);
            }

            @Override
            public java.awt.Dimension getMinimumSize() {
                return new java.awt.Dimension(getPreferredSize().width, com.formdev.flatlaf.util.UIScale.scale(80));
            }
        };
        scroll.setBorder(javax.swing.BorderFactory.createEmptyBorder());
        scroll.setOpaque(false);
        scroll.getViewport().setOpaque(false);
        scroll.getVerticalScrollBar().setUnitIncrement(16);
        return scroll;
    }

    public ReluBendModel model() {
        return model;
    }

    private void setParameters(double[] p) {
        model.setParameters(p);
        updating = true;
        for (int i = 0; i < 7; i++) {
            sliders[i].setValue((int) Math.round(p[i] * 100));
        }
        updating = false;
        changed();
    }

    private void changed() {
        double[] p = model.parameters();
        for (int i = 0; i < 7; i++) {
            values[i].setText(String.format("%.2f", p[i]).replace('-', '−'));
        }
        error.setText(String.format("MSE = %.4f", model.mse()));
        view.repaint();
    }

    /** The points, each neuron's contribution v·h(x) (dashed), and the sum (thick). */
    private final class FitView extends JComponent {
        FitView() {
            setPreferredSize(new Dimension(600, 460));
            setMinimumSize(new Dimension(300, 240));
        }

        @Override
        protected void paintComponent(Graphics graphics) {
            Graphics2D g = (Graphics2D) graphics.create();
            Plot.antialias(g);
            Plot plot = Plot.within(this, 48, 28, 62, 66, -2.2, 2.2, -1.5, 3);
            plot.drawGrid(g, "x", "ŷ = v₁h₁ + v₂h₂ + c");
            Graphics2D c = (Graphics2D) g.create();
            plot.clip(c);
            double[] xs = model.xs();
            double[] ys = model.ys();
            c.setColor(Plot.curve());
            for (int i = 0; i < xs.length; i++) {
                c.fill(new Ellipse2D.Double(plot.px(xs[i]) - 4, plot.py(ys[i]) - 4, 8, 8));
            }
            float[] dash = {7, 5};
            for (int n = 1; n <= 2; n++) {
                int neuron = n;
                c.setColor(Plot.series(n - 1));
                c.setStroke(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10, dash, 0));
                c.draw(plot.graph(x -> model.contribution(neuron, x)));
                double corner = model.corner(neuron);
                if (Double.isFinite(corner)) {
                    c.setStroke(new BasicStroke(1f));
                    c.setColor(Plot.withAlpha(Plot.series(n - 1), 90));
                    c.draw(new Line2D.Double(plot.px(corner), plot.top, plot.px(corner), plot.top + plot.height));
                }
            }
            c.setColor(Plot.error());
            c.setStroke(new BasicStroke(3f));
            c.draw(plot.graph(model::output));
            c.dispose();
            legend(g, plot);
            g.dispose();
        }

        private void legend(Graphics2D g, Plot plot) {
            g.setFont(Plot.sized(getFont(), -1));
            String[] labels = {"v₁·h₁ (neuron 1)", "v₂·h₂ (neuron 2)", "sum ŷ"};
            Color[] colours = {Plot.series(0), Plot.series(1), Plot.error()};
            int x = plot.left + 12;
            int y = plot.top + 18;
            g.setColor(Plot.withAlpha(Plot.background(), 220));
            g.fillRoundRect(x - 6, y - 14, 150, 62, 8, 8);
            for (int i = 0; i < 3; i++) {
                g.setColor(colours[i]);
                g.setStroke(new BasicStroke(i == 2 ? 3f : 2f));
                g.drawLine(x, y + 18 * i - 4, x + 22, y + 18 * i - 4);
                g.setColor(Plot.text());
                g.drawString(labels[i], x + 30, y + 18 * i);
            }
        }
    }
}
