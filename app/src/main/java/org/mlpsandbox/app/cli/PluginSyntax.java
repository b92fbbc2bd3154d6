package org.mlpsandbox.app.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.mlpsandbox.api.Parameters;
import org.mlpsandbox.api.Plugin;
import org.mlpsandbox.engine.net.LayerSpec;
import org.mlpsandbox.engine.net.Network;
import org.mlpsandbox.engine.plugin.PluginChoice;
import org.mlpsandbox.engine.plugin.PluginKind;
import org.mlpsandbox.engine.plugin.PluginRegistry;

/**
 * The command-line syntax for plugins and layers.
 *
 * <pre>
 *   plugin:  ID  |  ID(KEY=VALUE,KEY=VALUE)  |  ID:KEY=VALUE:KEY=VALUE      e.g. leaky-relu(alpha=0.1)
 *   layer:   SIZE:PLUGIN                                                   e.g. 8:tanh, 8:leaky-relu:alpha=0.1
 *   layers:  LAYER,LAYER,…   or "none" for no hidden layer
 * </pre>
 * The colon form needs no quoting in a shell; the parenthesised one does ({@code '8:leaky-relu(alpha=0.1)'}).
 * Every parse error is an {@link IllegalArgumentException} whose message shows the accepted form.
 */
final class PluginSyntax {

    static final String LAYER_FORM = "write each hidden layer as SIZE:ACTIVATION, e.g. 8:tanh or "
            + "8:leaky-relu(alpha=0.1), separated by commas";

    private PluginSyntax() {
    }

    /** Parses a comma-separated list of layers; "none" or an empty string gives no layers. */
    static List<LayerSpec> layers(String text) {
        List<LayerSpec> layers = new ArrayList<>();
        String trimmed = text.strip();
        if (trimmed.isEmpty() || trimmed.equals("none")) {
            return layers;
        }
        for (String part : splitTopLevel(trimmed)) {
            layers.add(layer(part.strip()));
        }
        return layers;
    }

    /** Parses one {@code SIZE:ACTIVATION}. */
    static LayerSpec layer(String text) {
        int colon = text.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("layer '" + text + "' has no activation; " + LAYER_FORM);
        }
        String sizeText = text.substring(0, colon).strip();
        int size;
        try {
            size = Integer.parseInt(sizeText);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("layer '" + text + "': '" + sizeText + "' is not a number of neurons; "
                    + LAYER_FORM);
        }
        if (size < 1 || size > Network.MAX_LAYER_SIZE) {
            throw new IllegalArgumentException("layer '" + text + "': a layer has 1 to " + Network.MAX_LAYER_SIZE
                    + " neurons, not " + size + "; " + LAYER_FORM);
        }
        return new LayerSpec(size, choice(text.substring(colon + 1)));
    }

    /** Parses {@code ID}, {@code ID(K=V,…)} or {@code ID:K=V:…}. */
    static PluginChoice choice(String text) {
        String t = text.strip();
        String id;
        List<String> assignments = new ArrayList<>();
        int open = t.indexOf('(');
        if (open >= 0) {
            if (!t.endsWith(")")) {
                throw new IllegalArgumentException("'" + t + "' lacks its closing parenthesis; write ID(KEY=VALUE,…), "
                        + "e.g. leaky-relu(alpha=0.1)");
            }
            id = t.substring(0, open).strip();
            String inside = t.substring(open + 1, t.length() - 1).strip();
            if (!inside.isEmpty()) {
                assignments.addAll(List.of(inside.split(",")));
            }
        } else {
            String[] parts = t.split(":");
            id = parts[0].strip();
            assignments.addAll(List.of(parts).subList(1, parts.length));
        }
        if (id.isEmpty()) {
            throw new IllegalArgumentException("'" + t + "' names no plugin; write an id such as tanh, or "
                    + "ID(KEY=VALUE), e.g. leaky-relu(alpha=0.1)");
        }
        Map<String, Double> values = new TreeMap<>();
        for (String a : assignments) {
            int eq = a.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("'" + a.strip() + "' in '" + t + "' is not KEY=VALUE, e.g. "
                        + "leaky-relu(alpha=0.1)");
            }
            values.put(a.substring(0, eq).strip(), number(a.substring(eq + 1).strip(), a.strip()));
        }
        return new PluginChoice(id, values);
    }

    static double number(String text, String context) {
        try {
            double v = Double.parseDouble(text);
            if (Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("'" + text + "' in '" + context + "' is not a finite number");
    }

    /**
     * Checks the choice against the registry and returns it with every declared hyperparameter filled in (defaults
     * for those not given), so that files and summaries show all values.
     *
     * @throws IllegalArgumentException listing the installed ids when the id is unknown, or the allowed keys and
     *                                  range when a value is wrong
     */
    static PluginChoice resolve(PluginRegistry plugins, PluginKind kind, PluginChoice choice) {
        plugins.configure(kind, choice);
        Plugin prototype = plugins.require(kind, choice.id()).prototype();
        Map<String, Double> all = new TreeMap<>(Parameters.of(prototype.hyperparameters(), choice.parameters())
                .asMap());
        return new PluginChoice(choice.id(), all);
    }

    /** Splits at commas outside parentheses. */
    private static List<String> splitTopLevel(String text) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == ',' && depth == 0) {
                parts.add(text.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(text.substring(start));
        return parts;
    }

    /** "8:tanh" or "8:leaky-relu(alpha=0.1)": the inverse of {@link #layer}, for messages. */
    static String format(LayerSpec layer) {
        return layer.size() + ":" + format(layer.activation());
    }

    /** "tanh" or "leaky-relu(alpha=0.1)". */
    static String format(PluginChoice choice) {
        if (choice.parameters().isEmpty()) {
            return choice.id();
        }
        List<String> kv = new ArrayList<>();
        new TreeMap<>(choice.parameters()).forEach((k, v) -> kv.add(k + "=" + Text.number(v)));
        return choice.id() + "(" + String.join(",", kv) + ")";
    }
}
