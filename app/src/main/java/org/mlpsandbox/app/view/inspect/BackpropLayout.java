package org.mlpsandbox.app.view.inspect;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Point;
import java.awt.geom.Line2D;
import java.util.Comparator;
import java.util.stream.IntStream;
import javax.swing.JComponent;
import org.mlpsandbox.app.inspect.BackpropTrace;

/**
 * Where the backprop diagram goes at the component's current size: which neurons each column shows, the column headers,
 * the centres of the neurons and the lines of the edges, and what lies under a point. Column 0 holds the inputs;
 * column {@code c > 0} is layer {@code c − 1}.
 */
final class BackpropLayout {

    /** Neurons drawn per layer at most. */
    static final int MAX_SHOWN = 10;

    private final JComponent component;
    private final BackpropTrace trace;
    private final int[][] visible;
    private final double[] columnX;
    private final double[][] nodeY;
    private final double radius;
    private final double neededWidth;

    /**
     * Lays out {@code visible} (from {@link #visibleNeurons}) in the component's bounds with its font. Neighbouring
     * columns are at least {@link #neededWidth()} apart in all: both headers side by side, and a neuron's numbers
     * between it and the next column's neurons; a narrower component is to scroll sideways.
     */
    BackpropLayout(JComponent component, BackpropTrace trace, int[][] visible) {
        this.component = component;
        this.trace = trace;
        this.visible = visible;
        int columns = visible.length;
        int w = component.getWidth();
        int h = component.getHeight();
        FontMetrics fm = component.getFontMetrics(component.getFont());
        FontMetrics small = component.getFontMetrics(smallFont(component));
        double top = fm.getHeight() * 2.6 + 8;
        double bottom = truncated(trace) ? small.getHeight() + 8 : 10;
        int most = 1;
        for (int[] v : visible) {
            most = Math.max(most, v.length);
        }
        double avail = Math.max(40, h - top - bottom);
        double spacing = Math.min(84, avail / most);
        radius = Math.max(6, Math.min(17, spacing * 0.28));
        // Room right of the output nodes for their numbers ("∂C/∂a −0.000123") and the column header, left of the
        // inputs for their header, and between columns for two headers or a neuron's numbers ("z −0.0123").
        double gap = fm.getHeight() * 0.5;
        double leftNeeded = Math.max(40, headerWidth(0) / 2.0 + 8);
        double rightNeeded = Math.max(headerWidth(columns - 1) / 2.0 + 8,
                17 + 6 + small.stringWidth("∂C/∂a −0.000123  t 0.000") * 0.8 + 8);
        double between = 2 * radius + 4 + small.stringWidth("z −0.0123") + gap;
        for (int c = 1; c < columns; c++) {
            between = Math.max(between, (headerWidth(c - 1) + headerWidth(c)) / 2.0 + gap);
        }
        neededWidth = leftNeeded + rightNeeded + between * (columns - 1);
        // wider than needed: at most a fifth and two fifths of the width on either side, the rest between columns
        double left = Math.min(w * 0.2, leftNeeded);
        double right = Math.min(w * 0.4, rightNeeded);
        columnX = new double[columns];
        for (int c = 0; c < columns; c++) {
            columnX[c] = columns == 1 ? w / 2.0 : left + (w - left - right) * c / (double) (columns - 1);
        }
        nodeY = new double[columns][];
        for (int c = 0; c < columns; c++) {
            int n = visible[c].length;
            nodeY[c] = new double[n];
            double start = top + (avail - spacing * n) / 2 + spacing / 2;
            for (int k = 0; k < n; k++) {
                nodeY[c][k] = start + k * spacing;
            }
        }
    }

    /** The smallest width at which no header or neuron's numbers overlap a neighbouring column's. */
    double neededWidth() {
        return neededWidth;
    }

    /**
     * The neurons to draw per column: all of them, or for a column wider than {@link #MAX_SHOWN} the most active for
     * the sample (largest |a|, or |x| for the inputs), in their own order.
     */
    static int[][] visibleNeurons(BackpropTrace tr) {
        int columns = tr.layerCount() + 1;
        int[][] visible = new int[columns][];
        for (int c = 0; c < columns; c++) {
            int l = c - 1;
            int n = c == 0 ? tr.inputs(0) : tr.size(l);
            if (n <= MAX_SHOWN) {
                visible[c] = IntStream.range(0, n).toArray();
            } else {
                double[] values = c == 0 ? tr.x() : IntStream.range(0, n).mapToDouble(i -> tr.a(l, i)).toArray();
                visible[c] = IntStream.range(0, n).boxed()
                        .sorted(Comparator.comparingDouble(i -> -Math.abs(values[i])))
                        .limit(MAX_SHOWN).sorted().mapToInt(Integer::intValue).toArray();
            }
        }
        return visible;
    }

    /** Whether some layer (or the input) is too big to draw whole. */
    static boolean truncated(BackpropTrace tr) {
        if (tr.inputs(0) > MAX_SHOWN) {
            return true;
        }
        for (int l = 0; l < tr.layerCount(); l++) {
            if (tr.size(l) > MAX_SHOWN) {
                return true;
            }
        }
        return false;
    }

    /** The component's font, a little smaller: subtitles and the numbers beside the neurons. */
    static Font smallFont(JComponent component) {
        return component.getFont().deriveFont(component.getFont().getSize2D() - 1.5f);
    }

    int[][] visible() {
        return visible;
    }

    int columns() {
        return visible.length;
    }

    double columnX(int c) {
        return columnX[c];
    }

    double nodeY(int c, int k) {
        return nodeY[c][k];
    }

    double radius() {
        return radius;
    }

    /** The vertical distance between neighbouring neurons of a column (100 for a column of one). */
    double spacing(int c) {
        return visible[c].length > 1 ? nodeY[c][1] - nodeY[c][0] : 100;
    }

    /** The centre of the lowest neuron of the output column. */
    double lowestOutputY() {
        double[] ys = nodeY[nodeY.length - 1];
        return ys[ys.length - 1];
    }

    String title(int c) {
        int l = c - 1;
        return c == 0 ? "Input" : (l == trace.layerCount() - 1 ? "Output" : "Layer " + (l + 1));
    }

    String subtitle(int c) {
        int l = c - 1;
        String sub = c == 0 ? trace.inputs(0) + (trace.inputs(0) == 1 ? " value" : " values")
                : shortName(trace.activationId(l));
        int total = c == 0 ? trace.inputs(0) : trace.size(l);
        int shown = visible[c].length;
        return shown < total ? shown + " of " + total + " shown" : sub;
    }

    int headerWidth(int c) {
        return Math.max(component.getFontMetrics(component.getFont().deriveFont(Font.BOLD)).stringWidth(title(c)),
                component.getFontMetrics(smallFont(component)).stringWidth(subtitle(c)));
    }

    private static String shortName(String id) {
        return switch (id) {
            case "relu" -> "ReLU";
            case "leaky-relu" -> "leaky ReLU";
            default -> id;
        };
    }

    /** The edge from the {@code ki}-th drawn neuron of column {@code c − 1} to the {@code kj}-th of column c. */
    Line2D edgeLine(int c, int ki, int kj) {
        return new Line2D.Double(columnX[c - 1] + radius, nodeY[c - 1][ki], columnX[c] - radius, nodeY[c][kj]);
    }

    /** Where neuron {@code neuron} is drawn in column c, or −1 when it is not. */
    int drawnIndex(int c, int neuron) {
        int[] a = visible[c];
        for (int k = 0; k < a.length; k++) {
            if (a[k] == neuron) {
                return k;
            }
        }
        return -1;
    }

    /** The edge or neuron under a point, or {@code null}. Neurons win over edges. */
    BackpropCanvas.Selection hit(Point p) {
        for (int c = 1; c < visible.length; c++) {
            for (int k = 0; k < visible[c].length; k++) {
                if (p.distance(columnX[c], nodeY[c][k]) <= radius + 2) {
                    return new BackpropCanvas.Selection(false, c - 1, visible[c][k], -1);
                }
            }
        }
        BackpropCanvas.Selection best = null;
        double bestDistance = 6;
        for (int c = 1; c < visible.length; c++) {
            for (int kj = 0; kj < visible[c].length; kj++) {
                for (int ki = 0; ki < visible[c - 1].length; ki++) {
                    double d = edgeLine(c, ki, kj).ptSegDist(p);
                    if (d < bestDistance) {
                        bestDistance = d;
                        best = new BackpropCanvas.Selection(true, c - 1, visible[c][kj], visible[c - 1][ki]);
                    }
                }
            }
        }
        return best;
    }

    /** Screen point of the middle of an edge; {@code null} when it is not drawn. */
    Point edgeMidpoint(int layer, int neuron, int input) {
        int kj = drawnIndex(layer + 1, neuron);
        int ki = drawnIndex(layer, input);
        if (kj < 0 || ki < 0) {
            return null;
        }
        Line2D line = edgeLine(layer + 1, ki, kj);
        return new Point((int) Math.round((line.getX1() + line.getX2()) / 2),
                (int) Math.round((line.getY1() + line.getY2()) / 2));
    }
}
