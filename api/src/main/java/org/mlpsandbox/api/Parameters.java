package org.mlpsandbox.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The chosen values of a plugin's {@link Hyperparameter}s: every declared key has a value (the chosen one, or the
 * default), and every value lies within its declared range. Immutable.
 *
 * <p>A plugin reads its settings in {@code configure(Parameters)} with {@link #get(String)}.
 */
public final class Parameters {

    private static final Parameters NONE = new Parameters(Map.of());

    private final Map<String, Double> values;

    private Parameters(Map<String, Double> values) {
        this.values = values;
    }

    /** No parameters at all. */
    public static Parameters none() {
        return NONE;
    }

    /**
     * The declared parameters with the chosen values applied over their defaults.
     *
     * @param declared what the plugin declares
     * @param chosen   values picked by the user; may be empty, never {@code null}
     * @throws IllegalArgumentException naming the key when a chosen key is not declared or a value is out of range
     */
    public static Parameters of(List<Hyperparameter> declared, Map<String, Double> chosen) {
        Map<String, Double> values = new LinkedHashMap<>();
        for (Hyperparameter h : declared) {
            values.put(h.key(), h.defaultValue());
        }
        for (Map.Entry<String, Double> e : chosen.entrySet()) {
            Hyperparameter h = declared.stream().filter(d -> d.key().equals(e.getKey())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("unknown parameter '" + e.getKey()
                            + "'; allowed: " + (declared.isEmpty() ? "none" : keys(declared))));
            if (e.getValue() == null) {
                throw new IllegalArgumentException("parameter '" + h.key() + "' has no value");
            }
            double v = e.getValue();
            if (!h.allows(v)) {
                throw new IllegalArgumentException("parameter '" + h.key() + "' = " + v + " is outside its range ["
                        + h.min() + ", " + h.max() + "]" + (h.kind() == Hyperparameter.Kind.INTEGER
                        ? " of whole numbers" : ""));
            }
            values.put(h.key(), v);
        }
        return new Parameters(Collections.unmodifiableMap(values));
    }

    private static String keys(List<Hyperparameter> declared) {
        return String.join(", ", declared.stream().map(Hyperparameter::key).toList());
    }

    /**
     * The value of a declared parameter.
     *
     * @throws IllegalArgumentException if the key was never declared (a bug in the plugin)
     */
    public double get(String key) {
        Double v = values.get(key);
        if (v == null) {
            throw new IllegalArgumentException("no parameter '" + key + "' was declared; declared: " + values.keySet());
        }
        return v;
    }

    /** A flag parameter (see {@link Hyperparameter#flag}): true when its value is at least 0.5. */
    public boolean flag(String key) {
        return get(key) >= 0.5;
    }

    /** All values, in declaration order. */
    public Map<String, Double> asMap() {
        return values;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Parameters p && p.values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
