package org.mlpsandbox.engine.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.mlpsandbox.engine.data.DrawnPoints;
import org.mlpsandbox.engine.data.Generators;
import org.mlpsandbox.engine.data.Normalization;
import org.mlpsandbox.engine.net.LayerSpec;
import org.mlpsandbox.engine.net.Network;
import org.mlpsandbox.engine.net.NetworkSpec;
import org.mlpsandbox.engine.limits.Excerpt;
import org.mlpsandbox.engine.plugin.PluginChoice;
import org.mlpsandbox.engine.plugin.PluginKind;
import org.mlpsandbox.engine.plugin.PluginRegistry;
import org.mlpsandbox.engine.plugin.UnknownPluginException;
import org.mlpsandbox.engine.train.TrainingSettings;

/**
 * Reads and checks what an experiment and each saved run share: the network spec (every plugin looked up in the
 * registry and configured), its weights (shape and finiteness checked against the built network), the training
 * settings and the data spec.
 */
final class SetupReader {

    /** The checked setup of an experiment or a run. */
    record Setup(NetworkSpec network, List<LayerParameters> parameters, TrainingSettings training, DataSpec data) {
    }

    private final JsonFields fields;
    private final PluginRegistry plugins;

    SetupReader(JsonFields fields, PluginRegistry plugins) {
        this.fields = fields;
        this.plugins = plugins;
    }

    /** Reads "network", then the weights in {@code parametersField}, then "training" and "data" of {@code node}. */
    Setup setup(JsonNode node, String parametersField) throws ExperimentFileException {
        NetworkSpec spec = network(fields.object(node, "network", "network"));
        Network built = build(spec);
        List<LayerParameters> parameters = parameters(fields.field(node, parametersField, parametersField), built,
                parametersField);
        TrainingSettings training = training(fields.object(node, "training", "training"));
        DataSpec data = data(fields.object(node, "data", "data"));
        return new Setup(spec, parameters, training, data);
    }

    private NetworkSpec network(JsonNode node) throws ExperimentFileException {
        int inputs = (int) fields.integer(node, "inputs", "network.inputs", 1, Network.MAX_LAYER_SIZE);
        JsonNode layersNode = fields.array(node, "layers", "network.layers");
        if (layersNode.isEmpty()) {
            throw fields.problem("network.layers is empty; a network needs at least its output layer");
        }
        List<LayerSpec> layers = new ArrayList<>();
        for (int l = 0; l < layersNode.size(); l++) {
            String where = "network.layers[" + (l + 1) + "]";
            JsonNode layer = fields.requireObject(layersNode.get(l), where);
            int size = (int) fields.integer(layer, "size", where + ".size", 1, Network.MAX_LAYER_SIZE);
            PluginChoice activation = choice(layer, "activation", where + ".activation", PluginKind.ACTIVATION);
            layers.add(new LayerSpec(size, activation));
        }
        PluginChoice loss = choice(node, "loss", "network.loss", PluginKind.LOSS);
        PluginChoice initializer = choice(node, "initializer", "network.initializer", PluginKind.INITIALIZER);
        long seed = fields.anyLong(node, "seed", "network.seed");
        return new NetworkSpec(inputs, layers, loss, initializer, seed);
    }

    /** Builds the network to check the spec as a whole (e.g. softmax needs two neurons). */
    private Network build(NetworkSpec spec) throws ExperimentFileException {
        try {
            return Network.build(spec, plugins);
        } catch (RuntimeException e) {
            throw fields.problem("network: " + JsonFields.firstLine(e.getMessage()));
        }
    }

    private List<LayerParameters> parameters(JsonNode node, Network network, String name)
            throws ExperimentFileException {
        fields.requireArray(node, name);
        if (node.size() != network.layerCount()) {
            throw fields.problem(name + " holds weights for " + node.size() + " layer(s), but network.layers has "
                    + network.layerCount());
        }
        List<LayerParameters> out = new ArrayList<>();
        for (int l = 0; l < node.size(); l++) {
            String where = name + "[" + (l + 1) + "]";
            JsonNode layer = fields.requireObject(node.get(l), where);
            int in = network.layer(l).inputs();
            int outs = network.layer(l).outputs();
            double[] w = numbers(layer, "weights", where + ".weights", (long) in * outs,
                    outs + " neurons × " + in + " inputs");
            double[] b = numbers(layer, "bias", where + ".bias", outs, "one per neuron");
            out.add(new LayerParameters(w, b));
        }
        return out;
    }

    /** An array of exactly {@code expected} finite numbers; {@code why} explains the length. */
    private double[] numbers(JsonNode parent, String name, String where, long expected, String why)
            throws ExperimentFileException {
        JsonNode node = fields.array(parent, name, where);
        if (node.size() != expected) {
            throw fields.problem(where + " holds " + node.size() + " values, expected " + expected + " (" + why
                    + ")");
        }
        double[] values = new double[node.size()];
        for (int i = 0; i < values.length; i++) {
            JsonNode v = node.get(i);
            if (!v.isNumber()) {
                throw fields.problem(where + "[" + i + "] is " + JsonFields.describe(v) + ", not a number");
            }
            values[i] = v.doubleValue();
            if (!Double.isFinite(values[i])) {
                throw fields.problem(where + "[" + i + "] is " + (Double.isNaN(values[i]) ? "NaN" : "infinite")
                        + "; the weights are broken (did training diverge?)");
            }
        }
        return values;
    }

    private TrainingSettings training(JsonNode node) throws ExperimentFileException {
        PluginChoice optimizer = choice(node, "optimizer", "training.optimizer", PluginKind.OPTIMIZER);
        double lr = fields.real(node, "learningRate", "training.learningRate", false);
        double biasLr = fields.real(node, "biasLearningRate", "training.biasLearningRate", true);
        int batch = (int) fields.integer(node, "batchSize", "training.batchSize", 1, Integer.MAX_VALUE);
        double l1 = fields.real(node, "l1", "training.l1", false);
        double l2 = fields.real(node, "l2", "training.l2", false);
        boolean shuffle = fields.bool(node, "shuffle", "training.shuffle");
        long seed = fields.anyLong(node, "seed", "training.seed");
        try {
            return new TrainingSettings(optimizer, lr, biasLr, batch, l1, l2, shuffle, seed);
        } catch (IllegalArgumentException e) {
            throw fields.problem("training: " + e.getMessage());
        }
    }

    private DataSpec data(JsonNode node) throws ExperimentFileException {
        String kindId = fields.text(node, "kind", "data.kind", false);
        DataSpec.Kind kind = DataSpec.Kind.byId(kindId);
        if (kind == null) {
            throw fields.problem("data.kind is \"" + Excerpt.of(kindId) + "\"; expected one of generated, digits, csv, mnist, drawn");
        }
        String name = fields.text(node, "name", "data.name", false);
        String path = fields.text(node, "path", "data.path", true);
        String target = fields.text(node, "target", "data.target", true);
        boolean asClasses = JsonFields.optional(node, "targetAsClasses") != null
                && fields.bool(node, "targetAsClasses", "data.targetAsClasses");
        int samples = (int) fields.integer(node, "samples", "data.samples", 0, Integer.MAX_VALUE);
        double noise = fields.real(node, "noise", "data.noise", false);
        double testRatio = fields.real(node, "testRatio", "data.testRatio", false);
        long seed = fields.anyLong(node, "seed", "data.seed");
        int classes = JsonFields.optional(node, "classes") == null ? 0
                : (int) fields.integer(node, "classes", "data.classes", 2, Generators.MAX_CLASSES);
        String delimiter = JsonFields.optional(node, "delimiter") == null ? null
                : fields.text(node, "delimiter", "data.delimiter", true);
        if (delimiter != null && delimiter.length() != 1) {
            throw fields.problem("data.delimiter is \"" + delimiter + "\"; expected one character");
        }
        String decimalMark = JsonFields.optional(node, "decimalMark") == null ? null
                : fields.text(node, "decimalMark", "data.decimalMark", true);
        if (decimalMark != null && !decimalMark.equals(".") && !decimalMark.equals(",")) {
            throw fields.problem("data.decimalMark is \"" + Excerpt.of(decimalMark) + "\"; expected \".\" or \",\"");
        }
        Normalization normalization = normalization(node);
        List<String> labels = strings(node, "labels");
        List<String> inputs = strings(node, "inputs");
        Map<String, Double> parameters = new TreeMap<>();
        JsonNode params = JsonFields.optional(node, "parameters");
        if (params != null) {
            fields.requireObject(params, "data.parameters");
            for (var it = params.fields(); it.hasNext(); ) {
                var e = it.next();
                if (!e.getValue().isNumber()) {
                    throw fields.problem("data.parameters." + Excerpt.of(e.getKey()) + " is "
                            + JsonFields.describe(e.getValue()) + ", not a number");
                }
                parameters.put(e.getKey(), e.getValue().doubleValue());
            }
        }
        DrawnPoints drawn = kind == DataSpec.Kind.DRAWN ? drawn(node) : null;
        try {
            return new DataSpec(kind, name, path, target, asClasses, samples, noise, testRatio, seed, classes,
                    delimiter == null ? null : delimiter.charAt(0), normalization, labels, drawn, parameters, inputs,
                    decimalMark == null ? null : decimalMark.charAt(0));
        } catch (IllegalArgumentException e) {
            throw fields.problem("data: " + e.getMessage());
        }
    }

    /** The optional array of strings {@code data.key}; empty when absent. */
    private List<String> strings(JsonNode node, String key) throws ExperimentFileException {
        List<String> values = new ArrayList<>();
        JsonNode array = JsonFields.optional(node, key);
        if (array != null) {
            for (int i = 0; i < fields.array(node, key, "data." + key).size(); i++) {
                JsonNode value = array.get(i);
                if (!value.isTextual()) {
                    throw fields.problem("data." + key + "[" + i + "] is " + JsonFields.describe(value)
                            + ", not a string");
                }
                values.add(value.asText());
            }
        }
        return values;
    }

    /** The "drawn" points of drawn data: {"classes": K, "plane": [4 numbers], "points": [[x1, x2, v], …]}. */
    private DrawnPoints drawn(JsonNode data) throws ExperimentFileException {
        JsonNode node = fields.field(data, "drawn", "data.drawn");
        fields.requireObject(node, "data.drawn");
        int classes = (int) fields.integer(node, "classes", "data.drawn.classes", 0, Generators.MAX_CLASSES);
        double[] plane = numbers(node, "plane", "data.drawn.plane", 4, "x1 from, x1 to, x2 from, x2 to");
        JsonNode points = fields.array(node, "points", "data.drawn.points");
        if (points.size() > DrawnPoints.MAX_POINTS) {
            throw fields.problem("data.drawn.points holds " + points.size() + " points; at most "
                    + DrawnPoints.MAX_POINTS);
        }
        double[] x = new double[2 * points.size()];
        double[] v = new double[points.size()];
        for (int i = 0; i < points.size(); i++) {
            JsonNode p = points.get(i);
            String where = "data.drawn.points[" + (i + 1) + "]";
            if (!p.isArray() || p.size() != 3 || !p.get(0).isNumber() || !p.get(1).isNumber()
                    || !p.get(2).isNumber()) {
                throw fields.problem(where + " must be [x1, x2, class or value], got " + JsonFields.describe(p));
            }
            x[2 * i] = p.get(0).doubleValue();
            x[2 * i + 1] = p.get(1).doubleValue();
            v[i] = p.get(2).doubleValue();
        }
        try {
            return new DrawnPoints(classes, x, v, plane);
        } catch (IllegalArgumentException e) {
            throw fields.problem("data.drawn: " + e.getMessage());
        }
    }

    /** The optional "normalization" of the data: {"method": …, "shift": […], "scale": […]}; none when absent. */
    private Normalization normalization(JsonNode data) throws ExperimentFileException {
        JsonNode node = JsonFields.optional(data, "normalization");
        if (node == null) {
            return Normalization.NONE;
        }
        try {
            Normalization.Method method = Normalization.Method.byId(fields.text(node, "method",
                    "data.normalization.method", false));
            int n = fields.array(node, "shift", "data.normalization.shift").size();
            return new Normalization(method, numbers(node, "shift", "data.normalization.shift", n, "one per input"),
                    numbers(node, "scale", "data.normalization.scale", n, "one per input, as many as shifts"));
        } catch (IllegalArgumentException e) {
            throw fields.problem("data.normalization: " + e.getMessage());
        }
    }

    /** A plugin choice: {"id": …, "parameters": {…}}, or just the id as a string; checked against the registry. */
    private PluginChoice choice(JsonNode parent, String name, String where, PluginKind kind)
            throws ExperimentFileException {
        JsonNode node = fields.field(parent, name, where);
        PluginChoice choice;
        if (node.isTextual()) {
            choice = PluginChoice.of(node.asText());
        } else if (node.isObject()) {
            String id = fields.text(node, "id", where + ".id", false);
            Map<String, Double> values = new TreeMap<>();
            JsonNode params = JsonFields.optional(node, "parameters");
            if (params != null) {
                fields.requireObject(params, where + ".parameters");
                for (var it = params.fields(); it.hasNext(); ) {
                    var e = it.next();
                    if (!e.getValue().isNumber()) {
                        throw fields.problem(where + ".parameters." + e.getKey() + " is "
                                + JsonFields.describe(e.getValue()) + ", not a number");
                    }
                    values.put(e.getKey(), e.getValue().doubleValue());
                }
            }
            choice = new PluginChoice(id, values);
        } else {
            throw fields.problem(where + " must be a plugin id or {\"id\": …, \"parameters\": {…}}, got "
                    + JsonFields.describe(node));
        }
        try {
            plugins.configure(kind, choice);
        } catch (UnknownPluginException e) {
            throw fields.problem(where + ": unknown " + kind.label() + " '" + Excerpt.of(choice.id()) + "'; a plugin jar may be "
                    + "missing from the plugin folder. " + JsonFields.firstLine(e.getMessage()));
        } catch (RuntimeException e) {
            throw fields.problem(where + ": " + JsonFields.firstLine(e.getMessage()));
        }
        return choice;
    }
}
