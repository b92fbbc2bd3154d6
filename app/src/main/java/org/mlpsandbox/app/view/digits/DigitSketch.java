package org.mlpsandbox.app.view.digits;

import java.util.Arrays;

/**
 * A square canvas of ink in [0, 1] that the user draws on with a round brush, and its conversion to a 28 × 28 MNIST
 * input: the ink's bounding box scaled to fit 20 × 20 (keeping the aspect ratio), then shifted so that its centre of
 * mass sits at the centre of the 28 × 28 image, as MNIST's digits were prepared. No Swing.
 */
public final class DigitSketch {

    /** Side of the MNIST image. */
    public static final int SIDE = 28;
    private static final int BOX = 20;

    private final int size;
    private final float[] ink;
    private double brushRadius;

    /** A canvas of {@code size × size} cells, brush radius about a 25th of the side. */
    public DigitSketch(int size) {
        this.size = size;
        this.ink = new float[size * size];
        this.brushRadius = size / 24.0;
    }

    public int size() {
        return size;
    }

    public double brushRadius() {
        return brushRadius;
    }

    public void setBrushRadius(double r) {
        brushRadius = r;
    }

    /** The ink at a cell, 0 (blank) to 1. */
    public float ink(int x, int y) {
        return ink[y * size + x];
    }

    public void clear() {
        Arrays.fill(ink, 0);
    }

    public boolean isEmpty() {
        for (float v : ink) {
            if (v > 0) {
                return false;
            }
        }
        return true;
    }

    /** A stroke from (x0, y0) to (x1, y1) in canvas cells: brush dabs every half radius along the line. */
    public void stroke(double x0, double y0, double x1, double y1) {
        double length = Math.hypot(x1 - x0, y1 - y0);
        int dabs = Math.max(1, (int) Math.ceil(length / (brushRadius / 2)));
        for (int i = 0; i <= dabs; i++) {
            double t = (double) i / dabs;
            dab(x0 + t * (x1 - x0), y0 + t * (y1 - y0));
        }
    }

    /** One round dab of the brush, solid in the middle with a soft edge one cell wide. */
    public void dab(double cx, double cy) {
        int r = (int) Math.ceil(brushRadius + 1);
        for (int y = (int) cy - r; y <= (int) cy + r; y++) {
            for (int x = (int) cx - r; x <= (int) cx + r; x++) {
                if (x < 0 || y < 0 || x >= size || y >= size) {
                    continue;
                }
                double d = Math.hypot(x + 0.5 - cx, y + 0.5 - cy);
                float v = (float) Math.max(0, Math.min(1, brushRadius + 0.5 - d));
                int i = y * size + x;
                ink[i] = Math.max(ink[i], v);
            }
        }
    }

    /** The drawing as 784 values in [0, 1], row by row, ready for a digits network; all zeros when blank. */
    public double[] toMnist() {
        double[] out = new double[SIDE * SIDE];
        int minX = size;
        int minY = size;
        int maxX = -1;
        int maxY = -1;
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                if (ink[y * size + x] > 0.05f) {
                    minX = Math.min(minX, x);
                    maxX = Math.max(maxX, x);
                    minY = Math.min(minY, y);
                    maxY = Math.max(maxY, y);
                }
            }
        }
        if (maxX < 0) {
            return out;
        }
        // A square source window around the bounding box, mapped onto the centre 20 x 20 of the image.
        double side = Math.max(maxX - minX + 1, maxY - minY + 1);
        double left = (minX + maxX + 1) / 2.0 - side / 2;
        double top = (minY + maxY + 1) / 2.0 - side / 2;
        double cell = side / BOX;
        int offset = (SIDE - BOX) / 2;
        double[] boxed = new double[SIDE * SIDE];
        for (int ty = 0; ty < BOX; ty++) {
            for (int tx = 0; tx < BOX; tx++) {
                boxed[(ty + offset) * SIDE + tx + offset] = average(left + tx * cell, top + ty * cell, cell);
            }
        }
        // Shift so that the centre of mass is at the image centre.
        double mass = 0;
        double mx = 0;
        double my = 0;
        for (int y = 0; y < SIDE; y++) {
            for (int x = 0; x < SIDE; x++) {
                double v = boxed[y * SIDE + x];
                mass += v;
                mx += v * (x + 0.5);
                my += v * (y + 0.5);
            }
        }
        int dx = (int) Math.round(SIDE / 2.0 - mx / mass);
        int dy = (int) Math.round(SIDE / 2.0 - my / mass);
        for (int y = 0; y < SIDE; y++) {
            for (int x = 0; x < SIDE; x++) {
                int sx = x - dx;
                int sy = y - dy;
                if (sx >= 0 && sy >= 0 && sx < SIDE && sy < SIDE) {
                    out[y * SIDE + x] = Math.min(1, boxed[sy * SIDE + sx]);
                }
            }
        }
        return out;
    }

    /** Mean ink over the square [x0, x0+w) × [y0, y0+w) of the canvas, sampled on a grid. */
    private double average(double x0, double y0, double w) {
        int n = Math.max(2, (int) Math.ceil(w));
        double sum = 0;
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                int x = (int) Math.floor(x0 + (i + 0.5) * w / n);
                int y = (int) Math.floor(y0 + (j + 0.5) * w / n);
                if (x >= 0 && y >= 0 && x < size && y < size) {
                    sum += ink[y * size + x];
                }
            }
        }
        return sum / (n * n);
    }
}
