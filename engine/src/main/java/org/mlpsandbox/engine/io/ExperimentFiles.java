package org.mlpsandbox.engine.io;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.mlpsandbox.engine.net.LayerSpec;
import org.mlpsandbox.engine.net.Network;
import org.mlpsandbox.engine.net.NetworkSpec;
import org.mlpsandbox.engine.plugin.PluginChoice;
import org.mlpsandbox.engine.plugin.PluginKind;
import org.mlpsandbox.engine.plugin.PluginRegistry;
import org.mlpsandbox.engine.plugin.UnknownPluginException;
import org.mlpsandbox.engine.train.TrainingSettings;

/**
 * Saves and opens experiment files: JSON with {@code "format": "mlp-sandbox-experiment"} and {@code "version": 1}.
 *
 * <pre>
 * {
 *   "format" : "mlp-sandbox-experiment", "version" : 1,
 *   "network" : { "inputs" : 2,
 *                 "layers" : [ { "size" : 8, "activation" : { "id" : "tanh", "parameters" : { } } }, … ],
 *                 "loss" : { "id" : "log-loss", … }, "initializer" : { "id" : "xavier-uniform", … }, "seed" : 3 },
 *   "parameters" : [ { "weights" : [ … outputs × inputs, row-major … ], "bias" : [ … ] }, … ],
 *   "training" : { "optimizer" : { "id" : "sgd", "parameters" : { … } }, "learningRate" : 0.1,
 *                  "biasLearningRate" : null, "batchSize" : 10, "l1" : 0.0, "l2" : 0.0, "shuffle" : true, "seed" : 4 },
 *   "data" : { "kind" : "generated", "name" : "circle", "path" : null, "target" : null, "targetAsClasses" : false,
 *              "samples" : 500, "noise" : 0.0, "testRatio" : 0.2, "seed" : 1 },
 *   "history" : { "columns" : [ "epoch", "step", "trainLoss", "testLoss", "accuracy" ],
 *                 "rows" : [ [ 1, 40, 0.61, 0.55, 0.8 ], … ] },
 *   "runs" : [ { "name" : "Run 1", "network" : { … }, "initialParameters" : [ … ], "training" : { … },
 *                "data" : { … }, "features" : [ "x1", "x2" ], "curve" : { "columns" : [ … ], "rows" : [ … ] },
 *                "final" : { "trainLoss" : 0.1, "testLoss" : 0.12, "trainAccuracy" : 0.97, "testAccuracy" : 0.95 },
 *                "thumbnail" : { "size" : 40, "classes" : 0, "cells" : "base64…" } }, … ]
 * }
 * </pre>
 * {@code "runs"} (earlier training runs, see {@link SavedRun}) is optional: it is written only when there are runs,
 * and files without it open with none; its {@code "thumbnail"} is optional too.
 * Numbers are written so that they read back bit for bit; {@code null} stands for "not set" or "not available"
 * (NaN). On reading, unknown fields are ignored (later versions may add some) and {@code "history"} may be missing;
 * everything else is checked, and any problem is an {@link ExperimentFileException} naming the file and the problem.
 */
public final class ExperimentFiles {

    /** The value of the "format" field. */
    public static final String FORMAT = "mlp-sandbox-experiment";
    /** The version this code writes, and the newest it reads. */
    public static final int VERSION = 1;

    private static final List<String> HISTORY_COLUMNS = List.of("epoch", "step", "trainLoss", "testLoss", "accuracy");
    /** Arrays whose elements go on lines of their own; all other arrays stay on one line. */
    private static final Set<String> ONE_PER_LINE = Set.of("layers", "parameters", "rows", "runs",
            "initialParameters");

    private static final ObjectMapper READER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private static final JsonFactory WRITER = new JsonFactory();

    private ExperimentFiles() {
    }

    /**
     * Saves atomically: a crash mid-save leaves the old file (if any) in place.
     *
     * @throws IOException when the file cannot be written
     */
    public static void save(Path file, Experiment experiment) throws IOException {
        AtomicFiles.write(file, out -> write(out, experiment));
    }

    /** The JSON text of an experiment, as {@link #save} writes it. */
    public static String toJson(Experiment experiment) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(out, experiment);
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory failed", e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Writes the JSON of an experiment to {@code out} (UTF-8), leaving the stream open. */
    public static void write(OutputStream out, Experiment experiment) throws IOException {
        try (JsonGenerator g = WRITER.createGenerator(out, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.setPrettyPrinter(prettyPrinter());
            g.writeStartObject();
            g.writeStringField("format", FORMAT);
            g.writeNumberField("version", VERSION);
            writeNetwork(g, experiment.network());
            writeParameters(g, "parameters", experiment.parameters());
            writeTraining(g, experiment.training());
            writeData(g, experiment.data());
            writeHistory(g, "history", experiment.history());
            if (!experiment.runs().isEmpty()) {
                g.writeArrayFieldStart("runs");
                for (SavedRun run : experiment.runs()) {
                    writeRun(g, run);
                }
                g.writeEndArray();
            }
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    private static void writeParameters(JsonGenerator g, String field, List<LayerParameters> parameters)
            throws IOException {
        g.writeArrayFieldStart(field);
        for (LayerParameters p : parameters) {
            g.writeStartObject();
            g.writeFieldName("weights");
            double[] w = p.weights();
            g.writeArray(w, 0, w.length);
            g.writeFieldName("bias");
            double[] b = p.bias();
            g.writeArray(b, 0, b.length);
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void writeRun(JsonGenerator g, SavedRun run) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", run.name());
        writeNetwork(g, run.network());
        writeParameters(g, "initialParameters", run.initialParameters());
        writeTraining(g, run.training());
        writeData(g, run.data());
        g.writeArrayFieldStart("features");
        for (String f : run.features()) {
            g.writeString(f);
        }
        g.writeEndArray();
        writeHistory(g, "curve", run.curve());
        g.writeObjectFieldStart("final");
        writeNumberOrNull(g, "trainLoss", run.trainLoss());
        writeNumberOrNull(g, "testLoss", run.testLoss());
        writeNumberOrNull(g, "trainAccuracy", run.trainAccuracy());
        writeNumberOrNull(g, "testAccuracy", run.testAccuracy());
        g.writeEndObject();
        if (run.thumbnailSize() > 0) {
            g.writeObjectFieldStart("thumbnail");
            g.writeNumberField("size", run.thumbnailSize());
            g.writeNumberField("classes", run.thumbnailClasses());
            g.writeFieldName("cells");
            g.writeBinary(run.thumbnail());
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static void writeNetwork(JsonGenerator g, NetworkSpec spec) throws IOException {
        g.writeObjectFieldStart("network");
        g.writeNumberField("inputs", spec.inputs());
        g.writeArrayFieldStart("layers");
        for (LayerSpec layer : spec.layers()) {
            g.writeStartObject();
            g.writeNumberField("size", layer.size());
            writeChoice(g, "activation", layer.activation());
            g.writeEndObject();
        }
        g.writeEndArray();
        writeChoice(g, "loss", spec.loss());
        writeChoice(g, "initializer", spec.initializer());
        g.writeNumberField("seed", spec.seed());
        g.writeEndObject();
    }

    private static void writeTraining(JsonGenerator g, TrainingSettings t) throws IOException {
        g.writeObjectFieldStart("training");
        writeChoice(g, "optimizer", t.optimizer());
        g.writeNumberField("learningRate", t.learningRate());
        writeNumberOrNull(g, "biasLearningRate", t.biasLearningRate());
        g.writeNumberField("batchSize", t.batchSize());
        g.writeNumberField("l1", t.l1());
        g.writeNumberField("l2", t.l2());
        g.writeBooleanField("shuffle", t.shuffle());
        g.writeNumberField("seed", t.seed());
        g.writeEndObject();
    }

    private static void writeData(JsonGenerator g, DataSpec d) throws IOException {
        g.writeObjectFieldStart("data");
        g.writeStringField("kind", d.kind().id());
        g.writeStringField("name", d.name());
        g.writeStringField("path", d.path());
        g.writeStringField("target", d.target());
        g.writeBooleanField("targetAsClasses", d.targetAsClasses());
        g.writeNumberField("samples", d.samples());
        g.writeNumberField("noise", d.noise());
        g.writeNumberField("testRatio", d.testRatio());
        g.writeNumberField("seed", d.seed());
        g.writeEndObject();
    }

    private static void writeHistory(JsonGenerator g, String field, List<HistoryRow> history) throws IOException {
        g.writeObjectFieldStart(field);
        g.writeArrayFieldStart("columns");
        for (String c : HISTORY_COLUMNS) {
            g.writeString(c);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("rows");
        for (HistoryRow r : history) {
            g.writeStartArray();
            g.writeNumber(r.epoch());
            g.writeNumber(r.step());
            writeNumberOrNull(g, r.trainLoss());
            writeNumberOrNull(g, r.testLoss());
            writeNumberOrNull(g, r.accuracy());
            g.writeEndArray();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void writeChoice(JsonGenerator g, String field, PluginChoice choice) throws IOException {
        g.writeObjectFieldStart(field);
        g.writeStringField("id", choice.id());
        g.writeObjectFieldStart("parameters");
        for (Map.Entry<String, Double> e : new TreeMap<>(choice.parameters()).entrySet()) {
            g.writeNumberField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void writeNumberOrNull(JsonGenerator g, String field, double v) throws IOException {
        g.writeFieldName(field);
        writeNumberOrNull(g, v);
    }

    private static void writeNumberOrNull(JsonGenerator g, double v) throws IOException {
        if (Double.isFinite(v)) {
            g.writeNumber(v);
        } else {
            g.writeNull();
        }
    }

    /** Objects indented with two spaces; arrays on one line except those named in {@link #ONE_PER_LINE}. */
    private static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter newline = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter.Indenter arrays = new DefaultPrettyPrinter.Indenter() {
            @Override
            public void writeIndentation(JsonGenerator g, int level) throws IOException {
                JsonStreamContext array = g.getOutputContext();
                JsonStreamContext parent = array.getParent();
                String name = parent == null ? null : parent.getCurrentName();
                if (name != null && ONE_PER_LINE.contains(name)) {
                    newline.writeIndentation(g, level);
                } else {
                    g.writeRaw(' ');
                }
            }

            @Override
            public boolean isInline() {
                return false;
            }
        };
        return new DefaultPrettyPrinter().withObjectIndenter(newline).withArrayIndenter(arrays);
    }

    /**
     * Opens an experiment file and checks everything: the JSON, the format and version, every field, that every plugin
     * is installed and accepts its parameters, and that the weights fit the network and are finite.
     *
     * @param plugins where the plugin ids are looked up
     * @throws ExperimentFileException naming the file and the problem in one line
     * @throws IOException             when the file cannot be read at all
     */
    public static Experiment load(Path file, PluginRegistry plugins) throws IOException {
        String name = file.toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ExperimentFileException(name, "no such file", e);
        } catch (AccessDeniedException e) {
            throw new ExperimentFileException(name, "permission denied", e);
        } catch (IOException e) {
            throw new ExperimentFileException(name, "cannot be read: " + e, e);
        }
        return read(bytes, name, plugins);
    }

    /**
     * Reads an experiment from JSON bytes, with all the checks of {@link #load}.
     *
     * @param fileName names the source in error messages
     */
    public static Experiment read(byte[] json, String fileName, PluginRegistry plugins)
            throws ExperimentFileException {
        JsonNode root;
        try {
            root = READER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new ExperimentFileException(fileName, "not valid JSON: " + firstLine(e.getOriginalMessage())
                    + at(e.getLocation()), e);
        } catch (IOException e) {
            throw new ExperimentFileException(fileName, "cannot be read: " + e.getMessage(), e);
        }
        if (root == null || root.isMissingNode()) {
            throw new ExperimentFileException(fileName, "the file is empty, not an experiment");
        }
        return new Reader(fileName, plugins).experiment(root);
    }

    private static String at(JsonLocation where) {
        return where == null || where.getLineNr() < 1 ? ""
                : " (line " + where.getLineNr() + ", column " + where.getColumnNr() + ")";
    }

    static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /** Reads the tree of one file, turning each problem into an exception naming the file and the field. */
    private static final class Reader {

        private final String file;
        private final PluginRegistry plugins;

        Reader(String file, PluginRegistry plugins) {
            this.file = file;
            this.plugins = plugins;
        }

        private ExperimentFileException problem(String message) {
            return new ExperimentFileException(file, message);
        }

        Experiment experiment(JsonNode root) throws ExperimentFileException {
            if (!root.isObject()) {
                throw problem("not an MLP Sandbox experiment: the JSON is " + describe(root) + ", not an object");
            }
            JsonNode format = root.get("format");
            if (format == null || !format.isTextual()) {
                throw problem("not an MLP Sandbox experiment: it has no \"format\" field (expected \"" + FORMAT
                        + "\")");
            }
            if (!format.asText().equals(FORMAT)) {
                throw problem("not an MLP Sandbox experiment: its format is \"" + format.asText() + "\", expected \""
                        + FORMAT + "\"");
            }
            long version = integer(root, "version", "version", 0, Integer.MAX_VALUE);
            if (version > VERSION) {
                throw problem("it is version " + version + " of the experiment format, but this MLP Sandbox reads "
                        + "version " + VERSION + " only; it was written by a newer MLP Sandbox");
            }
            if (version < 1) {
                throw problem("unsupported version " + version + " of the experiment format (this MLP Sandbox reads "
                        + "version " + VERSION + ")");
            }
            NetworkSpec spec = network(object(root, "network", "network"));
            Network built = build(spec);
            List<LayerParameters> parameters = parameters(field(root, "parameters", "parameters"), built,
                    "parameters");
            TrainingSettings training = training(object(root, "training", "training"));
            DataSpec data = data(object(root, "data", "data"));
            JsonNode history = root.get("history");
            List<HistoryRow> rows = history == null || history.isNull() ? List.of() : history(history, "history");
            JsonNode runs = root.get("runs");
            List<SavedRun> saved = runs == null || runs.isNull() ? List.of() : runs(runs);
            return new Experiment(spec, parameters, training, data, rows, saved);
        }

        /** The optional list of earlier runs; a problem is named with the run's place in the list. */
        private List<SavedRun> runs(JsonNode node) throws ExperimentFileException {
            if (!node.isArray()) {
                throw problem("runs must be an array, got " + describe(node));
            }
            List<SavedRun> out = new ArrayList<>();
            for (int r = 0; r < node.size(); r++) {
                String where = "runs[" + (r + 1) + "]";
                JsonNode run = node.get(r);
                if (!run.isObject()) {
                    throw problem(where + " must be an object, got " + describe(run));
                }
                try {
                    out.add(run(run));
                } catch (ExperimentFileException e) {
                    throw problem(where + ": " + e.problem());
                }
            }
            return out;
        }

        private SavedRun run(JsonNode node) throws ExperimentFileException {
            String name = text(node, "name", "name", false);
            NetworkSpec spec = network(object(node, "network", "network"));
            List<LayerParameters> initial = parameters(field(node, "initialParameters", "initialParameters"),
                    build(spec), "initialParameters");
            TrainingSettings training = training(object(node, "training", "training"));
            DataSpec data = data(object(node, "data", "data"));
            List<String> features = new ArrayList<>();
            JsonNode featureNode = node.get("features");
            if (featureNode != null && !featureNode.isNull()) {
                for (JsonNode f : array(node, "features", "features")) {
                    if (!f.isTextual()) {
                        throw problem("features holds " + describe(f) + ", not a feature name");
                    }
                    features.add(f.asText());
                }
            }
            JsonNode curveNode = node.get("curve");
            List<HistoryRow> curve = curveNode == null || curveNode.isNull() ? List.of()
                    : history(curveNode, "curve");
            JsonNode end = node.get("final");
            double[] finals = {Double.NaN, Double.NaN, Double.NaN, Double.NaN};
            if (end != null && !end.isNull()) {
                String[] names = {"trainLoss", "testLoss", "trainAccuracy", "testAccuracy"};
                for (int i = 0; i < names.length; i++) {
                    if (end.has(names[i])) {
                        finals[i] = real(end, names[i], "final." + names[i], true);
                    }
                }
            }
            int size = 0;
            int classes = 0;
            byte[] cells = new byte[0];
            JsonNode thumb = node.get("thumbnail");
            if (thumb != null && !thumb.isNull()) {
                size = (int) integer(thumb, "size", "thumbnail.size", 1, 1024);
                classes = thumb.has("classes") ? (int) integer(thumb, "classes", "thumbnail.classes", 0, 256) : 0;
                JsonNode c = field(thumb, "cells", "thumbnail.cells");
                try {
                    cells = c.isTextual() ? c.binaryValue() : null;
                } catch (IOException e) {
                    cells = null;
                }
                if (cells == null || cells.length != size * size) {
                    throw problem("thumbnail.cells must be " + size * size + " bytes in base64");
                }
            }
            try {
                return new SavedRun(name, spec, initial, training, data, features, curve, finals[0], finals[1],
                        finals[2], finals[3], size, classes, cells);
            } catch (IllegalArgumentException e) {
                throw problem(e.getMessage());
            }
        }

        private NetworkSpec network(JsonNode node) throws ExperimentFileException {
            int inputs = (int) integer(node, "inputs", "network.inputs", 1, Network.MAX_LAYER_SIZE);
            JsonNode layersNode = array(node, "layers", "network.layers");
            if (layersNode.isEmpty()) {
                throw problem("network.layers is empty; a network needs at least its output layer");
            }
            List<LayerSpec> layers = new ArrayList<>();
            for (int l = 0; l < layersNode.size(); l++) {
                String where = "network.layers[" + (l + 1) + "]";
                JsonNode layer = layersNode.get(l);
                if (!layer.isObject()) {
                    throw problem(where + " must be an object, got " + describe(layer));
                }
                int size = (int) integer(layer, "size", where + ".size", 1, Network.MAX_LAYER_SIZE);
                PluginChoice activation = choice(layer, "activation", where + ".activation", PluginKind.ACTIVATION);
                layers.add(new LayerSpec(size, activation));
            }
            PluginChoice loss = choice(node, "loss", "network.loss", PluginKind.LOSS);
            PluginChoice initializer = choice(node, "initializer", "network.initializer", PluginKind.INITIALIZER);
            long seed = integer(node, "seed", "network.seed", Long.MIN_VALUE, Long.MAX_VALUE);
            return new NetworkSpec(inputs, layers, loss, initializer, seed);
        }

        /** Builds the network to check the spec as a whole (e.g. softmax needs two neurons). */
        private Network build(NetworkSpec spec) throws ExperimentFileException {
            try {
                return Network.build(spec, plugins);
            } catch (RuntimeException e) {
                throw problem("network: " + firstLine(e.getMessage()));
            }
        }

        private List<LayerParameters> parameters(JsonNode node, Network network, String name)
                throws ExperimentFileException {
            if (!node.isArray()) {
                throw problem(name + " must be an array, got " + describe(node));
            }
            if (node.size() != network.layerCount()) {
                throw problem(name + " holds weights for " + node.size() + " layer(s), but network.layers has "
                        + network.layerCount());
            }
            List<LayerParameters> out = new ArrayList<>();
            for (int l = 0; l < node.size(); l++) {
                String where = name + "[" + (l + 1) + "]";
                JsonNode layer = node.get(l);
                if (!layer.isObject()) {
                    throw problem(where + " must be an object, got " + describe(layer));
                }
                int in = network.layer(l).inputs();
                int outs = network.layer(l).outputs();
                double[] w = numbers(layer, "weights", where + ".weights", (long) in * outs,
                        outs + " neurons × " + in + " inputs");
                double[] b = numbers(layer, "bias", where + ".bias", outs, "one per neuron");
                out.add(new LayerParameters(w, b));
            }
            return out;
        }

        private double[] numbers(JsonNode parent, String name, String where, long expected, String why)
                throws ExperimentFileException {
            JsonNode node = array(parent, name, where);
            if (node.size() != expected) {
                throw problem(where + " holds " + node.size() + " values, expected " + expected + " (" + why + ")");
            }
            double[] values = new double[node.size()];
            for (int i = 0; i < values.length; i++) {
                JsonNode v = node.get(i);
                if (!v.isNumber()) {
                    throw problem(where + "[" + i + "] is " + describe(v) + ", not a number");
                }
                values[i] = v.doubleValue();
                if (Double.isNaN(values[i])) {
                    throw problem(where + "[" + i + "] is NaN; the weights are broken (did training diverge?)");
                }
                if (Double.isInfinite(values[i])) {
                    throw problem(where + "[" + i + "] is infinite; the weights are broken (did training diverge?)");
                }
            }
            return values;
        }

        private TrainingSettings training(JsonNode node) throws ExperimentFileException {
            PluginChoice optimizer = choice(node, "optimizer", "training.optimizer", PluginKind.OPTIMIZER);
            double lr = real(node, "learningRate", "training.learningRate", false);
            double biasLr = real(node, "biasLearningRate", "training.biasLearningRate", true);
            int batch = (int) integer(node, "batchSize", "training.batchSize", 1, Integer.MAX_VALUE);
            double l1 = real(node, "l1", "training.l1", false);
            double l2 = real(node, "l2", "training.l2", false);
            boolean shuffle = bool(node, "shuffle", "training.shuffle");
            long seed = integer(node, "seed", "training.seed", Long.MIN_VALUE, Long.MAX_VALUE);
            try {
                return new TrainingSettings(optimizer, lr, biasLr, batch, l1, l2, shuffle, seed);
            } catch (IllegalArgumentException e) {
                throw problem("training: " + e.getMessage());
            }
        }

        private DataSpec data(JsonNode node) throws ExperimentFileException {
            String kindId = text(node, "kind", "data.kind", false);
            DataSpec.Kind kind = DataSpec.Kind.byId(kindId);
            if (kind == null) {
                throw problem("data.kind is \"" + kindId + "\"; expected one of generated, digits, csv, mnist");
            }
            String name = text(node, "name", "data.name", false);
            String path = text(node, "path", "data.path", true);
            String target = text(node, "target", "data.target", true);
            JsonNode classes = node.get("targetAsClasses");
            boolean asClasses = classes != null && !classes.isNull() && bool(node, "targetAsClasses",
                    "data.targetAsClasses");
            int samples = (int) integer(node, "samples", "data.samples", 0, Integer.MAX_VALUE);
            double noise = real(node, "noise", "data.noise", false);
            double testRatio = real(node, "testRatio", "data.testRatio", false);
            long seed = integer(node, "seed", "data.seed", Long.MIN_VALUE, Long.MAX_VALUE);
            try {
                return new DataSpec(kind, name, path, target, asClasses, samples, noise, testRatio, seed);
            } catch (IllegalArgumentException e) {
                throw problem("data: " + e.getMessage());
            }
        }

        private List<HistoryRow> history(JsonNode node, String name) throws ExperimentFileException {
            if (!node.isObject()) {
                throw problem(name + " must be an object, got " + describe(node));
            }
            JsonNode columnsNode = array(node, "columns", name + ".columns");
            List<String> columns = new ArrayList<>();
            columnsNode.forEach(c -> columns.add(c.asText()));
            int[] index = new int[HISTORY_COLUMNS.size()];
            for (int c = 0; c < index.length; c++) {
                index[c] = columns.indexOf(HISTORY_COLUMNS.get(c));
                if (index[c] < 0) {
                    throw problem(name + ".columns lacks \"" + HISTORY_COLUMNS.get(c) + "\"");
                }
            }
            JsonNode rowsNode = array(node, "rows", name + ".rows");
            List<HistoryRow> rows = new ArrayList<>();
            for (int r = 0; r < rowsNode.size(); r++) {
                String where = name + ".rows[" + (r + 1) + "]";
                JsonNode row = rowsNode.get(r);
                if (!row.isArray() || row.size() != columns.size()) {
                    throw problem(where + " must be an array of " + columns.size() + " values, got "
                            + describe(row));
                }
                double[] v = new double[index.length];
                for (int c = 0; c < index.length; c++) {
                    JsonNode cell = row.get(index[c]);
                    if (cell.isNull()) {
                        v[c] = Double.NaN;
                    } else if (cell.isNumber()) {
                        v[c] = cell.doubleValue();
                    } else {
                        throw problem(where + "[" + (index[c] + 1) + "] (" + HISTORY_COLUMNS.get(c) + ") is "
                                + describe(cell) + ", not a number");
                    }
                }
                if (!(v[0] >= 0) || !(v[1] >= 0) || v[0] != Math.rint(v[0]) || v[1] != Math.rint(v[1])) {
                    throw problem(where + ": epoch and step must be whole numbers >= 0");
                }
                rows.add(new HistoryRow((long) v[0], (long) v[1], v[2], v[3], v[4]));
            }
            return rows;
        }

        /** A plugin choice: {"id": …, "parameters": {…}}, or just the id as a string; checked against the registry. */
        private PluginChoice choice(JsonNode parent, String name, String where, PluginKind kind)
                throws ExperimentFileException {
            JsonNode node = field(parent, name, where);
            PluginChoice choice;
            if (node.isTextual()) {
                choice = PluginChoice.of(node.asText());
            } else if (node.isObject()) {
                String id = text(node, "id", where + ".id", false);
                Map<String, Double> values = new TreeMap<>();
                JsonNode params = node.get("parameters");
                if (params != null && !params.isNull()) {
                    if (!params.isObject()) {
                        throw problem(where + ".parameters must be an object, got " + describe(params));
                    }
                    for (var it = params.fields(); it.hasNext(); ) {
                        var e = it.next();
                        if (!e.getValue().isNumber()) {
                            throw problem(where + ".parameters." + e.getKey() + " is " + describe(e.getValue())
                                    + ", not a number");
                        }
                        values.put(e.getKey(), e.getValue().doubleValue());
                    }
                }
                choice = new PluginChoice(id, values);
            } else {
                throw problem(where + " must be a plugin id or {\"id\": …, \"parameters\": {…}}, got "
                        + describe(node));
            }
            try {
                plugins.configure(kind, choice);
            } catch (UnknownPluginException e) {
                throw problem(where + ": unknown " + kind.label() + " '" + choice.id() + "'; a plugin jar may be "
                        + "missing from the plugin folder. " + firstLine(e.getMessage()));
            } catch (RuntimeException e) {
                throw problem(where + ": " + firstLine(e.getMessage()));
            }
            return choice;
        }

        private JsonNode field(JsonNode parent, String name, String where) throws ExperimentFileException {
            JsonNode node = parent.get(name);
            if (node == null) {
                throw problem("missing field \"" + where + "\"");
            }
            return node;
        }

        private JsonNode object(JsonNode parent, String name, String where) throws ExperimentFileException {
            JsonNode node = field(parent, name, where);
            if (!node.isObject()) {
                throw problem(where + " must be an object, got " + describe(node));
            }
            return node;
        }

        private JsonNode array(JsonNode parent, String name, String where) throws ExperimentFileException {
            JsonNode node = field(parent, name, where);
            if (!node.isArray()) {
                throw problem(where + " must be an array, got " + describe(node));
            }
            return node;
        }

        private long integer(JsonNode parent, String name, String where, long min, long max)
                throws ExperimentFileException {
            JsonNode node = field(parent, name, where);
            if (!node.isIntegralNumber() || !node.canConvertToLong()) {
                throw problem(where + " must be a whole number, got " + describe(node));
            }
            long v = node.longValue();
            if (v < min || v > max) {
                throw problem(where + " is " + v + "; it must be " + min + " to " + max);
            }
            return v;
        }

        /** A finite number; {@code null} reads as NaN where {@code nullable}. */
        private double real(JsonNode parent, String name, String where, boolean nullable)
                throws ExperimentFileException {
            JsonNode node = field(parent, name, where);
            if (nullable && node.isNull()) {
                return Double.NaN;
            }
            if (!node.isNumber() || !Double.isFinite(node.doubleValue())) {
                throw problem(where + " must be a finite number" + (nullable ? " or null" : "") + ", got "
                        + describe(node));
            }
            return node.doubleValue();
        }

        private boolean bool(JsonNode parent, String name, String where) throws ExperimentFileException {
            JsonNode node = field(parent, name, where);
            if (!node.isBoolean()) {
                throw problem(where + " must be true or false, got " + describe(node));
            }
            return node.booleanValue();
        }

        private String text(JsonNode parent, String name, String where, boolean nullable)
                throws ExperimentFileException {
            JsonNode node = field(parent, name, where);
            if (nullable && node.isNull()) {
                return null;
            }
            if (!node.isTextual()) {
                throw problem(where + " must be a string" + (nullable ? " or null" : "") + ", got " + describe(node));
            }
            return node.asText();
        }

        /** A short description of a JSON value for messages: {@code "abc"}, 12, an array, an object, null. */
        private static String describe(JsonNode node) {
            if (node.isObject()) {
                return "an object";
            }
            if (node.isArray()) {
                return "an array";
            }
            if (node.isNull()) {
                return "null";
            }
            String text = node.toString();
            return text.length() > 40 ? text.substring(0, 37) + "..." : text;
        }
    }
}
