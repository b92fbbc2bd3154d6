package org.mlpsandbox.app.model;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * An input feature derived from a 2-D point (x₁, x₂), as in TensorFlow Playground. The network sees the chosen features
 * instead of the raw coordinates; views still sweep the raw plane.
 */
public enum Feature {
    X1("x₁"),
    X2("x₂"),
    X1_SQUARED("x₁²"),
    X2_SQUARED("x₂²"),
    X1_TIMES_X2("x₁x₂"),
    SIN_X1("sin x₁"),
    SIN_X2("sin x₂");

    private final String label;

    Feature(String label) {
        this.label = label;
    }

    /** What a person reads: "x₁²". */
    public String label() {
        return label;
    }

    /** The feature's value at (x1, x2). */
    public double apply(double x1, double x2) {
        return switch (this) {
            case X1 -> x1;
            case X2 -> x2;
            case X1_SQUARED -> x1 * x1;
            case X2_SQUARED -> x2 * x2;
            case X1_TIMES_X2 -> x1 * x2;
            case SIN_X1 -> Math.sin(x1);
            case SIN_X2 -> Math.sin(x2);
        };
    }

    /**
     * Maps {@code rows} raw points ({@code rows × 2}, row-major) to feature rows ({@code rows × features.size()}), in
     * the enum's order. The caller supplies {@code out}, so a heat map can reuse it every frame.
     */
    public static void map(Set<Feature> features, double[] raw, int rows, double[] out) {
        int cols = features.size();
        int c = 0;
        for (Feature f : values()) {
            if (!features.contains(f)) {
                continue;
            }
            for (int r = 0; r < rows; r++) {
                out[r * cols + c] = f.apply(raw[r * 2], raw[r * 2 + 1]);
            }
            c++;
        }
    }

    /**
     * The features with these names (as experiment files keep them); names this version does not know are left out
     * (written by a later version: the input count check that follows says what does not fit), and none means x₁, x₂.
     */
    public static EnumSet<Feature> named(List<String> names) {
        EnumSet<Feature> features = EnumSet.noneOf(Feature.class);
        for (Feature f : values()) {
            if (names.contains(f.name())) {
                features.add(f);
            }
        }
        return features.isEmpty() ? EnumSet.of(X1, X2) : features;
    }
}
