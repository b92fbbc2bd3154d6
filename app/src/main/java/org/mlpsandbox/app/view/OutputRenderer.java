package org.mlpsandbox.app.view;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import org.mlpsandbox.app.model.InputMapping;
import org.mlpsandbox.app.model.Plane;
import org.mlpsandbox.app.model.PlotRanges;
import org.mlpsandbox.engine.data.Dataset;
import org.mlpsandbox.engine.net.Network;
import org.mlpsandbox.engine.net.Workspace;

/**
 * Computes what {@link OutputView} draws from a snapshot's network (a private copy, never the live one), on the event
 * thread with reused buffers: for 2-D data one batched forward pass over a 100 × 100 grid of the plane coloured into
 * an image, stepping down to coarser grids if a render costs more than {@link #BUDGET_NANOS} of CPU; for 1-D data the
 * curve over the inputs.
 */
final class OutputRenderer {

    /** Grid sides tried from finest to coarsest; the view steps down when a render costs more than its budget. */
    static final int[] GRIDS = {100, 80, 64, 50};
    /** CPU budget of one heat map render. */
    static final long BUDGET_NANOS = 6_000_000L;
    static final int CURVE_POINTS = 240;

    private int gridIndex;
    private int overBudget;
    private int underBudget;
    private PlaneSampler sampler = new PlaneSampler(GRIDS[0]);
    private BufferedImage image = new BufferedImage(GRIDS[0], GRIDS[0], BufferedImage.TYPE_INT_RGB);
    private int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
    private final double[] curveX = new double[CURVE_POINTS];
    private final double[] curveY = new double[CURVE_POINTS];
    private boolean haveImage;
    private boolean haveCurve;
    private long lastRenderNanos;
    private int renders;

    /**
     * Renders {@code network} over the data's plane (2-D) or along its inputs (1-D).
     *
     * @return whether the grid changed size (render again to fill it)
     */
    boolean render(Network network, Dataset raw, InputMapping mapping, Plane plane) {
        long t0 = CpuClock.now();
        Palette.refresh();
        if (raw.inputCount() == 2) {
            renderPlane(network, raw, mapping, plane);
        } else if (raw.inputCount() == 1) {
            renderCurve(network, raw);
        }
        lastRenderNanos = CpuClock.now() - t0;
        renders++;
        return adaptResolution();
    }

    /** Forgets what was rendered (the data or network changed). */
    void invalidate() {
        haveImage = false;
        haveCurve = false;
    }

    /** The heat map, or null before the first render of this data. */
    BufferedImage image() {
        return haveImage ? image : null;
    }

    boolean hasCurve() {
        return haveCurve;
    }

    /** The curve's inputs, {@value #CURVE_POINTS} of them. */
    double[] curveX() {
        return curveX;
    }

    /** The curve's outputs (the second output for two softmax outputs). */
    double[] curveY() {
        return curveY;
    }

    /**
     * Steps the grid down after 5 renders over budget in a row, and back up after 60 cheap ones, so the heat map
     * stays within its CPU budget on slow machines and big networks. The first 10 renders (JIT warm-up) never count.
     */
    private boolean adaptResolution() {
        if (renders <= 10) {
            return false;
        }
        overBudget = lastRenderNanos > BUDGET_NANOS ? overBudget + 1 : 0;
        underBudget = lastRenderNanos < BUDGET_NANOS / 3 ? underBudget + 1 : 0;
        if (overBudget >= 5 && gridIndex < GRIDS.length - 1) {
            setGrid(gridIndex + 1);
            return true;
        } else if (underBudget >= 60 && gridIndex > 0) {
            setGrid(gridIndex - 1);
            return true;
        }
        return false;
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
    }

    /** Side of the heat map grid now in use. */
    int gridSize() {
        return GRIDS[gridIndex];
    }

    /** CPU time the last render took (forward pass and colouring), in nanoseconds. */
    long lastRenderNanos() {
        return lastRenderNanos;
    }

    /** How many times the output was rendered. */
    int renderCount() {
        return renders;
    }

    private void renderPlane(Network network, Dataset raw, InputMapping mapping, Plane plane) {
        Workspace ws = sampler.run(network, mapping, plane);
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
            double[] range = PlotRanges.targetRange(raw);
            double mid = (range[0] + range[1]) / 2;
            double half = Math.max(1e-9, (range[1] - range[0]) / 2);
            for (int i = 0; i < count; i++) {
                pixels[i] = Palette.rgb((out[i * cols] - mid) / half);
            }
        }
        haveImage = true;
    }

    private void renderCurve(Network network, Dataset raw) {
        double[] xr = PlotRanges.inputRange(raw);
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
}
