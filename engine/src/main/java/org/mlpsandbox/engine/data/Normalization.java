package org.mlpsandbox.engine.data;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * How the inputs are scaled before the network sees them: {@code x' = (x - shift) / scale}, one shift and scale per
 * input column. The statistics come from the training samples only ({@link #fit}), so the test samples and new
 * samples are scaled exactly as the training samples were.
 *
 * <ul>
 *   <li>{@code standard}: shift = the mean, scale = the standard deviation (z-scores);</li>
 *   <li>{@code minmax}: the training range is mapped onto [-1, 1];</li>
 *   <li>{@code none}: the inputs as they are.</li>
 * </ul>
 * A column with one value throughout gets scale 1.
 *
 * @param method how the statistics were chosen
 * @param shift  subtracted from each input; empty for {@code none} or before fitting
 * @param scale  divides each shifted input; the same length as {@code shift}
 */
public record Normalization(Method method, double[] shift, double[] scale) {

    /** The ways of scaling inputs. */
    public enum Method {
        NONE, STANDARD, MINMAX;

        /** "none", "standard" or "minmax", as on the command line and in files. */
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        /**
         * The method with this id.
         *
         * @throws IllegalArgumentException naming the valid ids
         */
        public static Method byId(String id) {
            for (Method m : values()) {
                if (m.id().equals(id)) {
                    return m;
                }
            }
            throw new IllegalArgumentException("unknown normalisation '" + id + "'; use standard, minmax or none");
        }
    }

    /** The inputs as they are. */
    public static final Normalization NONE = new Normalization(Method.NONE, new double[0], new double[0]);

    public Normalization {
        Objects.requireNonNull(method, "method");
        shift = shift.clone();
        scale = scale.clone();
        if (shift.length != scale.length) {
            throw new IllegalArgumentException(shift.length + " shifts but " + scale.length + " scales");
        }
        for (int c = 0; c < scale.length; c++) {
            if (!(scale[c] > 0) || !Double.isFinite(scale[c]) || !Double.isFinite(shift[c])) {
                throw new IllegalArgumentException("input " + (c + 1) + ": shift " + shift[c] + " and scale "
                        + scale[c] + " do not scale the input (the scale must be a positive number)");
            }
        }
    }

    /** A method not yet fitted to data: {@link #fit} gives it its statistics. */
    public static Normalization unfitted(Method method) {
        return method == Method.NONE ? NONE : new Normalization(method, new double[0], new double[0]);
    }

    /** Whether this leaves the inputs as they are. */
    public boolean isNone() {
        return method == Method.NONE;
    }

    /** Whether the statistics are known (always for {@code none}). */
    public boolean isFitted() {
        return isNone() || shift.length > 0;
    }

    /** This method with statistics from the samples of {@code train}. */
    public Normalization fit(Dataset train) {
        if (isNone()) {
            return NONE;
        }
        int n = train.size();
        int d = train.inputCount();
        double[] x = train.x();
        double[] s = new double[d];
        double[] k = new double[d];
        for (int c = 0; c < d; c++) {
            if (method == Method.STANDARD) {
                double mean = 0;
                for (int i = 0; i < n; i++) {
                    mean += x[i * d + c];
                }
                mean /= n;
                double squares = 0;
                for (int i = 0; i < n; i++) {
                    double dev = x[i * d + c] - mean;
                    squares += dev * dev;
                }
                s[c] = mean;
                k[c] = Math.sqrt(squares / n);
            } else {
                double min = Double.POSITIVE_INFINITY;
                double max = Double.NEGATIVE_INFINITY;
                for (int i = 0; i < n; i++) {
                    min = Math.min(min, x[i * d + c]);
                    max = Math.max(max, x[i * d + c]);
                }
                s[c] = (max + min) / 2;
                k[c] = (max - min) / 2;
            }
            if (!(k[c] > 0) || !Double.isFinite(k[c])) {
                k[c] = 1;
            }
        }
        return new Normalization(method, s, k);
    }

    /** The samples with scaled inputs (the same dataset for {@code none}). */
    public Dataset apply(Dataset data) {
        if (isNone()) {
            return data;
        }
        double[] x = data.x().clone();
        applyInPlace(x, data.inputCount());
        return new Dataset(data.name(), data.inputCount(), data.targetCount(), data.classCount(), x, data.y());
    }

    /**
     * The samples with their inputs scaled back to raw values (the inverse of {@link #apply}: x·scale + shift), e.g.
     * to draw scaled data in the coordinates the user knows. The same dataset for {@code none}.
     *
     * @throws IllegalStateException    when the statistics are not known yet
     * @throws IllegalArgumentException when the rows do not have as many inputs as the statistics
     */
    public Dataset restore(Dataset scaled) {
        if (isNone()) {
            return scaled;
        }
        checkColumns(scaled.inputCount());
        double[] x = scaled.x().clone();
        int columns = scaled.inputCount();
        for (int i = 0; i < x.length; i++) {
            int c = i % columns;
            x[i] = x[i] * scale[c] + shift[c];
        }
        return new Dataset(scaled.name(), columns, scaled.targetCount(), scaled.classCount(), x, scaled.y());
    }

    /**
     * Scales rows of {@code columns} inputs in place.
     *
     * @throws IllegalStateException    when the statistics are not known yet
     * @throws IllegalArgumentException when the rows do not have as many inputs as the statistics
     */
    public void applyInPlace(double[] x, int columns) {
        if (isNone()) {
            return;
        }
        checkColumns(columns);
        for (int i = 0; i < x.length; i++) {
            int c = i % columns;
            x[i] = (x[i] - shift[c]) / scale[c];
        }
    }

    private void checkColumns(int columns) {
        if (!isFitted()) {
            throw new IllegalStateException(method.id() + " normalisation has no statistics yet");
        }
        if (columns != shift.length) {
            throw new IllegalArgumentException("the normalisation is for " + shift.length + " inputs, the data has "
                    + columns);
        }
    }

    @Override
    public double[] shift() {
        return shift.clone();
    }

    @Override
    public double[] scale() {
        return scale.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Normalization n && n.method == method && Arrays.equals(n.shift, shift)
                && Arrays.equals(n.scale, scale);
    }

    @Override
    public int hashCode() {
        return Objects.hash(method, Arrays.hashCode(shift), Arrays.hashCode(scale));
    }

    @Override
    public String toString() {
        return "Normalization[" + method.id() + (isFitted() && !isNone() ? ", shift " + Arrays.toString(shift)
                + ", scale " + Arrays.toString(scale) : "") + "]";
    }
}
