package org.mlpsandbox.api;

/**
 * A numeric setting a plugin declares, such as the slope of a leaky ReLU or Adam's β₁. The app builds a control from
 * it, the command line accepts it as {@code --param key=value}, and experiment files save its value.
 *
 * @param key          stable machine name, used in files and on the command line ({@code "alpha"})
 * @param label        what a person reads beside the control ({@code "Slope for z < 0"})
 * @param defaultValue value used when none is chosen; must lie in {@code [min, max]} (checked)
 * @param min          smallest allowed value (inclusive)
 * @param max          largest allowed value (inclusive)
 */
public record Hyperparameter(String key, String label, double defaultValue, double min, double max) {

    /**
     * @throws IllegalArgumentException when the key is empty, the range is not finite or reversed, or the default
     *                                  lies outside the range
     */
    public Hyperparameter {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("A hyperparameter needs a non-empty key");
        }
        if (label == null || label.isBlank()) {
            label = key;
        }
        if (!Double.isFinite(min) || !Double.isFinite(max) || min > max) {
            throw new IllegalArgumentException("hyperparameter '" + key + "': the range [" + min + ", " + max
                    + "] must be finite with min <= max");
        }
        if (!(defaultValue >= min && defaultValue <= max)) {
            throw new IllegalArgumentException("hyperparameter '" + key + "': the default " + defaultValue
                    + " lies outside its range [" + min + ", " + max + "]");
        }
    }

    /** A yes/no setting stored as 0 (off) or 1 (on), e.g. Nesterov momentum. */
    public static Hyperparameter flag(String key, String label, boolean defaultValue) {
        return new Hyperparameter(key, label, defaultValue ? 1 : 0, 0, 1);
    }

    /** Whether {@code value} is finite and within {@code [min, max]}. */
    public boolean allows(double value) {
        return Double.isFinite(value) && value >= min && value <= max;
    }

    @Override
    public String toString() {
        return key + "=" + defaultValue + " [" + min + ", " + max + "]";
    }
}
