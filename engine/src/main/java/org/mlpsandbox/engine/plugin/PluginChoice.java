package org.mlpsandbox.engine.plugin;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A plugin picked by id with chosen hyperparameter values, as it appears in specs, settings and files.
 *
 * @param id         the plugin id, e.g. {@code "leaky-relu"}
 * @param parameters chosen values by key; keys left out take their defaults
 */
public record PluginChoice(String id, Map<String, Double> parameters) {

    public PluginChoice {
        Objects.requireNonNull(id, "plugin id");
        parameters = Map.copyOf(parameters);
    }

    /** A plugin with all its defaults. */
    public static PluginChoice of(String id) {
        return new PluginChoice(id, Map.of());
    }

    /** The same plugin with one more (or a changed) value. */
    public PluginChoice with(String key, double value) {
        Map<String, Double> p = new TreeMap<>(parameters);
        p.put(key, value);
        return new PluginChoice(id, p);
    }

    @Override
    public String toString() {
        return parameters.isEmpty() ? id : id + new TreeMap<>(parameters);
    }
}
