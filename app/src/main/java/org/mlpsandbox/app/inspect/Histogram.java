package org.mlpsandbox.app.inspect;

/**
 * Values counted into equal-width bins between their smallest and largest finite value. Immutable.
 *
 * @param min       left edge of the first bin
 * @param max       right edge of the last bin
 * @param counts    values per bin (do not write)
 * @param total     values counted, finite or not
 * @param nonFinite NaN or infinite values (not in any bin)
 */
public record Histogram(double min, double max, int[] counts, int total, int nonFinite) {

    /** A histogram of nothing. */
    public static final Histogram EMPTY = new Histogram(0, 1, new int[0], 0, 0);

    /**
     * Bins the first {@code n} values of {@code values}. When all values are equal the range is widened a little
     * around them, so the single bar sits in the middle.
     */
    public static Histogram of(double[] values, int n, int bins) {
        if (bins < 1) {
            throw new IllegalArgumentException("a histogram needs at least one bin, got " + bins);
        }
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        int bad = 0;
        for (int i = 0; i < n; i++) {
            double v = values[i];
            if (Double.isFinite(v)) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            } else {
                bad++;
            }
        }
        if (bad == n) {
            return new Histogram(0, 1, new int[bins], n, bad);
        }
        if (hi - lo <= 1e-12 * Math.max(1, Math.abs(lo))) {
            double pad = Math.max(Math.abs(lo) * 0.05, 1e-3);
            lo -= pad;
            hi += pad;
        }
        int[] counts = new int[bins];
        double scale = bins / (hi - lo);
        for (int i = 0; i < n; i++) {
            double v = values[i];
            if (Double.isFinite(v)) {
                int b = (int) ((v - lo) * scale);
                counts[Math.min(bins - 1, Math.max(0, b))]++;
            }
        }
        return new Histogram(lo, hi, counts, n, bad);
    }

    public int bins() {
        return counts.length;
    }

    /** The largest bin count. */
    public int peak() {
        int m = 0;
        for (int c : counts) {
            m = Math.max(m, c);
        }
        return m;
    }

    /** Left edge of bin {@code b}. */
    public double edge(int b) {
        return min + (max - min) * b / counts.length;
    }

    @Override
    public String toString() {
        return "Histogram[" + total + " values in " + counts.length + " bins over [" + min + ", " + max + "]"
                + (nonFinite > 0 ? ", " + nonFinite + " non-finite" : "") + "]";
    }
}
