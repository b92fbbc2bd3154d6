package org.mlpsandbox.app.model;

import org.mlpsandbox.engine.data.Dataset;
import org.mlpsandbox.engine.math.Vectors;
import org.mlpsandbox.engine.net.Network;

/**
 * A small picture of what a network computes over the input plane of 2-D data, as numbers: {@code size²} cells, top row
 * first, each an unsigned byte. With {@code classes == 0} a cell is a value from 0 to 255 (the probability of class 1
 * for two classes, the output scaled to the targets' range for regression); otherwise it is the predicted class.
 * Views turn it into colours; the experiment file keeps it as it is.
 *
 * @param size    side in cells, 0 for no thumbnail (data that is not 2-D)
 * @param classes 0 for values, else the number of classes
 * @param cells   {@code size²} cells
 */
public record RunThumbnail(int size, int classes, byte[] cells) {

    /** Side of the thumbnails the sandbox records. */
    public static final int SIZE = 40;
    /** No thumbnail. */
    public static final RunThumbnail NONE = new RunThumbnail(0, 0, new byte[0]);

    public RunThumbnail {
        if (size < 0 || cells.length != size * size) {
            throw new IllegalArgumentException("a thumbnail of side " + size + " needs " + size * size
                    + " cells, got " + cells.length);
        }
        cells = cells.clone();
    }

    @Override
    public byte[] cells() {
        return cells.clone();
    }

    /** Cell {@code (row, col)} as 0..255. */
    public int cell(int row, int col) {
        return cells[row * size + col] & 0xff;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    /**
     * Runs a network over the plane that holds the raw 2-D data (the square the output view shows).
     *
     * @param raw     the data as drawn, before features; not 2-D gives {@link #NONE}
     * @param mapping how raw points become network inputs
     */
    public static RunThumbnail of(Network network, Dataset raw, InputMapping mapping, int size) {
        if (raw.inputCount() != 2 || size <= 0) {
            return NONE;
        }
        int n = size * size;
        double[] points = new double[n * 2];
        PlotRanges.plane(raw).fillGrid(points, size);
        double[] inputs = new double[n * mapping.width()];
        mapping.map(points, n, inputs);
        double[] out = network.predict(inputs, n);
        int cols = network.outputs();
        byte[] cells = new byte[n];
        int classes = raw.isClassification() && raw.classCount() > 2 ? raw.classCount() : 0;
        double lo = 0;
        double hi = 1;
        if (!raw.isClassification()) {
            lo = Double.POSITIVE_INFINITY;
            hi = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < raw.size(); i++) {
                lo = Math.min(lo, raw.y()[i * raw.targetCount()]);
                hi = Math.max(hi, raw.y()[i * raw.targetCount()]);
            }
            if (!(hi > lo)) {
                lo -= 1;
                hi += 1;
            }
        }
        for (int i = 0; i < n; i++) {
            if (classes > 0) {
                cells[i] = (byte) Vectors.argmax(out, i * cols, cols);
            } else {
                double v = raw.isClassification() && cols == 2 ? out[i * 2 + 1] : out[i * cols];
                double scaled = (v - lo) / (hi - lo);
                cells[i] = (byte) Math.round(255 * (Double.isFinite(scaled) ? Math.max(0, Math.min(1, scaled)) : 0.5));
            }
        }
        return new RunThumbnail(size, classes, cells);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RunThumbnail t && t.size == size && t.classes == classes
                && java.util.Arrays.equals(t.cells, cells);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(cells) * 31 + size * 7 + classes;
    }

    @Override
    public String toString() {
        return isEmpty() ? "RunThumbnail[none]" : "RunThumbnail[" + size + "×" + size
                + (classes > 0 ? ", " + classes + " classes" : ", values") + "]";
    }
}
