package org.mlpsandbox.app.model;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.mlpsandbox.engine.data.Dataset;
import org.mlpsandbox.engine.data.Normalization;

/**
 * How a raw data row becomes the network's input row: the raw values are first scaled by the {@link Normalization}
 * (statistics from the training split), then passed unchanged or (for 2-D data) turned into the chosen
 * {@link Feature}s. Immutable; views use it to feed points of the raw plane to a snapshot's network, so the plane keeps
 * showing raw coordinates while the network sees scaled ones.
 *
 * @param rawInputs     values per raw sample
 * @param features      the features, or empty when rows pass unchanged
 * @param normalization how raw values are scaled first: {@link Normalization#NONE} or fitted to {@code rawInputs}
 */
public record InputMapping(int rawInputs, Set<Feature> features, Normalization normalization) {

    public InputMapping {
        features = features.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(features));
        if (!features.isEmpty() && rawInputs != 2) {
            throw new IllegalArgumentException("features need 2-D data, got " + rawInputs + " inputs");
        }
        Objects.requireNonNull(normalization, "normalization");
        if (!normalization.isNone() && (!normalization.isFitted() || normalization.shift().length != rawInputs)) {
            throw new IllegalArgumentException("the normalisation must be fitted to " + rawInputs + " inputs");
        }
    }

    /** Features of the raw values as they are. */
    public InputMapping(int rawInputs, Set<Feature> features) {
        this(rawInputs, features, Normalization.NONE);
    }

    public static InputMapping identity(int rawInputs) {
        return new InputMapping(rawInputs, Set.of());
    }

    /** The same features after scaling the raw values this way (fitted to {@link #rawInputs()} inputs). */
    public InputMapping withNormalization(Normalization n) {
        return new InputMapping(rawInputs, features, n);
    }

    /** Whether the rows reach the network unchanged: no scaling, and features exactly x₁ and x₂ (or none). */
    public boolean passesThrough() {
        return normalization.isNone() && passesFeaturesThrough();
    }

    private boolean passesFeaturesThrough() {
        return features.isEmpty() || features.equals(EnumSet.of(Feature.X1, Feature.X2));
    }

    /** Values per network input row. */
    public int width() {
        return features.isEmpty() ? rawInputs : features.size();
    }

    /** {@code raw} as the network sees it: its input rows mapped, its targets as they are. */
    public Dataset map(Dataset raw) {
        if (passesThrough()) {
            return raw;
        }
        double[] x = new double[raw.size() * width()];
        map(raw.x(), raw.size(), x);
        return new Dataset(raw.name(), width(), raw.targetCount(), raw.classCount(), x, raw.y());
    }

    /** Maps {@code rows} raw rows into {@code out} ({@code rows × width()}). */
    public void map(double[] raw, int rows, double[] out) {
        if (normalization.isNone()) {
            if (passesFeaturesThrough()) {
                System.arraycopy(raw, 0, out, 0, rows * rawInputs);
            } else {
                Feature.map(features, raw, rows, out);
            }
            return;
        }
        double[] shift = normalization.shift();
        double[] scale = normalization.scale();
        if (passesFeaturesThrough()) {
            for (int i = 0; i < rows * rawInputs; i++) {
                int c = i % rawInputs;
                out[i] = (raw[i] - shift[c]) / scale[c];
            }
        } else {
            int cols = features.size();
            for (int r = 0; r < rows; r++) {
                double x1 = (raw[r * 2] - shift[0]) / scale[0];
                double x2 = (raw[r * 2 + 1] - shift[1]) / scale[1];
                int c = 0;
                for (Feature f : Feature.values()) {
                    if (features.contains(f)) {
                        out[r * cols + c++] = f.apply(x1, x2);
                    }
                }
            }
        }
    }
}
