package org.mlpsandbox.engine.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.mlpsandbox.engine.limits.Excerpt;
import org.mlpsandbox.engine.plugin.Formula;
import org.mlpsandbox.engine.plugin.PluginRegistry;
import org.mlpsandbox.engine.train.EpochRules;
import org.mlpsandbox.engine.train.LearningRateSchedule;
import org.mlpsandbox.engine.train.StopConditions;

/**
 * Reads an {@link Experiment} from the JSON of one file: parses it, checks the format and version, and reads the
 * setup, the history and the saved runs, turning each problem into an exception naming the file and the field.
 */
final class ExperimentReader {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private final JsonFields fields;
    private final SetupReader setups;

    private ExperimentReader(String file, PluginRegistry plugins) {
        this.fields = new JsonFields(file);
        this.setups = new SetupReader(fields, plugins);
    }

    /** Parses {@code json} and reads it, with all the checks of {@link ExperimentFiles#load}. */
    static Experiment read(byte[] json, String fileName, PluginRegistry plugins) throws ExperimentFileException {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new ExperimentFileException(fileName, "not valid JSON: " + JsonFields.firstLine(
                    e.getOriginalMessage()) + at(e.getLocation()), e);
        } catch (IOException e) {
            throw new ExperimentFileException(fileName, "cannot be read: " + e.getMessage(), e);
        }
        if (root == null || root.isMissingNode()) {
            throw new ExperimentFileException(fileName, "the file is empty, not an experiment");
        }
        List<Formula> formulas = formulas(new JsonFields(fileName), root);
        PluginRegistry withFormulas;
        try {
            withFormulas = plugins.withFormulas(formulas);
        } catch (IllegalArgumentException e) {
            throw new ExperimentFileException(fileName, "formulas: " + JsonFields.firstLine(e.getMessage()), e);
        }
        return new ExperimentReader(fileName, withFormulas).experiment(root).withFormulas(formulas);
    }

    /** The optional "formulas" list (activations typed in the app); empty when absent. */
    private static List<Formula> formulas(JsonFields fields, JsonNode root) throws ExperimentFileException {
        JsonNode node = root.isObject() ? JsonFields.optional(root, "formulas") : null;
        List<Formula> out = new ArrayList<>();
        if (node == null) {
            return out;
        }
        fields.requireArray(node, "formulas");
        for (int i = 0; i < node.size(); i++) {
            String where = "formulas[" + (i + 1) + "]";
            JsonNode f = fields.requireObject(node.get(i), where);
            JsonNode d = JsonFields.optional(f, "derivative");
            try {
                out.add(new Formula(fields.text(f, "id", where + ".id", false),
                        fields.text(f, "name", where + ".name", false), fields.text(f, "f", where + ".f", false),
                        d == null || d.isNull() ? "" : fields.text(f, "derivative", where + ".derivative", false)));
            } catch (IllegalArgumentException e) {
                throw fields.problem(where + ": " + e.getMessage());
            }
        }
        return out;
    }

    private static String at(JsonLocation where) {
        return where == null || where.getLineNr() < 1 ? ""
                : " (line " + where.getLineNr() + ", column " + where.getColumnNr() + ")";
    }

    private Experiment experiment(JsonNode root) throws ExperimentFileException {
        checkFormat(root);
        SetupReader.Setup setup = setups.setup(root, "parameters");
        JsonNode history = JsonFields.optional(root, "history");
        List<HistoryRow> rows = history == null ? List.of() : history(history, "history");
        JsonNode runs = JsonFields.optional(root, "runs");
        List<SavedRun> saved = runs == null ? List.of() : runs(runs);
        return new Experiment(setup.network(), setup.parameters(), setup.training(), setup.data(), rows, saved,
                features(root)).withRules(rules(root)).withHidden(names(root, "hide"));
    }

    /** The optional "epochRules" (schedule and stop conditions); none when absent, as in older files. */
    private EpochRules rules(JsonNode root) throws ExperimentFileException {
        JsonNode node = JsonFields.optional(root, "epochRules");
        if (node == null) {
            return EpochRules.NONE;
        }
        fields.requireObject(node, "epochRules");
        try {
            LearningRateSchedule schedule = node.has("schedule")
                    ? LearningRateSchedule.parse(fields.text(node, "schedule", "epochRules.schedule", false))
                    : LearningRateSchedule.CONSTANT;
            double atLoss = node.has("stopAtLoss")
                    ? fields.real(node, "stopAtLoss", "epochRules.stopAtLoss", true) : Double.NaN;
            int patience = node.has("patience")
                    ? (int) fields.integer(node, "patience", "epochRules.patience", 0, Integer.MAX_VALUE) : 0;
            double seconds = node.has("maxSeconds")
                    ? fields.real(node, "maxSeconds", "epochRules.maxSeconds", true) : Double.NaN;
            return new EpochRules(schedule, new StopConditions(atLoss, patience, seconds));
        } catch (IllegalArgumentException e) {
            throw fields.problem("epochRules: " + JsonFields.firstLine(e.getMessage()));
        }
    }

    /** Checks that the root is an object with the right "format" and a "version" this code reads. */
    private void checkFormat(JsonNode root) throws ExperimentFileException {
        String format = ExperimentFiles.FORMAT;
        int version = ExperimentFiles.VERSION;
        if (!root.isObject()) {
            throw fields.problem("not an MLP Sandbox experiment: the JSON is " + JsonFields.describe(root)
                    + ", not an object");
        }
        JsonNode found = root.get("format");
        if (found == null || !found.isTextual()) {
            throw fields.problem("not an MLP Sandbox experiment: it has no \"format\" field (expected \"" + format
                    + "\")");
        }
        if (!found.asText().equals(format)) {
            throw fields.problem("not an MLP Sandbox experiment: its format is \"" + Excerpt.of(found.asText())
                    + "\", expected \"" + format + "\"");
        }
        long v = fields.integer(root, "version", "version", 0, Integer.MAX_VALUE);
        if (v > version) {
            throw fields.problem("it is version " + v + " of the experiment format, but this MLP Sandbox reads "
                    + "version " + version + " only; it was written by a newer MLP Sandbox");
        }
        if (v < 1) {
            throw fields.problem("unsupported version " + v + " of the experiment format (this MLP Sandbox reads "
                    + "version " + version + ")");
        }
    }

    /** The optional list of earlier runs; a problem is named with the run's place in the list. */
    private List<SavedRun> runs(JsonNode node) throws ExperimentFileException {
        fields.requireArray(node, "runs");
        List<SavedRun> out = new ArrayList<>();
        for (int r = 0; r < node.size(); r++) {
            String where = "runs[" + (r + 1) + "]";
            JsonNode run = fields.requireObject(node.get(r), where);
            try {
                out.add(run(run));
            } catch (ExperimentFileException e) {
                throw fields.problem(where + ": " + e.problem());
            }
        }
        return out;
    }

    /** The optional "features" list of names; empty when absent. */
    private List<String> features(JsonNode node) throws ExperimentFileException {
        return names(node, "features");
    }

    /** An optional list of names ("features", "hide"); empty when absent. */
    private List<String> names(JsonNode node, String field) throws ExperimentFileException {
        List<String> names = new ArrayList<>();
        JsonNode list = JsonFields.optional(node, field);
        if (list != null) {
            for (JsonNode f : fields.requireArray(list, field)) {
                if (!f.isTextual()) {
                    throw fields.problem(field + " holds " + JsonFields.describe(f) + ", not a "
                            + (field.equals("features") ? "feature name" : "control name"));
                }
                names.add(f.asText());
            }
        }
        return names;
    }

    private SavedRun run(JsonNode node) throws ExperimentFileException {
        String name = fields.text(node, "name", "name", false);
        SetupReader.Setup setup = setups.setup(node, "initialParameters");
        List<String> features = features(node);
        JsonNode curveNode = JsonFields.optional(node, "curve");
        List<HistoryRow> curve = curveNode == null ? List.of() : history(curveNode, "curve");
        JsonNode end = JsonFields.optional(node, "final");
        double[] finals = {Double.NaN, Double.NaN, Double.NaN, Double.NaN};
        long epochs = -1;
        double seconds = Double.NaN;
        if (end != null) {
            if (end.has("epochs")) {
                epochs = fields.integer(end, "epochs", "final.epochs", 0, Long.MAX_VALUE);
            }
            if (end.has("seconds")) {
                seconds = fields.real(end, "seconds", "final.seconds", true);
            }
            String[] names = {"trainLoss", "testLoss", "trainAccuracy", "testAccuracy"};
            for (int i = 0; i < names.length; i++) {
                if (end.has(names[i])) {
                    finals[i] = fields.real(end, names[i], "final." + names[i], true);
                }
            }
        }
        int size = 0;
        int classes = 0;
        byte[] cells = new byte[0];
        JsonNode thumb = JsonFields.optional(node, "thumbnail");
        if (thumb != null) {
            size = (int) fields.integer(thumb, "size", "thumbnail.size", 1, 1024);
            classes = thumb.has("classes") ? (int) fields.integer(thumb, "classes", "thumbnail.classes", 0, 256) : 0;
            JsonNode c = fields.field(thumb, "cells", "thumbnail.cells");
            try {
                cells = c.isTextual() ? c.binaryValue() : null;
            } catch (IOException e) {
                cells = null;
            }
            if (cells == null || cells.length != size * size) {
                throw fields.problem("thumbnail.cells must be " + size * size + " bytes in base64");
            }
        }
        try {
            return new SavedRun(name, setup.network(), setup.parameters(), setup.training(), setup.data(), features,
                    curve, finals[0], finals[1], finals[2], finals[3], size, classes, cells)
                    .withTime(epochs, seconds);
        } catch (IllegalArgumentException e) {
            throw fields.problem(e.getMessage());
        }
    }

    /** A history or curve: named columns (in any order, extra ones ignored) and rows of numbers or null. */
    private List<HistoryRow> history(JsonNode node, String name) throws ExperimentFileException {
        List<String> wanted = ExperimentWriter.HISTORY_COLUMNS;
        fields.requireObject(node, name);
        List<String> columns = new ArrayList<>();
        fields.array(node, "columns", name + ".columns").forEach(c -> columns.add(c.asText()));
        int[] index = new int[wanted.size()];
        for (int c = 0; c < index.length; c++) {
            index[c] = columns.indexOf(wanted.get(c));
            if (index[c] < 0) {
                throw fields.problem(name + ".columns lacks \"" + wanted.get(c) + "\"");
            }
        }
        JsonNode rowsNode = fields.array(node, "rows", name + ".rows");
        List<HistoryRow> rows = new ArrayList<>();
        for (int r = 0; r < rowsNode.size(); r++) {
            String where = name + ".rows[" + (r + 1) + "]";
            JsonNode row = rowsNode.get(r);
            if (!row.isArray() || row.size() != columns.size()) {
                throw fields.problem(where + " must be an array of " + columns.size() + " values, got "
                        + JsonFields.describe(row));
            }
            double[] v = new double[index.length];
            for (int c = 0; c < index.length; c++) {
                JsonNode cell = row.get(index[c]);
                if (cell.isNull()) {
                    v[c] = Double.NaN;
                } else if (cell.isNumber()) {
                    v[c] = cell.doubleValue();
                } else {
                    throw fields.problem(where + "[" + (index[c] + 1) + "] (" + wanted.get(c) + ") is "
                            + JsonFields.describe(cell) + ", not a number");
                }
            }
            if (!(v[0] >= 0) || !(v[1] >= 0) || v[0] != Math.rint(v[0]) || v[1] != Math.rint(v[1])) {
                throw fields.problem(where + ": epoch and step must be whole numbers >= 0");
            }
            rows.add(new HistoryRow((long) v[0], (long) v[1], v[2], v[3], v[4]));
        }
        return rows;
    }
}
