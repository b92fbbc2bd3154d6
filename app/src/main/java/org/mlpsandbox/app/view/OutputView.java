package org.mlpsandbox.app.view;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import javax.swing.JComponent;
import javax.swing.UIManager;
import org.mlpsandbox.app.model.Plane;
import org.mlpsandbox.app.model.PlotRanges;
import org.mlpsandbox.app.model.SandboxModel;
import org.mlpsandbox.engine.data.Dataset;
import org.mlpsandbox.engine.data.TrainTestSplit;
import org.mlpsandbox.engine.net.Network;
import org.mlpsandbox.engine.train.TrainingSession.Snapshot;

/**
 * What the network computes, drawn under the data: for 2-D data a heat map of the output over the input plane
 * (decision boundary for classes, value for regression) with train points filled and test points outlined; for 1-D
 * data the fitted curve over the points. Renders from snapshot copies only, on the event thread: one batched forward
 * pass over a 100 × 100 grid with reused buffers, stepping down to coarser grids (smoothed when drawn) if a render
 * costs more than {@link OutputRenderer#BUDGET_NANOS} of CPU, so big networks cannot slow the frame rate
 * ({@link #lastRenderNanos()}).
 */
public final class OutputView extends JComponent {

    private final SandboxModel model;
    private final OutputRenderer renderer = new OutputRenderer();
    private boolean showTest = true;
    private long renderedVersion = -1;
    private Network renderedFrom;
    private java.util.function.IntConsumer trainPointListener;
    private int highlighted = -1;

    public OutputView(SandboxModel model) {
        this.model = model;
        setName("outputView");
        setPreferredSize(new Dimension(380, 380));
        setMinimumSize(new Dimension(200, 200));
        model.addListener(c -> {
            renderer.invalidate();
            renderedVersion = -1;
            if (c == SandboxModel.Change.DATA) {
                highlighted = -1;
            }
            repaint();
        });
        PlaneDrawing drawing = new PlaneDrawing(this, model);
        addMouseListener(drawing);
        addMouseMotionListener(drawing);
        addMouseListener(new java.awt.event.MouseAdapter() {
            @Override
            public void mouseClicked(java.awt.event.MouseEvent e) {
                if (model.data().isDrawn()) {
                    return; // clicks draw points (PlaneDrawing)
                }
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

    @Override
    public String getToolTipText(java.awt.event.MouseEvent e) {
        return model.data().isDrawn() ? "Left-click adds a point, right-click or right-drag erases"
                : super.getToolTipText(e);
    }

    /** Rings a training point (its index in the training set), or none for -1. */
    public void highlightTrainPoint(int index) {
        highlighted = index;
        repaint();
    }

    /** The training point nearest to a pixel, within a few pixels, or -1 (also for data that is not 2-D). */
    int trainPointAt(int x, int y) {
        Dataset raw = model.data().rawData();
        if (raw.inputCount() != 2) {
            return -1;
        }
        Rectangle plot = plotArea();
        Plane plane = model.data().plane();
        Dataset train = model.data().rawSplit().train();
        int best = -1;
        double bestD = 8 * 8;
        for (int i = 0; i < train.size(); i++) {
            double px = px(plot, plane, train.x()[i * 2]);
            double py = py(plot, plane, train.x()[i * 2 + 1]);
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
        Rectangle plot = plotArea();
        Plane plane = model.data().plane();
        Dataset train = model.data().rawSplit().train();
        return new java.awt.Point((int) Math.round(px(plot, plane, train.x()[i * 2])),
                (int) Math.round(py(plot, plane, train.x()[i * 2 + 1])));
    }

    /** The pixel column of x₁ on the plot. */
    private static double px(Rectangle plot, Plane plane, double x) {
        return plot.x + plane.acrossOf(x) * plot.width;
    }

    /** The pixel row of x₂ on the plot. */
    private static double py(Rectangle plot, Plane plane, double y) {
        return plot.y + plane.downOf(y) * plot.height;
    }

    /** The point of the plane under a pixel, {x₁, x₂}, or null off the plot or when the data is not 2-D. */
    double[] dataAt(int x, int y) {
        Rectangle plot = plotArea();
        if (model.data().rawData().inputCount() != 2 || !plot.contains(x, y)) {
            return null;
        }
        Plane plane = model.data().plane();
        return new double[] {plane.xAt((x - plot.x) / (double) plot.width),
            plane.yAt((y - plot.y) / (double) plot.height)};
    }

    /** The pixel of a point of the plane (for tests and the drawing cursor). */
    java.awt.Point pixelOf(double x1, double x2) {
        Rectangle plot = plotArea();
        Plane plane = model.data().plane();
        return new java.awt.Point((int) Math.round(px(plot, plane, x1)), (int) Math.round(py(plot, plane, x2)));
    }

    /** Data units per pixel along x₁ and x₂. */
    double[] unitsPerPixel() {
        Rectangle plot = plotArea();
        Plane plane = model.data().plane();
        return new double[] {(plane.x1() - plane.x0()) / plot.width, (plane.y1() - plane.y0()) / plot.height};
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
        if (renderer.render(s.network(), model.data().rawData(), model.data().inputMapping(), model.data().plane())) {
            renderedVersion = -1; // a new grid: fill it next frame
        }
        repaint();
    }

    /** Side of the heat map grid now in use. */
    public int gridSize() {
        return renderer.gridSize();
    }

    /** CPU time the last render took (forward pass and colouring), in nanoseconds. */
    public long lastRenderNanos() {
        return renderer.lastRenderNanos();
    }

    /** How many times the output was rendered. */
    public int renderCount() {
        return renderer.renderCount();
    }

    @Override
    protected void paintComponent(Graphics g0) {
        Graphics2D g = (Graphics2D) g0.create();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            Dataset raw = model.data().rawData();
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
            paintStuck(g, plot);
        } finally {
            g.dispose();
        }
    }

    /** Why the plane is not drawn, when a plugin did not answer: wrapped to the plot's width, over its top. */
    private void paintStuck(Graphics2D g, Rectangle plot) {
        String message = renderer.stuckMessage();
        if (message == null) {
            return;
        }
        java.awt.FontMetrics fm = g.getFontMetrics(getFont());
        java.util.List<String> lines = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : message.split(" ")) {
            if (line.length() > 0 && fm.stringWidth(line + " " + word) > plot.width - 16) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        lines.add(line.toString());
        int h = lines.size() * fm.getHeight() + 8;
        g.setColor(color("Panel.background", getBackground()));
        g.fillRect(plot.x + 1, plot.y + 1, plot.width - 1, h);
        g.setColor(color("MlpSandbox.bad", getForeground()));
        g.setFont(getFont());
        for (int i = 0; i < lines.size(); i++) {
            g.drawString(lines.get(i), plot.x + 8, plot.y + 4 + fm.getAscent() + i * fm.getHeight());
        }
    }

    Rectangle plotArea() {
        // room for the tick labels ({@link PlotAxes}: two points smaller than the font) at the zoom in use
        java.awt.FontMetrics ticks = getFontMetrics(getFont().deriveFont(getFont().getSize2D() - 2));
        int left = Math.max(34, ticks.stringWidth("−2.5") + 10);
        int bottom = Math.max(22, ticks.getHeight() + 6);
        int w = getWidth() - left - 8;
        int h = getHeight() - bottom - 8;
        int side = Math.max(40, Math.min(w, h));
        int x = left + Math.max(0, (w - side) / 2);
        return new Rectangle(x, 8, side, side);
    }

    private void paintPlane(Graphics2D g, Rectangle plot, Dataset raw) {
        Plane plane = model.data().plane();
        BufferedImage image = renderer.image();
        if (image != null) {
            Graphics2D gi = (Graphics2D) g.create();
            gi.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            gi.drawImage(image, plot.x, plot.y, plot.width, plot.height, null);
            gi.dispose();
        }
        PlotAxes.paint(g, getFont(), plot, plane.x0(), plane.x1(), plane.y0(), plane.y1());
        TrainTestSplit split = model.data().rawSplit();
        double[] range = raw.isClassification() ? null : PlotRanges.targetRange(raw);
        double r = Math.max(2.5, Math.min(4.5, plot.width / 110.0));
        if (showTest) {
            points(g, plot, split.test(), plane, r, false, range);
        }
        points(g, plot, split.train(), plane, r, true, range);
        if (highlighted >= 0 && highlighted < split.train().size()) {
            Dataset d = split.train();
            double px = px(plot, plane, d.x()[highlighted * 2]);
            double py = py(plot, plane, d.x()[highlighted * 2 + 1]);
            double ring = r + 4;
            g.setStroke(new BasicStroke(2.5f));
            g.setColor(color("MlpSandbox.plotBackground", Color.WHITE));
            g.draw(new Ellipse2D.Double(px - ring - 1.5, py - ring - 1.5, 2 * ring + 3, 2 * ring + 3));
            g.setColor(UIManager.getColor("Label.foreground"));
            g.setStroke(new BasicStroke(2f));
            g.draw(new Ellipse2D.Double(px - ring, py - ring, 2 * ring, 2 * ring));
        }
    }

    private void points(Graphics2D g, Rectangle plot, Dataset d, Plane plane, double r, boolean filled,
                        double[] range) {
        Color edge = color("MlpSandbox.plotBackground", Color.WHITE);
        g.setStroke(new BasicStroke(filled ? 1f : 1.6f));
        Ellipse2D.Double dot = new Ellipse2D.Double();
        for (int i = 0; i < d.size(); i++) {
            double px = px(plot, plane, d.x()[i * 2]);
            double py = py(plot, plane, d.x()[i * 2 + 1]);
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
        double[] xr = PlotRanges.inputRange(raw);
        double[] yr = PlotRanges.targetRange(raw);
        if (raw.isClassification()) {
            yr = new double[] {-0.1, 1.1};
        }
        PlotAxes.paint(g, getFont(), plot, xr[0], xr[1], yr[0], yr[1]);
        TrainTestSplit split = model.data().rawSplit();
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
        if (renderer.hasCurve()) {
            double[] curveX = renderer.curveX();
            double[] curveY = renderer.curveY();
            Path2D.Double path = new Path2D.Double();
            for (int i = 0; i < curveX.length; i++) {
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

    private static Color color(String key, Color fallback) {
        Color c = UIManager.getColor(key);
        return c == null ? fallback : c;
    }
}
