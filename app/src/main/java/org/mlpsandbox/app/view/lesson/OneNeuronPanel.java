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
import java.awt.image.BufferedImage;
import java.util.List;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSlider;
import javax.swing.Timer;
import net.miginfocom.swing.MigLayout;

/**
 * Lesson 3: one neuron y = w·x + b against noisy points around y = x + 2. Weight and bias sliders with the live mean
 * squared error; "Let gradient descent do it" animates descent at a chosen speed (or Step takes one step at a time),
 * drawing its path through (w, b) on a contour plot of the error surface. The state is a {@link OneNeuronModel}.
 */
public final class OneNeuronPanel extends JPanel {

    static final double W_MIN = -2;
    static final double W_MAX = 4;
    static final double B_MIN = -2;
    static final double B_MAX = 5;

    private final OneNeuronModel model = new OneNeuronModel();
    private final JSlider weight = new JSlider((int) (W_MIN * 100), (int) (W_MAX * 100));
    private final JSlider bias = new JSlider((int) (B_MIN * 100), (int) (B_MAX * 100));
    private final JLabel weightLabel = new JLabel();
    private final JLabel biasLabel = new JLabel();
    private final JLabel error = new JLabel();
    private final JButton descend = new JButton("Let gradient descent do it");
    /** Descent speeds: milliseconds between frames and steps per frame. */
    enum Speed {
        SLOW("Slow", 400, 1), MEDIUM("Medium", 120, 1), FAST("Fast", 40, 2);

        final String label;
        final int millis;
        final int stepsPerFrame;

        Speed(String label, int millis, int stepsPerFrame) {
            this.label = label;
            this.millis = millis;
            this.stepsPerFrame = stepsPerFrame;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private final Timer timer = new Timer(Speed.MEDIUM.millis, e -> tick());
    private final JButton step = new JButton("Step");
    private final JComboBox<Speed> speed = new JComboBox<>(Speed.values());
    private final FitView fit = new FitView();
    private final SurfaceView surface = new SurfaceView();
    private boolean updating;

    public OneNeuronPanel() {
        super(new MigLayout("insets 12, fill", "[grow,fill]12[grow,fill]", "[grow,fill][]"));
        add(fit);
        add(surface, "wrap");
        // three short rows (weight, bias, descent) rather than one long one, so presentation mode fits 1024 pixels
        JPanel controls = new JPanel(new MigLayout("insets 0, wrap 4", "[][140:220,grow,fill][44!]16[grow]"));
        controls.add(new JLabel("weight w"));
        controls.add(weight, "growx");
        controls.add(weightLabel);
        controls.add(error);
        controls.add(new JLabel("bias b"));
        controls.add(bias, "growx");
        controls.add(biasLabel, "wrap");
        JPanel descentControls = new JPanel(new MigLayout("insets 0", "[][]"));
        step.setName("descentStep");
        step.setToolTipText("One step of gradient descent: w ← w − rate·∂MSE/∂w, b ← b − rate·∂MSE/∂b");
        speed.setName("descentSpeed");
        speed.setSelectedItem(Speed.MEDIUM);
        speed.setToolTipText("How fast gradient descent moves when you let it");
        descentControls.add(new JLabel("Speed"));
        descentControls.add(speed);
        descentControls.add(step);
        controls.add(descend, "span, split 2, sg descend");
        controls.add(descentControls, "gapleft 16");
        speed.addActionListener(e -> timer.setDelay(speed().millis));
        step.addActionListener(e -> {
            stop();
            model.descentStep();
            showParameters();
        });
        error.putClientProperty("FlatLaf.style", "font: +1 bold");
        add(controls, "span, growx");
        weight.addChangeListener(e -> slidersMoved());
        bias.addChangeListener(e -> slidersMoved());
        descend.addActionListener(e -> {
            if (timer.isRunning()) {
                stop();
            } else {
                model.setParameters(model.weight(), model.bias());
                timer.setDelay(speed().millis);
                timer.start();
                descend.setText("Stop");
            }
        });
        showParameters();
    }

    public OneNeuronModel model() {
        return model;
    }

    private void slidersMoved() {
        if (updating) {
            return;
        }
        stop();
        model.setParameters(weight.getValue() / 100.0, bias.getValue() / 100.0);
        showParameters();
    }

    Speed speed() {
        return (Speed) speed.getSelectedItem();
    }

    /** Descends as long as the user lets it. */
    boolean isDescending() {
        return timer.isRunning();
    }

    /** Presses Step, as the user would. */
    void pressStep() {
        step.doClick(0);
    }

    /** Chooses a speed, as the user would. */
    void chooseSpeed(Speed s) {
        speed.setSelectedItem(s);
    }

    private void tick() {
        for (int i = 0; i < speed().stepsPerFrame; i++) {
            model.descentStep();
        }
        if (model.converged() || model.path().size() > 2000) {
            stop();
        }
        showParameters();
    }

    private void stop() {
        timer.stop();
        descend.setText("Let gradient descent do it");
    }

    private void showParameters() {
        updating = true;
        weight.setValue((int) Math.round(model.weight() * 100));
        bias.setValue((int) Math.round(model.bias() * 100));
        updating = false;
        weightLabel.setText(String.format("%.2f", model.weight()).replace('-', '−'));
        biasLabel.setText(String.format("%.2f", model.bias()).replace('-', '−'));
        error.setText(String.format("MSE = %.3f", model.mse()));
        fit.repaint();
        surface.repaint();
    }

    @Override
    public void removeNotify() {
        stop();
        super.removeNotify();
    }

    /** The points, the neuron's line, and the errors as thin vertical lines. */
    private final class FitView extends JComponent {
        FitView() {
            setPreferredSize(new Dimension(420, 420));
            setMinimumSize(new Dimension(240, 200));
        }

        @Override
        protected void paintComponent(Graphics graphics) {
            Graphics2D g = (Graphics2D) graphics.create();
            Plot.antialias(g);
            Plot plot = Plot.within(this, 44, 28, 58, 66, -2.2, 2.2, -1.5, 5.5);
            plot.drawGrid(g, "x", "y = w·x + b");
            Graphics2D c = (Graphics2D) g.create();
            plot.clip(c);
            double[] xs = model.xs();
            double[] ys = model.ys();
            double w = model.weight();
            double b = model.bias();
            c.setStroke(new BasicStroke(1f));
            c.setColor(Plot.error());
            for (int i = 0; i < xs.length; i++) {
                c.draw(new Line2D.Double(plot.px(xs[i]), plot.py(ys[i]), plot.px(xs[i]), plot.py(w * xs[i] + b)));
            }
            c.setStroke(new BasicStroke(2.5f));
            c.setColor(Plot.series(0));
            c.draw(plot.graph(x -> w * x + b));
            for (int i = 0; i < xs.length; i++) {
                Ellipse2D dot = new Ellipse2D.Double(plot.px(xs[i]) - 4, plot.py(ys[i]) - 4, 8, 8);
                c.setColor(Plot.curve());
                c.fill(dot);
            }
            c.dispose();
            g.dispose();
        }
    }

    /** The MSE over (w, b) as coloured bands with contour edges, the best point, and the descent path. */
    private final class SurfaceView extends JComponent {
        private BufferedImage heat;
        private Color heatLow;

        SurfaceView() {
            setPreferredSize(new Dimension(420, 420));
            setMinimumSize(new Dimension(240, 200));
        }

        @Override
        protected void paintComponent(Graphics graphics) {
            Graphics2D g = (Graphics2D) graphics.create();
            Plot.antialias(g);
            Plot plot = Plot.within(this, 44, 28, 58, 66, W_MIN, W_MAX, B_MIN, B_MAX);
            plot.drawGrid(g, "weight w", "bias b  (colour: mean squared error)");
            if (heat == null || heat.getWidth() != plot.width || heat.getHeight() != plot.height
                    || !Plot.heat("low").equals(heatLow)) {
                heatLow = Plot.heat("low"); // a theme switch redraws the bands in the new colours
                heat = contours(plot);
            }
            g.drawImage(heat, plot.left, plot.top, null);
            g.setColor(Plot.axis());
            g.drawRect(plot.left, plot.top, plot.width, plot.height);
            Graphics2D c = (Graphics2D) g.create();
            plot.clip(c);
            double[] best = model.bestFit();
            c.setColor(Plot.curve());
            c.setStroke(new BasicStroke(2f));
            double bx = plot.px(best[0]);
            double by = plot.py(best[1]);
            c.draw(new Line2D.Double(bx - 6, by - 6, bx + 6, by + 6));
            c.draw(new Line2D.Double(bx - 6, by + 6, bx + 6, by - 6));
            List<double[]> path = model.path();
            if (path.size() > 1) {
                Path2D.Double line = new Path2D.Double();
                line.moveTo(plot.px(path.get(0)[0]), plot.py(path.get(0)[1]));
                for (double[] p : path) {
                    line.lineTo(plot.px(p[0]), plot.py(p[1]));
                }
                c.setColor(Plot.series(1));
                c.setStroke(new BasicStroke(2.5f));
                c.draw(line);
            }
            Ellipse2D dot = new Ellipse2D.Double(plot.px(model.weight()) - 7, plot.py(model.bias()) - 7, 14, 14);
            c.setColor(Plot.background());
            c.fill(dot);
            c.setColor(Plot.curve());
            c.setStroke(new BasicStroke(2f));
            c.draw(dot);
            c.dispose();
            g.dispose();
        }

        private BufferedImage contours(Plot plot) {
            BufferedImage image = new BufferedImage(plot.width, plot.height, BufferedImage.TYPE_INT_RGB);
            int[][] band = new int[plot.height][plot.width];
            for (int y = 0; y < plot.height; y++) {
                for (int x = 0; x < plot.width; x++) {
                    double mse = model.mse(plot.dataX(plot.left + x + 0.5), plot.dataY(plot.top + y + 0.5));
                    band[y][x] = (int) Math.floor(3 * Math.log10(Math.max(mse, 1e-3)) + 3);
                }
            }
            for (int y = 0; y < plot.height; y++) {
                for (int x = 0; x < plot.width; x++) {
                    int k = band[y][x];
                    boolean edge = (x + 1 < plot.width && band[y][x + 1] != k)
                            || (y + 1 < plot.height && band[y + 1][x] != k);
                    Color colour = bandColour(k);
                    image.setRGB(x, y, (edge ? colour.darker() : colour).getRGB());
                }
            }
            return image;
        }

        /** The theme's error scale: low error through the middle to high error. */
        private Color bandColour(int k) {
            float t = Math.max(0, Math.min(1, k / 9f));
            Color lo = Plot.heat("low");
            Color mid = Plot.heat("mid");
            Color hi = Plot.heat("high");
            Color a = t < 0.5f ? lo : mid;
            Color b = t < 0.5f ? mid : hi;
            float u = t < 0.5f ? t * 2 : (t - 0.5f) * 2;
            return new Color(Math.round(a.getRed() + u * (b.getRed() - a.getRed())),
                    Math.round(a.getGreen() + u * (b.getGreen() - a.getGreen())),
                    Math.round(a.getBlue() + u * (b.getBlue() - a.getBlue())));
        }
    }
}
