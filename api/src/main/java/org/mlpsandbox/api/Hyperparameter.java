package org.mlpsandbox.api;

/**
 * A numeric setting a plugin declares, such as the slope of a leaky ReLU or Adam's β₁. The app builds a control from
 * it (a spinner for a real or whole number, a check box for a flag), the command line accepts it as
 * {@code --param key=value}, and experiment files save its value.
 *
 * <p>Declare one with {@link #real}, {@link #integer} or {@link #flag}. The five-argument constructor of earlier
 * versions still works and declares a {@link Kind#REAL real} number.
 *
 * @param key          stable machine name, used in files and on the command line ({@code "alpha"})
 * @param label        what a person reads beside the control ({@code "Slope for z < 0"})
 * @param defaultValue value used when none is chosen; must lie in {@code [min, max]} (checked)
 * @param min          smallest allowed value (inclusive)
 * @param max          largest allowed value (inclusive)
 * @param kind         what sort of number it is: real, whole, or a yes/no flag stored as 0 or 1
 */
public record Hyperparameter(String key, String label, double defaultValue, double min, double max, Kind kind) {

    /** What sort of number a hyperparameter holds; the app picks its control from this. */
    public enum Kind {
        /** Any number in the range (a spinner with a step that suits the range). */
        REAL,
        /** A whole number in the range, e.g. a count (a spinner stepping by 1). */
        INTEGER,
        /** Yes or no, stored as 1 or 0 (a check box). */
        FLAG
    }

    /**
     * @throws IllegalArgumentException when the key is empty, the range is not finite or reversed, the default lies
     *                                  outside the range, or an integer's or flag's bounds are not whole numbers
     *                                  (a flag's range is always [0, 1])
     */
    public Hyperparameter {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("A hyperparameter needs a non-empty key");
        }
        if (label == null || label.isBlank()) {
            label = key;
        }
        kind = kind == null ? Kind.REAL : kind;
        if (!Double.isFinite(min) || !Double.isFinite(max) || min > max) {
            throw new IllegalArgumentException("hyperparameter '" + key + "': the range [" + min + ", " + max
                    + "] must be finite with min <= max");
        }
        if (!(defaultValue >= min && defaultValue <= max)) {
            throw new IllegalArgumentException("hyperparameter '" + key + "': the default " + defaultValue
                    + " lies outside its range [" + min + ", " + max + "]");
        }
        if (kind == Kind.FLAG && (min != 0 || max != 1)) {
            throw new IllegalArgumentException("hyperparameter '" + key + "': a flag's range is [0, 1]");
        }
        if (kind != Kind.REAL && !(whole(min) && whole(max) && whole(defaultValue))) {
            throw new IllegalArgumentException("hyperparameter '" + key + "': an " + kind.name().toLowerCase(
                    java.util.Locale.ROOT) + "'s default and range must be whole numbers");
        }
    }

    /** A real number in {@code [min, max]}, as declared before kinds existed. */
    public Hyperparameter(String key, String label, double defaultValue, double min, double max) {
        this(key, label, defaultValue, min, max, Kind.REAL);
    }

    /** A real number in {@code [min, max]}, e.g. a slope or a decay rate. */
    public static Hyperparameter real(String key, String label, double defaultValue, double min, double max) {
        return new Hyperparameter(key, label, defaultValue, min, max, Kind.REAL);
    }

    /** A whole number in {@code [min, max]}, e.g. a number of steps. */
    public static Hyperparameter integer(String key, String label, int defaultValue, int min, int max) {
        return new Hyperparameter(key, label, defaultValue, min, max, Kind.INTEGER);
    }

    /** A yes/no setting stored as 0 (off) or 1 (on), e.g. Nesterov momentum. */
    public static Hyperparameter flag(String key, String label, boolean defaultValue) {
        return new Hyperparameter(key, label, defaultValue ? 1 : 0, 0, 1, Kind.FLAG);
    }

    /**
     * Whether {@code value} is finite and within {@code [min, max]}, and whole for an integer. A flag allows any value
     * in [0, 1], as before kinds existed ({@link Parameters#flag} reads 0.5 and above as on).
     */
    public boolean allows(double value) {
        return Double.isFinite(value) && value >= min && value <= max && (kind != Kind.INTEGER || whole(value));
    }

    private static boolean whole(double v) {
        return v == Math.rint(v);
    }

    @Override
    public String toString() {
        return key + "=" + defaultValue + " [" + min + ", " + max + "]" + (kind == Kind.REAL ? "" : " "
                + kind.name().toLowerCase(java.util.Locale.ROOT));
    }
}
