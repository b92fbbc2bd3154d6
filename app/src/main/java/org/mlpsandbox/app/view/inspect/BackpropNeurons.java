package org.mlpsandbox.app.view.inspect;

import java.awt.BasicStroke;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JComponent;
import org.mlpsandbox.app.format.Numbers;
import org.mlpsandbox.app.inspect.BackpropStepper;
import org.mlpsandbox.app.inspect.BackpropTrace;

/**
 * Paints the neurons of the backprop diagram (filled by their activation, ringed while δ is shown), the numbers beside
 * each one for the current stop (x; z and a; a and δ; a, t and ∂C/∂a at the output), and the loss box.
 */
final class BackpropNeurons {

    private final JComponent component;
    private final BackpropLayout layout;
    private final BackpropStepper stepper;

    BackpropNeurons(JComponent component, BackpropLayout layout, BackpropStepper stepper) {
        this.component = component;
        this.layout = layout;
        this.stepper = stepper;
    }

    /** The neurons of column c; {@code selection} may be null. */
    void paintNodes(Graphics2D g, int c, BackpropCanvas.Selection selection) {
        BackpropTrace tr = stepper.trace();
        int[] drawn = layout.visible()[c];
        int l = c - 1;
        double r = layout.radius();
        double x = layout.columnX(c);
        boolean shown = c == 0 || stepper.forwardShown(l);
        double scale = 1e-12;
        for (int k : drawn) {
            scale = Math.max(scale, Math.abs(c == 0 ? tr.x()[k] : tr.a(l, k)));
        }
        g.setFont(BackpropLayout.smallFont(component));
        FontMetrics fm = g.getFontMetrics();
        for (int k = 0; k < drawn.length; k++) {
            int j = drawn[k];
            double y = layout.nodeY(c, k);
            Ellipse2D node = new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r);
            double value = c == 0 ? tr.x()[j] : tr.a(l, j);
            g.setColor(shown ? InspectColors.diverging(value / scale) : InspectColors.plotBackground());
            g.fill(node);
            boolean selected = selection != null && !selection.edge() && selection.layer() == l
                    && selection.neuron() == j;
            boolean deltaNow = c > 0 && stepper.deltaShown(l);
            g.setStroke(new BasicStroke(selected ? 2.6f : deltaNow ? 2f : 1.2f));
            g.setColor(selected ? InspectColors.accent() : deltaNow ? InspectColors.warning()
                    : InspectColors.border());
            g.draw(node);
            List<String> lines = labels(tr, c, j);
            int maxLines = Math.min(lines.size(), Math.max(1, (int) (layout.spacing(c) / fm.getHeight())));
            paintLabels(g, fm, lines.subList(lines.size() - maxLines, lines.size()), x + r + 4, y);
        }
        g.setFont(component.getFont());
    }

    /** The numbers beside a neuron for the current stop. */
    private List<String> labels(BackpropTrace tr, int c, int j) {
        List<String> out = new ArrayList<>();
        if (c == 0) {
            out.add("x " + Numbers.format(tr.x()[j]));
            return out;
        }
        int l = c - 1;
        if (!stepper.forwardShown(l)) {
            return out;
        }
        boolean output = l == tr.layerCount() - 1;
        if (!stepper.lossShown()) {
            out.add("z " + Numbers.format(tr.z(l, j)));
            out.add("a " + Numbers.format(tr.a(l, j)));
        } else if (stepper.deltaShown(l)) {
            out.add("a " + Numbers.format(tr.a(l, j)));
            out.add("δ " + Numbers.format(tr.delta(l, j)));
        } else if (output) {
            out.add("a " + Numbers.format(tr.a(l, j)) + "  t " + Numbers.format(tr.t()[j]));
            out.add("∂C/∂a " + Numbers.format(tr.gradA(l, j)));
        } else {
            out.add("z " + Numbers.format(tr.z(l, j)));
            out.add("a " + Numbers.format(tr.a(l, j)));
        }
        return out;
    }

    private static void paintLabels(Graphics2D g, FontMetrics fm, List<String> lines, double x, double cy) {
        if (lines.isEmpty()) {
            return;
        }
        int width = 0;
        for (String s : lines) {
            width = Math.max(width, fm.stringWidth(s));
        }
        int lineHeight = fm.getHeight() - 2;
        double top = cy - lines.size() * lineHeight / 2.0;
        g.setColor(InspectColors.withAlpha(InspectColors.plotBackground(), 215));
        g.fill(new RoundRectangle2D.Double(x - 2, top - 1, width + 5, lines.size() * lineHeight + 2, 6, 6));
        g.setColor(InspectColors.foreground());
        for (int k = 0; k < lines.size(); k++) {
            g.drawString(lines.get(k), (float) x, (float) (top + k * lineHeight + fm.getAscent() - 1));
        }
    }

    /** C (and C after the update) with the loss's name, in the bottom-right corner when the neurons leave it free. */
    void paintLossBox(Graphics2D g, boolean truncated) {
        if (!stepper.lossShown()) {
            return;
        }
        BackpropTrace tr = stepper.trace();
        List<String> lines = new ArrayList<>();
        lines.add("C = " + Numbers.format(tr.loss(), 4));
        if (stepper.applied()) {
            lines.add("after: " + Numbers.format(tr.lossAfter(), 4));
        }
        lines.add(tr.lossId());
        FontMetrics fm = g.getFontMetrics();
        int width = 0;
        for (String s : lines) {
            width = Math.max(width, fm.stringWidth(s));
        }
        int pad = 6;
        int h = lines.size() * fm.getHeight() + 2 * pad;
        double x = component.getWidth() - width - 2 * pad - 8;
        double y = component.getHeight() - h - 8 - (truncated ? fm.getHeight() : 0);
        double lowest = layout.lowestOutputY() + Math.max(layout.radius(), fm.getHeight());
        if (lowest > y) {
            return; // no free corner; the caption gives the loss
        }
        g.setColor(InspectColors.infoBackground());
        g.fill(new RoundRectangle2D.Double(x, y, width + 2 * pad, h, 10, 10));
        g.setColor(InspectColors.border());
        g.setStroke(new BasicStroke(1f));
        g.draw(new RoundRectangle2D.Double(x, y, width + 2 * pad, h, 10, 10));
        g.setColor(InspectColors.foreground());
        for (int k = 0; k < lines.size(); k++) {
            if (k == lines.size() - 1) {
                g.setColor(InspectColors.muted());
            }
            g.drawString(lines.get(k), (float) (x + pad), (float) (y + pad + k * fm.getHeight() + fm.getAscent()));
        }
    }
}
