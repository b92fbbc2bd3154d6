package org.mlpsandbox.app.lesson;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mlpsandbox.app.lesson.LessonSetup.DataSetup;
import org.mlpsandbox.app.lesson.LessonSetup.NetworkSetup;
import org.mlpsandbox.app.lesson.LessonSetup.TrainingSetup;
import org.mlpsandbox.engine.limits.Excerpt;
import org.mlpsandbox.engine.net.LayerSpec;
import org.mlpsandbox.engine.plugin.PluginChoice;

/**
 * Reads a lesson from its JSON text. The format (comments allowed; unknown fields are errors, to catch typos):
 * <pre>{@code
 * {
 *   "id": "hidden-layer-circle",          // lower case, digits and dashes
 *   "order": 6,
 *   "title": "A hidden layer separates the circle",
 *   "summary": "One line for the start page.",
 *   "explanation": ["First paragraph (simple HTML).", "Second paragraph."],   // or one string
 *   "view": "playground",                  // or gradient-descent, learning-rate, one-neuron, relu-bend, digits
 *   "panels": ["network", "boundary", "loss"],
 *   "hide": ["layers", "optimizer"],       // optional: controls hidden while the lesson is open (HideList)
 *   "setup": {                             // playground and digits only
 *     "data":     { "source": "circle", "samples": 400, "noise": 0.2, "testRatio": 0.2, "seed": 1,
 *                   "targets": "labels" },                // "inputs" for an autoencoder
 *     "network":  { "hidden": ["3:tanh"], "output": "2:softmax", "loss": "categorical-cross-entropy",
 *                   "initializer": "xavier-uniform", "seed": 1 },
 *     "training": { "optimizer": "sgd(momentum=0.9)", "learningRate": 0.03, "biasLearningRate": 0.03,
 *                   "batch": 10, "l1": 0, "l2": 0, "epochs": 300, "seed": 1 }
 *   }
 * }
 * }</pre>
 * A plugin is named by its id, optionally with parameters: {@code "leaky-relu(alpha=0.1)"}. Parsing checks the form
 * and the values' types; {@link LessonSetup#validate} then asks the engine about the rest.
 */
public final class LessonParser {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonParser.Feature.ALLOW_COMMENTS)
            .build();
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Pattern PLUGIN = Pattern.compile("\\s*([A-Za-z0-9_.-]+)\\s*(?:\\((.*)\\))?\\s*");
    /** A paragraph that already starts with a block element is kept as it is; others are wrapped in {@code <p>}. */
    private static final Pattern BLOCK = Pattern.compile("<(p|ul|ol|div|h[1-6]|table|blockquote|pre)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LAYER = Pattern.compile("\\s*(\\d+)\\s*:(.+)");

    private LessonParser() {
    }

    /**
     * Parses one lesson file's text. Checks form and types only; call {@link LessonSetup#validate} against a plugin
     * registry for the rest (the {@link LessonLibrary} does both).
     *
     * @param json   the file's text
     * @param source where it came from, kept in the lesson for messages
     * @throws LessonFormatException naming the field and the problem
     */
    public static Lesson parse(String json, String source) throws LessonFormatException {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new LessonFormatException("not valid JSON" + (at == null ? "" : " at line " + at.getLineNr()
                    + ", column " + at.getColumnNr()) + ": " + plain(e.getOriginalMessage()), e);
        }
        if (root == null || !root.isObject()) {
            throw new LessonFormatException("a lesson file must hold one JSON object { ... }");
        }
        Fields top = new Fields(root, "");
        String id = top.string("id");
        if (!ID.matcher(id).matches()) {
            throw new LessonFormatException("\"id\" must be lower-case letters, digits and dashes (like"
                    + " \"hidden-layer-circle\"), got \"" + Excerpt.of(id) + "\"");
        }
        int order = top.integer("order");
        String title = top.string("title");
        String summary = top.string("summary");
        String explanation = explanation(top);
        LessonView view;
        try {
            view = LessonView.fromId(top.string("view"));
        } catch (IllegalArgumentException e) {
            throw new LessonFormatException("\"view\": " + e.getMessage());
        }
        List<String> panels = new ArrayList<>();
        for (String p : top.strings("panels")) {
            if (!Lesson.KNOWN_PANELS.contains(p)) {
                throw new LessonFormatException("\"panels\": unknown panel '" + Excerpt.of(p) + "'; use some of: "
                        + String.join(", ", Lesson.KNOWN_PANELS));
            }
            panels.add(p);
        }
        Optional<LessonSetup> setup = Optional.empty();
        JsonNode setupNode = top.optionalObject("setup");
        if (view.needsSetup() && setupNode == null) {
            throw new LessonFormatException("view '" + view + "' needs a \"setup\" with \"data\", \"network\" and"
                    + " \"training\"");
        }
        if (!view.needsSetup() && setupNode != null) {
            throw new LessonFormatException("view '" + view + "' has its own controls and takes no \"setup\";"
                    + " remove it, or use the view \"playground\"");
        }
        if (setupNode != null) {
            setup = Optional.of(setup(new Fields(setupNode, "setup.")));
        }
        List<String> hidden = HideList.read(top.node("hide"), json);
        top.rejectUnknown();
        return new Lesson(id, order, title, summary, explanation, view, setup, panels, hidden, source);
    }

    private static String explanation(Fields top) throws LessonFormatException {
        JsonNode node = top.node("explanation");
        if (node == null) {
            throw new LessonFormatException("missing field \"explanation\" (a string, or a list of paragraphs)");
        }
        if (node.isTextual()) {
            return node.asText();
        }
        if (node.isArray() && !node.isEmpty()) {
            StringBuilder html = new StringBuilder();
            for (JsonNode paragraph : node) {
                if (!paragraph.isTextual()) {
                    throw new LessonFormatException("\"explanation\": every paragraph must be a string");
                }
                String text = paragraph.asText().strip();
                html.append(BLOCK.matcher(text).lookingAt() ? text : "<p>" + text + "</p>");
            }
            return html.toString();
        }
        throw new LessonFormatException("\"explanation\" must be a string or a list of paragraph strings");
    }

    private static LessonSetup setup(Fields setup) throws LessonFormatException {
        Fields d = new Fields(setup.object("data"), "setup.data.");
        String source = d.string("source");
        boolean digits = DataSetup.DIGITS.equals(source);
        String targets = d.optionalString("targets", "labels");
        if (!targets.equals("labels") && !targets.equals("inputs")) {
            throw new LessonFormatException("\"setup.data.targets\" must be \"labels\" or \"inputs\" (autoencoder),"
                    + " got \"" + Excerpt.of(targets) + "\"");
        }
        DataSetup data = new DataSetup(source, d.optionalInteger("samples", digits ? 8000 : 400),
                d.optionalNumber("noise", 0), d.optionalNumber("testRatio", 0.2), d.optionalLong("seed", 1),
                targets.equals("inputs"));
        d.rejectUnknown();

        Fields n = new Fields(setup.object("network"), "setup.network.");
        List<LayerSpec> hidden = new ArrayList<>();
        for (String layer : n.strings("hidden")) {
            hidden.add(layer(layer, "setup.network.hidden"));
        }
        NetworkSetup network = new NetworkSetup(hidden, layer(n.string("output"), "setup.network.output"),
                plugin(n.string("loss"), "setup.network.loss"),
                plugin(n.optionalString("initializer", "xavier-uniform"), "setup.network.initializer"),
                n.optionalLong("seed", 1));
        n.rejectUnknown();

        Fields t = new Fields(setup.object("training"), "setup.training.");
        TrainingSetup training = new TrainingSetup(plugin(t.optionalString("optimizer", "sgd"),
                "setup.training.optimizer"), t.number("learningRate"), t.optionalNumber("biasLearningRate", Double.NaN),
                t.optionalInteger("batch", 10), t.optionalNumber("l1", 0), t.optionalNumber("l2", 0),
                t.optionalInteger("epochs", 100), t.optionalLong("seed", 1));
        t.rejectUnknown();
        setup.rejectUnknown();
        return new LessonSetup(data, network, training);
    }

    /** "8:tanh" or "8:leaky-relu(alpha=0.1)". */
    static LayerSpec layer(String text, String field) throws LessonFormatException {
        Matcher m = LAYER.matcher(text);
        if (!m.matches()) {
            throw new LessonFormatException("\"" + field + "\": a layer is written \"size:activation\", like"
                    + " \"8:tanh\", got \"" + Excerpt.of(text) + "\"");
        }
        int size;
        try {
            size = Integer.parseInt(m.group(1));
        } catch (NumberFormatException e) {
            throw new LessonFormatException("\"" + field + "\": layer size too large in \"" + Excerpt.of(text) + "\"");
        }
        return new LayerSpec(size, plugin(m.group(2), field));
    }

    /** "adam" or "sgd(momentum=0.9, nesterov=1)". */
    static PluginChoice plugin(String text, String field) throws LessonFormatException {
        Matcher m = PLUGIN.matcher(text);
        if (!m.matches()) {
            throw new LessonFormatException("\"" + field + "\": expected a plugin id, optionally with parameters"
                    + " like \"sgd(momentum=0.9)\", got \"" + Excerpt.of(text) + "\"");
        }
        Map<String, Double> parameters = new TreeMap<>();
        if (m.group(2) != null && !m.group(2).isBlank()) {
            for (String pair : m.group(2).split(",")) {
                String[] kv = pair.split("=");
                if (kv.length != 2 || kv[0].isBlank()) {
                    throw new LessonFormatException("\"" + field + "\": parameters are written key=value, got \""
                            + Excerpt.of(pair.strip()) + "\" in \"" + Excerpt.of(text) + "\"");
                }
                try {
                    parameters.put(kv[0].strip(), Double.parseDouble(kv[1].strip()));
                } catch (NumberFormatException e) {
                    throw new LessonFormatException("\"" + field + "\": the value of " + kv[0].strip()
                            + " must be a number, got \"" + Excerpt.of(kv[1].strip()) + "\"");
                }
            }
        }
        return new PluginChoice(m.group(1), parameters);
    }

    /** One JSON object's fields, with typed getters whose messages name the field, and a check for unknown keys. */
    private static final class Fields {
        private final JsonNode node;
        private final String path;
        private final Set<String> used = new LinkedHashSet<>();

        Fields(JsonNode node, String path) {
            this.node = node;
            this.path = path;
        }

        JsonNode node(String key) {
            used.add(key);
            JsonNode v = node.get(key);
            return v == null || v.isNull() ? null : v;
        }

        private JsonNode required(String key, String what) throws LessonFormatException {
            JsonNode v = node(key);
            if (v == null) {
                throw new LessonFormatException("missing field \"" + path + key + "\" (" + what + ")");
            }
            return v;
        }

        String string(String key) throws LessonFormatException {
            JsonNode v = required(key, "a string");
            if (!v.isTextual() || v.asText().isBlank()) {
                throw new LessonFormatException("\"" + path + key + "\" must be a non-empty string, got " + Excerpt.of(String.valueOf(v)));
            }
            return v.asText();
        }

        String optionalString(String key, String otherwise) throws LessonFormatException {
            return node.hasNonNull(key) ? string(key) : mark(key, otherwise);
        }

        double number(String key) throws LessonFormatException {
            JsonNode v = required(key, "a number");
            if (!v.isNumber()) {
                throw new LessonFormatException("\"" + path + key + "\" must be a number, got " + Excerpt.of(String.valueOf(v)));
            }
            return v.asDouble();
        }

        double optionalNumber(String key, double otherwise) throws LessonFormatException {
            return node.hasNonNull(key) ? number(key) : mark(key, otherwise);
        }

        long longValue(String key) throws LessonFormatException {
            JsonNode v = required(key, "a whole number");
            if (!v.isIntegralNumber() || !v.canConvertToLong()) {
                throw new LessonFormatException("\"" + path + key + "\" must be a whole number, got " + Excerpt.of(String.valueOf(v)));
            }
            return v.asLong();
        }

        int integer(String key) throws LessonFormatException {
            JsonNode v = required(key, "a whole number");
            if (!v.isIntegralNumber() || !v.canConvertToInt()) {
                throw new LessonFormatException("\"" + path + key + "\" must be a whole number, got " + Excerpt.of(String.valueOf(v)));
            }
            return v.asInt();
        }

        int optionalInteger(String key, int otherwise) throws LessonFormatException {
            return node.hasNonNull(key) ? integer(key) : mark(key, otherwise);
        }

        long optionalLong(String key, long otherwise) throws LessonFormatException {
            return node.hasNonNull(key) ? longValue(key) : mark(key, otherwise);
        }

        JsonNode object(String key) throws LessonFormatException {
            JsonNode v = required(key, "an object { ... }");
            if (!v.isObject()) {
                throw new LessonFormatException("\"" + path + key + "\" must be an object { ... }, got " + Excerpt.of(String.valueOf(v)));
            }
            return v;
        }

        JsonNode optionalObject(String key) throws LessonFormatException {
            return node.hasNonNull(key) ? object(key) : mark(key, null);
        }

        /** A list of strings; absent means empty. */
        List<String> strings(String key) throws LessonFormatException {
            JsonNode v = node(key);
            List<String> list = new ArrayList<>();
            if (v == null) {
                return list;
            }
            if (!v.isArray()) {
                throw new LessonFormatException("\"" + path + key + "\" must be a list [\"...\", ...], got " + Excerpt.of(String.valueOf(v)));
            }
            for (JsonNode e : v) {
                if (!e.isTextual()) {
                    throw new LessonFormatException("\"" + path + key + "\" must hold strings, got " + Excerpt.of(String.valueOf(e)));
                }
                list.add(e.asText());
            }
            return list;
        }

        private <T> T mark(String key, T value) {
            used.add(key);
            return value;
        }

        void rejectUnknown() throws LessonFormatException {
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                String key = it.next();
                if (!used.contains(key)) {
                    throw new LessonFormatException("unknown field \"" + path + Excerpt.of(key) + "\"; the fields here are: "
                            + String.join(", ", used));
                }
            }
        }
    }

    /** Jackson's message without its parser details ("(start marker at [Source: …])"), for a teacher. */
    static String plain(String message) {
        String m = message == null ? "" : message;
        int detail = m.indexOf(" (start marker at");
        if (detail < 0) {
            detail = m.indexOf("\n at [Source");
        }
        return (detail < 0 ? m : m.substring(0, detail)).strip();
    }
}
