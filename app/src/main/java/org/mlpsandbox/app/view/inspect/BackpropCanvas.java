package org.mlpsandbox.app.view.inspect;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Point;
import java.awt.RenderingHints;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import javax.swing.JComponent;
import javax.swing.ToolTipManager;
import org.mlpsandbox.app.inspect.BackpropStepper;
import org.mlpsandbox.app.inspect.BackpropTrace;
import org.mlpsandbox.app.format.Numbers;
import org.mlpsandbox.app.inspect.Stage;

/**
 * Draws the network of a {@link BackpropStepper} and highlights what the current stop computes: z and a under each
 * neuron going forward, δ going back, arrows along the active layer's edges in the direction of the flow. Layers with
 * more than {@link #MAX_SHOWN} neurons show the {@value #MAX_SHOWN} most active for the sample (largest |a|, or |x|
 * for the inputs) and say so. Clicking an edge or a neuron selects it.
 */
final class BackpropCanvas extends JComponent {

    /** Neurons drawn per layer at most. */
    static final int MAX_SHOWN = 10;

    /** What the user clicked: a weight (layer, neuron, input) or a neuron (layer, neuron, −1). */
    record Selection(boolean edge, int layer, int neuron, int input) {
    }

    private BackpropStepper stepper;
    private Selection selection;
    private Consumer<Selection> selectionListener = s -> { };
    private int[][] visible = new int[0][];
    private double[] visibleFor;
    private Geometry geometry;

    BackpropCanvas() {
        setOpaque(true);
        setPreferredSize(new Dimension(640, 340));
        setMinimumSize(new Dimension(300, 200));
        ToolTipManager.sharedInstance().registerComponent(this);
        addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                Selection hit = hit(e.getPoint());
                if (hit != null) {
                    select(hit);
                }
            }
        });
    }

    void setStepper(BackpropStepper s) {
        stepper = s;
        visibleFor = null;
        repaint();
    }

    void onSelection(Consumer<Selection> listener) {
        selectionListener = listener;
    }

    Selection selection() {
        return selection;
    }

    void select(Selection s) {
        selection = s;
        selectionListener.accept(s);
        repaint();
    }

    /** The neurons to draw per column (column 0 = inputs), recomputed when the sample changes. */
    private int[][] visible() {
        double[] x = stepper.x();
        if (x != null && Arrays.equals(x, visibleFor) && visible.length == stepper.layerCount() + 1) {
            return visible;
        }
        BackpropTrace tr = stepper.trace();
        int columns = tr.layerCount() + 1;
        visible = new int[columns][];
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
        visibleFor = x;
        return visible;
    }

    /** Whether some layer is too big to draw whole. */
    boolean truncated() {
        if (stepper == null || !stepper.hasSample()) {
            return false;
        }
        BackpropTrace tr = stepper.trace();
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

    /** Node positions for the current size. */
    private record Geometry(double[] columnX, double[][] nodeY, double radius, double top) {
    }

    private Geometry computeGeometry() {
        int[][] vis = visible();
        int columns = vis.length;
        int w = getWidth();
        int h = getHeight();
        FontMetrics fm = getFontMetrics(getFont());
        FontMetrics small = getFontMetrics(smallFont());
        double top = fm.getHeight() * 2.6 + 8;
        double bottom = truncated() ? small.getHeight() + 8 : 10;
        double left = Math.max(40, headerWidth(0) / 2.0 + 8);
        // Room right of the output nodes for their numbers ("∂C/∂a −0.000123") and the column header.
        double right = Math.max(headerWidth(columns - 1) / 2.0 + 8,
                17 + 6 + small.stringWidth("∂C/∂a −0.000123  t 0.000") * 0.8 + 8);
        double[] xs = new double[columns];
        for (int c = 0; c < columns; c++) {
            xs[c] = columns == 1 ? w / 2.0 : left + (w - left - right) * c / (double) (columns - 1);
        }
        int most = 1;
        for (int[] v : vis) {
            most = Math.max(most, v.length);
        }
        double avail = Math.max(40, h - top - bottom);
        double spacing = Math.min(84, avail / most);
        double radius = Math.max(6, Math.min(17, spacing * 0.28));
        double[][] ys = new double[columns][];
        for (int c = 0; c < columns; c++) {
            int n = vis[c].length;
            ys[c] = new double[n];
            double start = top + (avail - spacing * n) / 2 + spacing / 2;
            for (int k = 0; k < n; k++) {
                ys[c][k] = start + k * spacing;
            }
        }
        return new Geometry(xs, ys, radius, top);
    }

    @Override
    protected void paintComponent(Graphics g0) {
        Graphics2D g = (Graphics2D) g0.create();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(InspectColors.plotBackground());
        g.fillRect(0, 0, getWidth(), getHeight());
        if (stepper == null || !stepper.hasSample()) {
            g.setColor(InspectColors.muted());
            String text = stepper == null ? "No network yet." : "Pick a sample to step through.";
            FontMetrics fm = g.getFontMetrics();
            g.drawString(text, (getWidth() - fm.stringWidth(text)) / 2, getHeight() / 2);
            g.dispose();
            return;
        }
        geometry = computeGeometry();
        BackpropTrace tr = stepper.trace();
        int[][] vis = visible();
        Stage stage = stepper.stage();
        int activeColumn = switch (stage.kind()) {
            case INPUT -> 0;
            case FORWARD, BACKWARD -> stage.layer() + 1;
            case LOSS -> vis.length - 1;
            default -> -1;
        };
        paintActiveBand(g, activeColumn);
        paintHeaders(g, tr, vis, activeColumn);
        for (int c = 1; c < vis.length; c++) {
            paintEdges(g, tr, vis, c, stage);
        }
        paintFlowArrow(g, stage);
        if (truncated()) {
            g.setFont(smallFont());
            g.setColor(InspectColors.muted());
            g.drawString("Layers with more than " + MAX_SHOWN + " neurons show the " + MAX_SHOWN
                    + " most active for this sample.", 8, getHeight() - 6);
            g.setFont(getFont());
        }
        if (selection != null && selection.edge()) {
            paintSelectedEdge(g, vis);
        }
        for (int c = 0; c < vis.length; c++) {
            paintNodes(g, tr, vis, c);
        }
        paintLossBox(g, tr);
        g.dispose();
    }

    private void paintActiveBand(Graphics2D g, int column) {
        if (column < 0) {
            return;
        }
        double x = geometry.columnX()[column];
        double halfWidth = geometry.radius() + 58;
        double left = x - geometry.radius() - 10;
        double width = Math.min(halfWidth + geometry.radius() + 10, getWidth() - 4 - left);
        g.setColor(InspectColors.infoBackground());
        g.fill(new RoundRectangle2D.Double(left, 4, width, getHeight() - 8, 14, 14));
    }

    private Font smallFont() {
        return getFont().deriveFont(getFont().getSize2D() - 1.5f);
    }

    private String title(int c) {
        BackpropTrace tr = stepper.trace();
        int l = c - 1;
        return c == 0 ? "Input" : (l == tr.layerCount() - 1 ? "Output" : "Layer " + (l + 1));
    }

    private String subtitle(int c) {
        BackpropTrace tr = stepper.trace();
        int l = c - 1;
        String sub = c == 0 ? tr.inputs(0) + (tr.inputs(0) == 1 ? " value" : " values")
                : shortName(tr.activationId(l));
        int total = c == 0 ? tr.inputs(0) : tr.size(l);
        int shown = visible()[c].length;
        return shown < total ? shown + " of " + total + " shown" : sub;
    }

    private int headerWidth(int c) {
        return Math.max(getFontMetrics(getFont().deriveFont(Font.BOLD)).stringWidth(title(c)),
                getFontMetrics(smallFont()).stringWidth(subtitle(c)));
    }

    private void paintHeaders(Graphics2D g, BackpropTrace tr, int[][] vis, int activeColumn) {
        Font base = getFont();
        Font bold = base.deriveFont(Font.BOLD);
        Font small = smallFont();
        for (int c = 0; c < vis.length; c++) {
            String title = title(c);
            String sub = subtitle(c);
            double x = geometry.columnX()[c];
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

    private static String shortName(String id) {
        return switch (id) {
            case "relu" -> "ReLU";
            case "leaky-relu" -> "leaky ReLU";
            default -> id;
        };
    }

    private void paintEdges(Graphics2D g, BackpropTrace tr, int[][] vis, int c, Stage stage) {
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
                Line2D line = edgeLine(c, ki, kj);
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
    private void paintFlowArrow(Graphics2D g, Stage stage) {
        if (stage.kind() != Stage.Kind.FORWARD && stage.kind() != Stage.Kind.BACKWARD) {
            return;
        }
        boolean forward = stage.kind() == Stage.Kind.FORWARD;
        int c = stage.layer() + 1;
        double x1 = geometry.columnX()[c - 1] + headerWidth(c - 1) / 2.0 + 10;
        double x2 = geometry.columnX()[c] - headerWidth(c) / 2.0 - 10;
        if (x2 - x1 < 30) {
            return;
        }
        double y = getFontMetrics(getFont()).getHeight() * 0.9 + 2;
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
        g.setFont(smallFont());
        FontMetrics fm = g.getFontMetrics();
        if (fm.stringWidth(text) < x2 - x1 - 10) {
            g.drawString(text, (float) ((x1 + x2 - fm.stringWidth(text)) / 2), (float) (y + fm.getAscent() + 3));
        }
        g.setFont(getFont());
    }

    private void arrow(Graphics2D g, Line2D line, boolean forward) {
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

    private Line2D edgeLine(int c, int ki, int kj) {
        double r = geometry.radius();
        return new Line2D.Double(geometry.columnX()[c - 1] + r, geometry.nodeY()[c - 1][ki],
                geometry.columnX()[c] - r, geometry.nodeY()[c][kj]);
    }

    private void paintSelectedEdge(Graphics2D g, int[][] vis) {
        int c = selection.layer() + 1;
        int kj = indexOf(vis[c], selection.neuron());
        int ki = indexOf(vis[c - 1], selection.input());
        if (kj < 0 || ki < 0) {
            return;
        }
        Line2D line = edgeLine(c, ki, kj);
        g.setStroke(new BasicStroke(6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(InspectColors.withAlpha(InspectColors.accent(), 90));
        g.draw(line);
        g.setStroke(new BasicStroke(2.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(InspectColors.accent());
        g.draw(line);
    }

    private static int indexOf(int[] a, int v) {
        for (int k = 0; k < a.length; k++) {
            if (a[k] == v) {
                return k;
            }
        }
        return -1;
    }

    private void paintNodes(Graphics2D g, BackpropTrace tr, int[][] vis, int c) {
        int l = c - 1;
        double r = geometry.radius();
        double x = geometry.columnX()[c];
        boolean shown = c == 0 || stepper.forwardShown(l);
        double scale = 1e-12;
        for (int k : vis[c]) {
            scale = Math.max(scale, Math.abs(c == 0 ? tr.x()[k] : tr.a(l, k)));
        }
        g.setFont(smallFont());
        FontMetrics fm = g.getFontMetrics();
        for (int k = 0; k < vis[c].length; k++) {
            int j = vis[c][k];
            double y = geometry.nodeY()[c][k];
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
            double spacing = vis[c].length > 1 ? geometry.nodeY()[c][1] - geometry.nodeY()[c][0] : 100;
            int maxLines = Math.min(lines.size(), Math.max(1, (int) (spacing / fm.getHeight())));
            paintLabels(g, fm, lines.subList(lines.size() - maxLines, lines.size()), x + r + 4, y);
        }
        g.setFont(getFont());
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

    private void paintLabels(Graphics2D g, FontMetrics fm, List<String> lines, double x, double cy) {
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

    private void paintLossBox(Graphics2D g, BackpropTrace tr) {
        if (!stepper.lossShown()) {
            return;
        }
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
        double x = getWidth() - width - 2 * pad - 8;
        double y = getHeight() - h - 8 - (truncated() ? fm.getHeight() : 0);
        int last = geometry.nodeY().length - 1;
        double[] ys = geometry.nodeY()[last];
        double lowest = ys[ys.length - 1] + Math.max(geometry.radius(), fm.getHeight());
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

    /** The edge or neuron under a point, or {@code null}. Neurons win over edges. */
    Selection hit(Point p) {
        if (geometry == null || stepper == null || !stepper.hasSample()) {
            return null;
        }
        int[][] vis = visible();
        double r = geometry.radius();
        for (int c = 1; c < vis.length; c++) {
            for (int k = 0; k < vis[c].length; k++) {
                if (p.distance(geometry.columnX()[c], geometry.nodeY()[c][k]) <= r + 2) {
                    return new Selection(false, c - 1, vis[c][k], -1);
                }
            }
        }
        Selection best = null;
        double bestDistance = 6;
        for (int c = 1; c < vis.length; c++) {
            for (int kj = 0; kj < vis[c].length; kj++) {
                for (int ki = 0; ki < vis[c - 1].length; ki++) {
                    double d = edgeLine(c, ki, kj).ptSegDist(p);
                    if (d < bestDistance) {
                        bestDistance = d;
                        best = new Selection(true, c - 1, vis[c][kj], vis[c - 1][ki]);
                    }
                }
            }
        }
        return best;
    }

    /** Screen point of the middle of an edge (for tests and demos); {@code null} when not drawn. */
    Point edgeMidpoint(int layer, int neuron, int input) {
        if (geometry == null) {
            return null;
        }
        int[][] vis = visible();
        int kj = indexOf(vis[layer + 1], neuron);
        int ki = indexOf(vis[layer], input);
        if (kj < 0 || ki < 0) {
            return null;
        }
        Line2D line = edgeLine(layer + 1, ki, kj);
        return new Point((int) Math.round((line.getX1() + line.getX2()) / 2),
                (int) Math.round((line.getY1() + line.getY2()) / 2));
    }

    @Override
    public String getToolTipText(MouseEvent e) {
        Selection s = hit(e.getPoint());
        if (s == null) {
            return null;
        }
        return s.edge() ? "Click for ∂C/∂w of this weight" : "Click for this neuron's z, a and δ";
    }
}
