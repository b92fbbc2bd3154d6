package org.mlpsandbox.app.inspect;

import java.util.Arrays;

/**
 * The update-to-parameter ratio of every layer over training steps, for a log-scale chart. Keeps at most
 * {@code capacity} points per layer: when full it drops every other point and from then on keeps only every
 * second step it is offered (then every fourth, …), so a long run stays cheap to draw and covers the whole run.
 * Ratios that are 0 or not finite (nothing to draw on a log axis) are skipped. Not thread-safe.
 */
public final class RatioHistory {

    private final int capacity;
    private int layers;
    private long[] steps;
    private double[][] values;
    private int size;
    private long stride = 1;
    private long lastStep = Long.MIN_VALUE;

    public RatioHistory(int capacity) {
        if (capacity < 4) {
            throw new IllegalArgumentException("capacity must be at least 4, got " + capacity);
        }
        this.capacity = capacity;
        clear(0);
    }

    /** Forgets everything; the next points have {@code layerCount} ratios. */
    public void clear(int layerCount) {
        layers = layerCount;
        steps = new long[capacity];
        values = new double[layerCount][capacity];
        size = 0;
        stride = 1;
        lastStep = Long.MIN_VALUE;
    }

    /**
     * Records the ratios of step {@code step}. Ignored when the step is not later than the last one kept by at least
     * the current stride. A different number of layers, or an earlier step (a new run), starts a fresh history.
     *
     * @return whether the point was kept
     */
    public boolean add(long step, double[] ratios) {
        if (ratios.length != layers) {
            clear(ratios.length);
        }
        if (lastStep != Long.MIN_VALUE && step < lastStep) {
            clear(ratios.length);
        }
        if (ratios.length == 0 || (lastStep != Long.MIN_VALUE && step < lastStep + stride)) {
            return false;
        }
        if (size == capacity) {
            int kept = 0;
            for (int i = 0; i < size; i += 2) {
                steps[kept] = steps[i];
                for (double[] v : values) {
                    v[kept] = v[i];
                }
                kept++;
            }
            size = kept;
            stride *= 2;
        }
        steps[size] = step;
        for (int l = 0; l < layers; l++) {
            double r = ratios[l];
            values[l][size] = r > 0 && Double.isFinite(r) ? r : Double.NaN;
        }
        size++;
        lastStep = step;
        return true;
    }

    public int size() {
        return size;
    }

    public int layerCount() {
        return layers;
    }

    /** The steps of the kept points, oldest first (a copy). */
    public long[] steps() {
        return Arrays.copyOf(steps, size);
    }

    /** Layer {@code l}'s ratios at those steps (a copy); NaN where the ratio was 0 or not finite. */
    public double[] ratios(int l) {
        return Arrays.copyOf(values[l], size);
    }
}
