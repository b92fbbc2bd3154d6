package org.mlpsandbox.app.view.lesson;

import org.mlpsandbox.app.view.DrawingGuard;
import com.formdev.flatlaf.util.UIScale;
import java.awt.BasicStroke;
import java.awt.Dimension;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.util.Arrays;
import javax.swing.JComponent;
import org.mlpsandbox.engine.data.Dataset;
import org.mlpsandbox.engine.net.Network;

/**
 * An autoencoder's inputs beside what it makes of them: {@value #SAMPLES} test points (hollow rings) and the network's
 * reconstructions (filled dots), each pair joined by a line, on the plane of the first two inputs. A bottleneck of one
 * neuron shows at a glance: every reconstruction falls on one curve. The lesson opener feeds it the latest training
 * snapshot, so it moves while the network trains. Colours from the theme at paint time.
 */
public final class ReconstructionView extends JComponent {

    /** How many test points are shown. */
    public static final int SAMPLES = 8;

    private double[] inputs = new double[0];
    private double[] outputs = new double[0];
    private int width = 2;
    /** The reconstructions run plugin code: under the plugins' time limit. */
    private final DrawingGuard guard = new DrawingGuard();

    public ReconstructionView() {
        setName("reconstructions");
        setOpaque(true);
    }

    /** Runs {@code network} on the first {@value #SAMPLES} samples of {@code test} (inputs in the network's scale). */
    public void show(Network network, Dataset test) {
        int rows = Math.min(SAMPLES, test.size());
        int d = test.inputCount();
        if (rows == 0 || network.inputs() != d || network.outputs() != d) {
            inputs = new double[0];
            outputs = new double[0];
        } else {
            double[] read = guard.predict(network, Arrays.copyOf(test.x(), rows * d), rows);
            inputs = read == null ? new double[0] : Arrays.copyOf(test.x(), rows * d); // stuck plugin: no pairs
            outputs = read == null ? new double[0] : read;
        }
        width = d;
        repaint();
    }

    /** How many input/reconstruction pairs are shown. */
    public int pairs() {
        return inputs.length / Math.max(1, width);
    }

    /** Input {@code i}, coordinate {@code k}. */
    public double input(int i, int k) {
        return inputs[i * width + k];
    }

    /** The network's reconstruction of input {@code i}, coordinate {@code k}. */
    public double output(int i, int k) {
        return outputs[i * width + k];
    }

    @Override
    public Dimension getPreferredSize() {
        return isPreferredSizeSet() ? super.getPreferredSize() : UIScale.scale(new Dimension(380, 300));
    }

    @Override
    public Dimension getMinimumSize() {
        return isMinimumSizeSet() ? super.getMinimumSize() : UIScale.scale(new Dimension(160, 140));
    }

    @Override
    protected void paintComponent(Graphics g0) {
        Graphics2D g = (Graphics2D) g0.create();
        try {
            Plot.antialias(g);
            g.setColor(getBackground());
            g.fillRect(0, 0, getWidth(), getHeight());
            double[] box = box();
            // square, so a distance looks the same both ways; margins for ticks, axis names and the caption
            int left = UIScale.scale(44);
            int top = UIScale.scale(26);
            int side = Math.max(1, Math.min(getWidth() - left - UIScale.scale(16),
                    getHeight() - top - UIScale.scale(72)));
            Plot plot = new Plot(left, top, side, side, box[0], box[1], box[2], box[3]);
            plot.drawGrid(g, width >= 2 ? "input 1" : "input", width >= 2 ? "input 2" : "");
            double r = UIScale.scale(4f);
            g.setStroke(new BasicStroke(UIScale.scale(1.2f)));
            for (int i = 0; i < pairs(); i++) {
                double ix = plot.px(input(i, 0));
                double iy = plot.py(width >= 2 ? input(i, 1) : 0);
                double ox = plot.px(output(i, 0));
                double oy = plot.py(width >= 2 ? output(i, 1) : 0);
                g.setColor(Plot.axis());
                g.draw(new Line2D.Double(ix, iy, ox, oy));
                g.setColor(Plot.series(i));
                g.draw(new Ellipse2D.Double(ix - r - 1, iy - r - 1, 2 * r + 2, 2 * r + 2));
                g.fill(new Ellipse2D.Double(ox - r, oy - r, 2 * r, 2 * r));
            }
            g.setColor(Plot.text());
            g.setFont(Plot.sized(getFont(), -1));
            FontMetrics fm = g.getFontMetrics();
            String caption = pairs() == 0 ? "No reconstructions: the outputs must match the inputs"
                    : "○ test input   ● its reconstruction";
            setToolTipText(pairs() == 0 ? caption : null);
            if (fm.stringWidth(caption) >= getWidth() && pairs() == 0) {
                caption = "No reconstructions"; // the tooltip says why
            }
            // under the plot, moved left as far as the edge when the view is narrow (zoomed): never cut by the edge
            int x = Math.max(0, Math.min(plot.left, getWidth() - fm.stringWidth(caption) - 1));
            g.drawString(caption, x, plot.top + plot.height + 3 * fm.getHeight() + UIScale.scale(6));
        } finally {
            g.dispose();
        }
    }

    /** The data box: the inputs and the reconstructions with a margin, the same scale both ways. */
    private double[] box() {
        double lo = -1;
        double hi = 1;
        for (double[] values : new double[][] {inputs, outputs}) {
            for (double v : values) {
                if (Double.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        double pad = (hi - lo) * 0.08;
        return new double[] {lo - pad, hi + pad, lo - pad, hi + pad};
    }
}
