package org.mlpsandbox.app.model;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * How a raw data row becomes the network's input row: unchanged, or (for 2-D data) the chosen {@link Feature}s.
 * Immutable; views use it to feed points of the raw plane to a snapshot's network.
 *
 * @param rawInputs values per raw sample
 * @param features  the features, or empty when rows pass unchanged
 */
public record InputMapping(int rawInputs, Set<Feature> features) {

    public InputMapping {
        features = features.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(features));
        if (!features.isEmpty() && rawInputs != 2) {
            throw new IllegalArgumentException("features need 2-D data, got " + rawInputs + " inputs");
        }
    }

    public static InputMapping identity(int rawInputs) {
        return new InputMapping(rawInputs, Set.of());
    }

    /** Whether the chosen features are exactly x₁ and x₂ (or there are none): the rows pass unchanged. */
    public boolean passesThrough() {
        return features.isEmpty() || features.equals(EnumSet.of(Feature.X1, Feature.X2));
    }

    /** Values per network input row. */
    public int width() {
        return features.isEmpty() ? rawInputs : features.size();
    }

    /** Maps {@code rows} raw rows into {@code out} ({@code rows × width()}). */
    public void map(double[] raw, int rows, double[] out) {
        if (passesThrough()) {
            System.arraycopy(raw, 0, out, 0, rows * rawInputs);
        } else {
            Feature.map(features, raw, rows, out);
        }
    }
}
