package org.mlpsandbox.app.view;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import javax.swing.JComponent;
import javax.swing.UIManager;
import org.mlpsandbox.app.model.InputMapping;
import org.mlpsandbox.app.model.SandboxModel;
import org.mlpsandbox.engine.data.Dataset;
import org.mlpsandbox.engine.data.TrainTest;
import org.mlpsandbox.engine.net.Network;
import org.mlpsandbox.engine.net.Workspace;
import org.mlpsandbox.engine.train.TrainingSession.Snapshot;

/**
 * What the network computes, drawn under the data: for 2-D data a heat map of the output over the input plane
 * (decision boundary for classes, value for regression) with train points filled and test points outlined; for 1-D
 * data the fitted curve over the points. Renders from snapshot copies only, on the event thread: one batched forward
 * pass over a 100 × 100 grid with reused buffers, stepping down to coarser grids (smoothed when drawn) if a render
 * costs more than {@link #BUDGET_NANOS} of CPU, so big networks cannot slow the frame rate ({@link #lastRenderNanos()}).
 */
public final class OutputView extends JComponent {

    /** Grid sides tried from finest to coarsest; the view steps down when a render costs more than its budget. */
    static final int[] GRIDS = {100, 80, 64, 50};
    /** CPU budget of one heat map render. */
    static final long BUDGET_NANOS = 6_000_000L;
    private static final int CURVE_POINTS = 240;

    private final SandboxModel model;
    private int gridIndex;
    private int overBudget;
    private int underBudget;
    private PlaneSampler sampler = new PlaneSampler(GRIDS[0]);
    private BufferedImage image = new BufferedImage(GRIDS[0], GRIDS[0], BufferedImage.TYPE_INT_RGB);
    private int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
    private double[] curveX = new double[CURVE_POINTS];
    private double[] curveY = new double[CURVE_POINTS];
    private boolean haveImage;
    private boolean haveCurve;
    private boolean showTest = true;
    private long renderedVersion = -1;
    private Network renderedFrom;
    private long lastRenderNanos;
    private int renders;
    private java.util.function.IntConsumer trainPointListener;
    private int highlighted = -1;

    public OutputView(SandboxModel model) {
        this.model = model;
        setName("outputView");
        setPreferredSize(new Dimension(380, 380));
        setMinimumSize(new Dimension(200, 200));
        model.addListener(c -> {
            haveImage = false;
            haveCurve = false;
            renderedVersion = -1;
            if (c == SandboxModel.Change.DATA) {
                highlighted = -1;
            }
            repaint();
        });
        addMouseListener(new java.awt.event.MouseAdapter() {
            @Override
            public void mouseClicked(java.awt.event.MouseEvent e) {
                int i = trainPointAt(e.getX(), e.getY());
                if (i >= 0 && trainPointListener != null) {
                    highlightTrainPoint(i);
                    trainPointListener.accept(i);
                }
            }
        });
    }

    /**
     * Told the index (in the training set) of a training point the user clicks, for 2-D data; e.g. to step through
     * backprop on that sample. One listener; {@code null} for none.
     */
    public void setTrainPointListener(java.util.function.IntConsumer listener) {
        trainPointListener = listener;
        setToolTipText(listener == null ? null : "Click a training point to step through backprop on it");
    }

    /** Rings a training point (its index in the training set), or none for -1. */
    public void highlightTrainPoint(int index) {
        highlighted = index;
        repaint();
    }

    /** The training point nearest to a pixel, within a few pixels, or -1 (also for data that is not 2-D). */
    int trainPointAt(int x, int y) {
        Dataset raw = model.rawData();
        if (raw.inputCount() != 2) {
            return -1;
        }
        Rectangle plot = plotArea();
        double lim = planeLimit(raw);
        Dataset train = model.rawSplit().train();
        int best = -1;
        double bestD = 8 * 8;
        for (int i = 0; i < train.size(); i++) {
            double px = plot.x + (train.x()[i * 2] + lim) / (2 * lim) * plot.width;
            double py = plot.y + (lim - train.x()[i * 2 + 1]) / (2 * lim) * plot.height;
            double d = (px - x) * (px - x) + (py - y) * (py - y);
            if (d <= bestD) {
                bestD = d;
                best = i;
            }
        }
        return best;
    }

    /** The pixel of training point {@code i} (for tests). */
    java.awt.Point trainPointPixel(int i) {
        Dataset raw = model.rawData();
        Rectangle plot = plotArea();
        double lim = planeLimit(raw);
        Dataset train = model.rawSplit().train();
        return new java.awt.Point((int) Math.round(plot.x + (train.x()[i * 2] + lim) / (2 * lim) * plot.width),
                (int) Math.round(plot.y + (lim - train.x()[i * 2 + 1]) / (2 * lim) * plot.height));
    }

    @Override
    public void updateUI() {
        super.updateUI();
        renderedVersion = -1;
        renderedFrom = null;
    }

    public void setShowTest(boolean show) {
        showTest = show;
        repaint();
    }

    public boolean isShowTest() {
        return showTest;
    }

    /** Renders the snapshot's network if it is new. */
    public void update(Snapshot s) {
        if (s.version() == renderedVersion && s.network() == renderedFrom) {
            return;
        }
        renderedVersion = s.version();
        renderedFrom = s.network();
        long t0 = CpuClock.now();
        Palette.refresh();
        Dataset raw = model.rawData();
        if (raw.inputCount() == 2) {
            renderPlane(s.network(), raw);
        } else if (raw.inputCount() == 1) {
            renderCurve(s.network());
        }
        lastRenderNanos = CpuClock.now() - t0;
        renders++;
        adaptResolution();
        repaint();
    }

    /**
     * Steps the grid down after 5 renders over budget in a row, and back up after 60 cheap ones, so the heat map
     * stays within its CPU budget on slow machines and big networks. The first 10 renders (JIT warm-up) never count.
     */
    private void adaptResolution() {
        if (renders <= 10) {
            return;
        }
        overBudget = lastRenderNanos > BUDGET_NANOS ? overBudget + 1 : 0;
        underBudget = lastRenderNanos < BUDGET_NANOS / 3 ? underBudget + 1 : 0;
        if (overBudget >= 5 && gridIndex < GRIDS.length - 1) {
            setGrid(gridIndex + 1);
        } else if (underBudget >= 60 && gridIndex > 0) {
            setGrid(gridIndex - 1);
        }
    }

    private void setGrid(int index) {
        gridIndex = index;
        int n = GRIDS[gridIndex];
        sampler = new PlaneSampler(n);
        image = new BufferedImage(n, n, BufferedImage.TYPE_INT_RGB);
        pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        overBudget = 0;
        underBudget = 0;
        haveImage = false;
        renderedVersion = -1;
    }

    /** Side of the heat map grid now in use. */
    public int gridSize() {
        return GRIDS[gridIndex];
    }

    /** CPU time the last render took (forward pass and colouring), in nanoseconds. */
    public long lastRenderNanos() {
        return lastRenderNanos;
    }

    /** How many times the output was rendered. */
    public int renderCount() {
        return renders;
    }

    private void renderPlane(Network network, Dataset raw) {
        double lim = planeLimit(raw);
        InputMapping mapping = model.inputMapping();
        Workspace ws = sampler.run(network, mapping, -lim, lim);
        double[] out = ws.output();
        int cols = network.outputs();
        int count = sampler.size() * sampler.size();
        if (raw.isClassification()) {
            for (int i = 0; i < count; i++) {
                double p = cols == 1 ? out[i] : cols == 2 ? out[i * 2 + 1] : Double.NaN;
                if (cols > 2) {
                    pixels[i] = ClassPalette.blend(out, i, cols, Palette.neutral());
                } else {
                    pixels[i] = Palette.rgb(2 * p - 1);
                }
            }
        } else {
            double[] range = targetRange(raw);
            double mid = (range[0] + range[1]) / 2;
            double half = Math.max(1e-9, (range[1] - range[0]) / 2);
            for (int i = 0; i < count; i++) {
                pixels[i] = Palette.rgb((out[i * cols] - mid) / half);
            }
        }
        haveImage = true;
    }

    private void renderCurve(Network network) {
        double[] xr = inputRange(model.rawData());
        double[] x = new double[CURVE_POINTS];
        for (int i = 0; i < CURVE_POINTS; i++) {
            x[i] = xr[0] + (xr[1] - xr[0]) * i / (CURVE_POINTS - 1);
        }
        double[] y = network.predict(x, CURVE_POINTS);
        int cols = network.outputs();
        for (int i = 0; i < CURVE_POINTS; i++) {
            curveX[i] = x[i];
            curveY[i] = y[i * cols + (cols == 2 ? 1 : 0)];
        }
        haveCurve = true;
    }

    /** Half the side of the square shown: the data's largest coordinate, rounded up, with a margin. */
    static double planeLimit(Dataset raw) {
        double m = 0;
        for (double v : raw.x()) {
            if (Double.isFinite(v)) {
                m = Math.max(m, Math.abs(v));
            }
        }
        return Math.max(1, Math.ceil(m * 1.05));
    }

    private static double[] inputRange(Dataset raw) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : raw.x()) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        double pad = Math.max(1e-6, (hi - lo) * 0.05);
        return new double[] {lo - pad, hi + pad};
    }

    private static double[] targetRange(Dataset raw) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < raw.size(); i++) {
            double v = raw.y()[i * raw.targetCount()];
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        if (!(hi > lo)) {
            return new double[] {lo - 1, lo + 1};
        }
        double pad = (hi - lo) * 0.1;
        return new double[] {lo - pad, hi + pad};
    }

    @Override
    protected void paintComponent(Graphics g0) {
        Graphics2D g = (Graphics2D) g0.create();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            Dataset raw = model.rawData();
            Rectangle plot = plotArea();
            g.setColor(color("MlpSandbox.plotBackground", getBackground()));
            g.fill(plot);
            if (raw.inputCount() == 2) {
                paintPlane(g, plot, raw);
            } else if (raw.inputCount() == 1) {
                paintCurve(g, plot, raw);
            } else {
                g.setColor(UIManager.getColor("Label.disabledForeground"));
                g.drawString(raw.inputCount() + " inputs per sample: there is no plane to draw. "
                        + "Watch the loss and accuracy.", plot.x + 10, plot.y + 24);
            }
            g.setColor(color("MlpSandbox.node.border", Color.GRAY));
            g.draw(plot);
        } finally {
            g.dispose();
        }
    }

    private Rectangle plotArea() {
        int left = 34;
        int bottom = 22;
        int w = getWidth() - left - 8;
        int h = getHeight() - bottom - 8;
        int side = Math.max(40, Math.min(w, h));
        int x = left + Math.max(0, (w - side) / 2);
        return new Rectangle(x, 8, side, side);
    }

    private void paintPlane(Graphics2D g, Rectangle plot, Dataset raw) {
        double lim = planeLimit(raw);
        if (haveImage) {
            Graphics2D gi = (Graphics2D) g.create();
            gi.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            gi.drawImage(image, plot.x, plot.y, plot.width, plot.height, null);
            gi.dispose();
        }
        axes(g, plot, -lim, lim, -lim, lim);
        TrainTest split = model.rawSplit();
        double[] range = raw.isClassification() ? null : targetRange(raw);
        double r = Math.max(2.5, Math.min(4.5, plot.width / 110.0));
        if (showTest) {
            points(g, plot, split.test(), lim, r, false, range);
        }
        points(g, plot, split.train(), lim, r, true, range);
        if (highlighted >= 0 && highlighted < split.train().size()) {
            Dataset d = split.train();
            double px = plot.x + (d.x()[highlighted * 2] + lim) / (2 * lim) * plot.width;
            double py = plot.y + (lim - d.x()[highlighted * 2 + 1]) / (2 * lim) * plot.height;
            double ring = r + 4;
            g.setStroke(new BasicStroke(2.5f));
            g.setColor(color("MlpSandbox.plotBackground", Color.WHITE));
            g.draw(new Ellipse2D.Double(px - ring - 1.5, py - ring - 1.5, 2 * ring + 3, 2 * ring + 3));
            g.setColor(UIManager.getColor("Label.foreground"));
            g.setStroke(new BasicStroke(2f));
            g.draw(new Ellipse2D.Double(px - ring, py - ring, 2 * ring, 2 * ring));
        }
    }

    private void points(Graphics2D g, Rectangle plot, Dataset d, double lim, double r, boolean filled,
                        double[] range) {
        Color edge = color("MlpSandbox.plotBackground", Color.WHITE);
        g.setStroke(new BasicStroke(filled ? 1f : 1.6f));
        Ellipse2D.Double dot = new Ellipse2D.Double();
        for (int i = 0; i < d.size(); i++) {
            double px = plot.x + (d.x()[i * 2] + lim) / (2 * lim) * plot.width;
            double py = plot.y + (lim - d.x()[i * 2 + 1]) / (2 * lim) * plot.height;
            Color c;
            if (range != null) {
                double mid = (range[0] + range[1]) / 2;
                double half = Math.max(1e-9, (range[1] - range[0]) / 2);
                c = Palette.color((d.y()[i * d.targetCount()] - mid) / half);
            } else {
                c = Palette.classColor(d.label(i), d.classCount());
            }
            dot.setFrame(px - r, py - r, 2 * r, 2 * r);
            if (filled) {
                g.setColor(c);
                g.fill(dot);
                g.setColor(edge);
                g.draw(dot);
            } else {
                g.setColor(edge);
                g.fill(dot);
                g.setColor(c.darker());
                g.draw(dot);
            }
        }
    }

    private void paintCurve(Graphics2D g, Rectangle plot, Dataset raw) {
        double[] xr = inputRange(raw);
        double[] yr = targetRange(raw);
        if (raw.isClassification()) {
            yr = new double[] {-0.1, 1.1};
        }
        axes(g, plot, xr[0], xr[1], yr[0], yr[1]);
        TrainTest split = model.rawSplit();
        double r = 3;
        for (int pass = 0; pass < 2; pass++) {
            Dataset d = pass == 0 ? split.test() : split.train();
            if (pass == 0 && !showTest) {
                continue;
            }
            for (int i = 0; i < d.size(); i++) {
                double px = plot.x + (d.x()[i] - xr[0]) / (xr[1] - xr[0]) * plot.width;
                double py = plot.y + (yr[1] - d.y()[i * d.targetCount()]) / (yr[1] - yr[0]) * plot.height;
                Ellipse2D.Double dot = new Ellipse2D.Double(px - r, py - r, 2 * r, 2 * r);
                g.setColor(Palette.negative());
                if (pass == 1) {
                    g.fill(dot);
                } else {
                    g.setStroke(new BasicStroke(1.4f));
                    g.draw(dot);
                }
            }
        }
        if (haveCurve) {
            Path2D.Double path = new Path2D.Double();
            for (int i = 0; i < CURVE_POINTS; i++) {
                double px = plot.x + (curveX[i] - xr[0]) / (xr[1] - xr[0]) * plot.width;
                double y = Math.max(yr[0] - (yr[1] - yr[0]), Math.min(yr[1] + (yr[1] - yr[0]), curveY[i]));
                double py = plot.y + (yr[1] - y) / (yr[1] - yr[0]) * plot.height;
                if (i == 0) {
                    path.moveTo(px, py);
                } else {
                    path.lineTo(px, py);
                }
            }
            Graphics2D gc = (Graphics2D) g.create();
            gc.clip(plot);
            gc.setColor(Palette.positive());
            gc.setStroke(new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            gc.draw(path);
            gc.dispose();
        }
    }

    private void axes(Graphics2D g, Rectangle plot, double x0, double x1, double y0, double y1) {
        g.setFont(getFont().deriveFont(Font.PLAIN, getFont().getSize2D() - 2));
        g.setColor(UIManager.getColor("Label.disabledForeground"));
        var fm = g.getFontMetrics();
        for (double v : ticks(x0, x1)) {
            int px = (int) Math.round(plot.x + (v - x0) / (x1 - x0) * plot.width);
            String s = format(v);
            g.drawLine(px, plot.y + plot.height, px, plot.y + plot.height + 3);
            g.drawString(s, px - fm.stringWidth(s) / 2, plot.y + plot.height + 4 + fm.getAscent());
        }
        for (double v : ticks(y0, y1)) {
            int py = (int) Math.round(plot.y + (y1 - v) / (y1 - y0) * plot.height);
            String s = format(v);
            g.drawLine(plot.x - 3, py, plot.x, py);
            g.drawString(s, plot.x - 5 - fm.stringWidth(s), py + fm.getAscent() / 2 - 1);
        }
    }

    private static double[] ticks(double lo, double hi) {
        double span = hi - lo;
        double step = Math.pow(10, Math.floor(Math.log10(span / 4)));
        if (span / step > 10) {
            step *= 2.5;
        }
        if (span / step > 10) {
            step *= 2;
        }
        double first = Math.ceil(lo / step) * step;
        int count = (int) Math.floor((hi - first) / step) + 1;
        double[] t = new double[Math.max(0, count)];
        for (int i = 0; i < t.length; i++) {
            t[i] = first + i * step;
        }
        return t;
    }

    private static String format(double v) {
        if (Math.abs(v) < 1e-9) {
            return "0";
        }
        return Math.abs(v - Math.rint(v)) < 1e-9 ? Long.toString(Math.round(v)) : String.format("%.1f", v);
    }

    private static Color color(String key, Color fallback) {
        Color c = UIManager.getColor(key);
        return c == null ? fallback : c;
    }
}
