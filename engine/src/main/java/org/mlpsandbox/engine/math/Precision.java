package org.mlpsandbox.engine.math;

import java.util.Locale;

/**
 * The floating-point format of the large matrix products. The engine's arrays, and everything a plugin sees, stay
 * {@code double}; {@link #FLOAT32} only rounds the operands of the native products to {@code float} and computes
 * them in single precision, which OpenBLAS runs about twice as fast (half the bytes per multiply-add).
 */
public enum Precision {
    FLOAT64, FLOAT32;

    /** "float64" or "float32", as on the command line. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The precision named by {@code text} ("float64", "float32", also "double" and "single").
     *
     * @throws IllegalArgumentException naming the accepted values
     */
    public static Precision parse(String text) {
        switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "float64", "double", "f64" -> {
                return FLOAT64;
            }
            case "float32", "single", "float", "f32" -> {
                return FLOAT32;
            }
            default -> throw new IllegalArgumentException(
                    "unknown precision '" + text + "': use float64 or float32");
        }
    }
}
