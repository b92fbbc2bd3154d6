package org.mlpsandbox.app.view.inspect;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import javax.swing.JComponent;
import org.mlpsandbox.app.inspect.BackpropStepper;
import org.mlpsandbox.app.inspect.BackpropTrace;
import org.mlpsandbox.app.inspect.Stage;

/**
 * Paints what lies behind the neurons of the backprop diagram: the band over the active column, the column headers,
 * the weights as edges (coloured by w, or by −∂C/∂w once δ is known) with arrows in the direction of the flow, the
 * wide flow arrow between the headers, and the selected edge.
 */
final class BackpropEdges {

    private final JComponent component;
    private final BackpropLayout layout;
    private final BackpropStepper stepper;

    BackpropEdges(JComponent component, BackpropLayout layout, BackpropStepper stepper) {
        this.component = component;
        this.layout = layout;
        this.stepper = stepper;
    }

    void paintActiveBand(Graphics2D g, int column) {
        if (column < 0) {
            return;
        }
        double x = layout.columnX(column);
        double halfWidth = layout.radius() + 58;
        double left = x - layout.radius() - 10;
        double width = Math.min(halfWidth + layout.radius() + 10, component.getWidth() - 4 - left);
        g.setColor(InspectColors.infoBackground());
        g.fill(new RoundRectangle2D.Double(left, 4, width, component.getHeight() - 8, 14, 14));
    }

    void paintHeaders(Graphics2D g, int activeColumn) {
        Font base = component.getFont();
        Font bold = base.deriveFont(Font.BOLD);
        Font small = BackpropLayout.smallFont(component);
        for (int c = 0; c < layout.columns(); c++) {
            String title = layout.title(c);
            String sub = layout.subtitle(c);
            double x = layout.columnX(c);
            g.setFont(bold);
            g.setColor(c == activeColumn ? InspectColors.accent() : InspectColors.foreground());
            FontMetrics fm = g.getFontMetrics();
            g.drawString(title, (float) (x - fm.stringWidth(title) / 2.0), fm.getAscent() + 6);
            g.setFont(small);
            g.setColor(InspectColors.muted());
            FontMetrics fs = g.getFontMetrics();
            g.drawString(sub, (float) (x - fs.stringWidth(sub) / 2.0), fm.getHeight() + fs.getAscent() + 6);
        }
        g.setFont(base);
    }

    /** The edges into column c (layer c − 1). */
    void paintEdges(Graphics2D g, int c, Stage stage) {
        BackpropTrace tr = stepper.trace();
        int[][] vis = layout.visible();
        int l = c - 1;
        boolean forwardActive = stage.kind() == Stage.Kind.FORWARD && stage.layer() == l;
        boolean backwardActive = stage.kind() == Stage.Kind.BACKWARD && stage.layer() == l;
        boolean updating = stepper.updateShown();
        boolean showGradient = stepper.deltaShown(l) && !updating;
        double maxW = Math.max(1e-12, tr.maxAbsWeight(l));
        double maxG = Math.max(1e-300, tr.maxAbsGradient(l));
        boolean applied = stepper.applied();
        for (int kj = 0; kj < vis[c].length; kj++) {
            int j = vis[c][kj];
            for (int ki = 0; ki < vis[c - 1].length; ki++) {
                int i = vis[c - 1][ki];
                double w = applied ? tr.weightAfter(l, j, i) : tr.weight(l, j, i);
                Line2D line = layout.edgeLine(c, ki, kj);
                Color colour;
                float width;
                if (showGradient) {
                    double gr = tr.gradWeight(l, j, i);
                    // The colour of the way the weight will move (−∂C/∂w), width by |∂C/∂w|.
                    colour = InspectColors.diverging(-gr / maxG);
                    width = (float) (0.6 + 3.4 * Math.abs(gr) / maxG);
                } else {
                    colour = InspectColors.diverging(w / maxW);
                    width = (float) (0.6 + 3.4 * Math.min(1, Math.abs(w) / maxW));
                }
                int alpha = forwardActive || backwardActive || updating ? 235 : 120;
                g.setColor(InspectColors.withAlpha(darker(colour), alpha));
                g.setStroke(new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                g.draw(line);
                if ((forwardActive || backwardActive) && vis[c].length * vis[c - 1].length <= 30) {
                    arrow(g, line, forwardActive);
                }
            }
        }
    }

    /** Diverging colours are pale near zero; darken a little so thin edges stay visible on white. */
    private static Color darker(Color c) {
        return InspectColors.mix(c, InspectColors.muted(), 0.25);
    }

    /** A wide arrow between the headers of the active layer and the one before it: which way the numbers flow. */
    void paintFlowArrow(Graphics2D g, Stage stage) {
        if (stage.kind() != Stage.Kind.FORWARD && stage.kind() != Stage.Kind.BACKWARD) {
            return;
        }
        boolean forward = stage.kind() == Stage.Kind.FORWARD;
        int c = stage.layer() + 1;
        double x1 = layout.columnX(c - 1) + layout.headerWidth(c - 1) / 2.0 + 10;
        double x2 = layout.columnX(c) - layout.headerWidth(c) / 2.0 - 10;
        if (x2 - x1 < 30) {
            return;
        }
        double y = component.getFontMetrics(component.getFont()).getHeight() * 0.9 + 2;
        g.setColor(forward ? InspectColors.accent() : InspectColors.warning());
        g.setStroke(new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        double from = forward ? x1 : x2;
        double to = forward ? x2 : x1;
        g.draw(new Line2D.Double(from, y, to, y));
        Path2D head = new Path2D.Double();
        double dir = forward ? 1 : -1;
        head.moveTo(to + dir * 4, y);
        head.lineTo(to - dir * 8, y - 6);
        head.lineTo(to - dir * 8, y + 6);
        head.closePath();
        g.fill(head);
        String text = forward ? "forward: z = Σ w·a + b, a = f(z)"
                : stepper.trace().elementwise(stage.layer()) ? "backward: δ = ∂C/∂a × a′(z)"
                : "backward: δ = Jacobian · ∂C/∂a";
        g.setFont(BackpropLayout.smallFont(component));
        FontMetrics fm = g.getFontMetrics();
        if (fm.stringWidth(text) < x2 - x1 - 10) {
            g.drawString(text, (float) ((x1 + x2 - fm.stringWidth(text)) / 2), (float) (y + fm.getAscent() + 3));
        }
        g.setFont(component.getFont());
    }

    private static void arrow(Graphics2D g, Line2D line, boolean forward) {
        double x1 = line.getX1();
        double y1 = line.getY1();
        double x2 = line.getX2();
        double y2 = line.getY2();
        double t = forward ? 0.62 : 0.38;
        double px = x1 + (x2 - x1) * t;
        double py = y1 + (y2 - y1) * t;
        double angle = Math.atan2(y2 - y1, x2 - x1) + (forward ? 0 : Math.PI);
        double size = 7;
        Path2D head = new Path2D.Double();
        head.moveTo(px + Math.cos(angle) * size, py + Math.sin(angle) * size);
        head.lineTo(px + Math.cos(angle + 2.6) * size, py + Math.sin(angle + 2.6) * size);
        head.lineTo(px + Math.cos(angle - 2.6) * size, py + Math.sin(angle - 2.6) * size);
        head.closePath();
        g.setColor(forward ? InspectColors.accent() : InspectColors.warning());
        g.fill(head);
    }

    void paintSelectedEdge(Graphics2D g, BackpropCanvas.Selection selection) {
        int c = selection.layer() + 1;
        int kj = layout.drawnIndex(c, selection.neuron());
        int ki = layout.drawnIndex(c - 1, selection.input());
        if (kj < 0 || ki < 0) {
            return;
        }
        Line2D line = layout.edgeLine(c, ki, kj);
        g.setStroke(new BasicStroke(6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(InspectColors.withAlpha(InspectColors.accent(), 90));
        g.draw(line);
        g.setStroke(new BasicStroke(2.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(InspectColors.accent());
        g.draw(line);
    }
}
