package org.mlpsandbox.app.model;

import org.mlpsandbox.engine.data.Dataset;

/**
 * The stretch of input and output space the views draw: the square of the plane (output view, run thumbnails, the
 * network diagram's neuron pictures), the input range of 1-D data and the range of regression targets.
 */
public final class PlotRanges {

    private PlotRanges() {
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

    /** {lo, hi} of the first target, padded by 10 % (± 1 around a constant). */
    public static double[] targetRange(Dataset raw) {
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
