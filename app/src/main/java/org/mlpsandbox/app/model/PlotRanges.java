package org.mlpsandbox.app.model;

import org.mlpsandbox.engine.data.Dataset;

/**
 * The stretch of input and output space the views draw: the square of the plane (output view, run thumbnails, the
 * network diagram's neuron pictures), the input range of 1-D data and the range of regression targets.
 */
public final class PlotRanges {

    private PlotRanges() {
    }

    /**
     * The plane that shows 2-D data: the square ±{@link #planeLimit} when the data sit around the origin on both axes
     * (the generated sets), else each axis fitted to its own column with a 5 % margin, so a CSV whose columns run
     * from 0 to 1000 fills the plane instead of hiding in a corner. Data that is not 2-D gets the square.
     */
    public static Plane plane(Dataset raw) {
        double lim = planeLimit(raw);
        if (raw.inputCount() != 2) {
            return Plane.square(lim); // no plane to show; a square keeps callers simple
        }
        double[] a = columnRange(raw, 0);
        double[] b = columnRange(raw, 1);
        if (!(a[0] <= a[1]) || centred(a, lim) && centred(b, lim)) {
            return Plane.square(lim);
        }
        double[] pa = padded(a);
        double[] pb = padded(b);
        return new Plane(pa[0], pa[1], pb[0], pb[1]);
    }

    /** Whether a column reaches well to both sides of zero (a quarter of the square's half side at least). */
    private static boolean centred(double[] range, double lim) {
        return range[0] <= -0.25 * lim && range[1] >= 0.25 * lim;
    }

    /** {lo, hi} widened by 5 % of the span on each side; a constant column by 10 % of its size (at least 1). */
    private static double[] padded(double[] range) {
        double span = range[1] - range[0];
        double pad = span > 0 ? span * 0.05 : Math.max(1, Math.abs(range[0]) * 0.1);
        return new double[] {range[0] - pad, range[1] + pad};
    }

    /** {min, max} of the finite values of column {@code c}; {+∞, −∞} when there are none. */
    private static double[] columnRange(Dataset raw, int c) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        int d = raw.inputCount();
        for (int i = 0; i < raw.size(); i++) {
            double v = raw.x()[i * d + c];
            if (Double.isFinite(v)) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        return new double[] {lo, hi};
    }

    /** Half the side of the square shown: the data's largest coordinate, rounded up, with a margin. */
    public static double planeLimit(Dataset raw) {
        double m = 0;
        for (double v : raw.x()) {
            if (Double.isFinite(v)) {
                m = Math.max(m, Math.abs(v));
            }
        }
        return Math.max(1, Math.ceil(m * 1.05));
    }

    /** {lo, hi} of 1-D inputs, padded by 5 %. */
    public static double[] inputRange(Dataset raw) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : raw.x()) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        double pad = Math.max(1e-6, (hi - lo) * 0.05);
        return new double[] {lo - pad, hi + pad};
    }

    /** {lo, hi} of the first target, padded by 10 % (± 1 around a constant; −1 to 1 without targets). */
    public static double[] targetRange(Dataset raw) {
        if (raw.size() == 0) {
            return new double[] {-1, 1};
        }
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
}
