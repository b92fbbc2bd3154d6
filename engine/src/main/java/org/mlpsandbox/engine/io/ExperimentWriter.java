package org.mlpsandbox.engine.io;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.mlpsandbox.engine.Version;
import org.mlpsandbox.engine.data.DrawnPoints;
import org.mlpsandbox.engine.net.LayerSpec;
import org.mlpsandbox.engine.net.NetworkSpec;
import org.mlpsandbox.engine.plugin.Formula;
import org.mlpsandbox.engine.plugin.PluginChoice;
import org.mlpsandbox.engine.train.EpochRules;
import org.mlpsandbox.engine.train.TrainingSettings;

/**
 * Writes an {@link Experiment} as the JSON described in {@link ExperimentFiles}: objects indented, short arrays on one
 * line, numbers so that they read back bit for bit and {@code null} for NaN.
 */
final class ExperimentWriter {

    /** The columns of a history or curve, in the order they are written (and looked up on reading). */
    static final List<String> HISTORY_COLUMNS = List.of("epoch", "step", "trainLoss", "testLoss", "accuracy");
    /** Arrays whose elements go on lines of their own; all other arrays stay on one line. */
    private static final Set<String> ONE_PER_LINE = Set.of("layers", "parameters", "rows", "runs", "formulas",
            "initialParameters", "points");
    private static final JsonFactory FACTORY = new JsonFactory();

    private ExperimentWriter() {
    }

    /** Writes the JSON of an experiment to {@code out} (UTF-8), leaving the stream open. */
    static void write(OutputStream out, Experiment experiment) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.setPrettyPrinter(prettyPrinter());
            g.writeStartObject();
            g.writeStringField("format", ExperimentFiles.FORMAT);
            g.writeNumberField("version", ExperimentFiles.VERSION);
            g.writeStringField("writtenBy", Version.nameAndVersion());
            if (!experiment.formulas().isEmpty()) {
                writeFormulas(g, experiment.formulas());
            }
            writeNetwork(g, experiment.network());
            writeParameters(g, "parameters", experiment.parameters());
            writeTraining(g, experiment.training());
            if (!experiment.rules().equals(EpochRules.NONE)) {
                writeRules(g, experiment.rules());
            }
            writeData(g, experiment.data());
            if (!experiment.features().isEmpty()) {
                writeStrings(g, "features", experiment.features());
            }
            if (!experiment.hidden().isEmpty()) {
                writeStrings(g, "hide", experiment.hidden());
            }
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

    private static void writeFormulas(JsonGenerator g, List<Formula> formulas) throws IOException {
        g.writeArrayFieldStart("formulas");
        for (Formula f : formulas) {
            g.writeStartObject();
            g.writeStringField("id", f.id());
            g.writeStringField("name", f.name());
            g.writeStringField("f", f.f());
            if (f.hasDerivative()) {
                g.writeStringField("derivative", f.derivative());
            } else {
                g.writeNullField("derivative");
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void writeParameters(JsonGenerator g, String field, List<LayerParameters> parameters)
            throws IOException {
        g.writeArrayFieldStart(field);
        for (LayerParameters p : parameters) {
            g.writeStartObject();
            writeNumbers(g, "weights", p.weights());
            writeNumbers(g, "bias", p.bias());
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
        writeStrings(g, "features", run.features());
        writeHistory(g, "curve", run.curve());
        g.writeObjectFieldStart("final");
        writeNumberOrNull(g, "trainLoss", run.trainLoss());
        writeNumberOrNull(g, "testLoss", run.testLoss());
        writeNumberOrNull(g, "trainAccuracy", run.trainAccuracy());
        writeNumberOrNull(g, "testAccuracy", run.testAccuracy());
        if (run.epochs() >= 0) {
            g.writeNumberField("epochs", run.epochs());
        }
        if (Double.isFinite(run.seconds())) {
            g.writeNumberField("seconds", run.seconds());
        }
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

    /** The schedule in {@code --lr-schedule}'s syntax and the stop conditions, null (or 0) for those that are off. */
    private static void writeRules(JsonGenerator g, EpochRules rules) throws IOException {
        g.writeObjectFieldStart("epochRules");
        g.writeStringField("schedule", rules.schedule().syntax());
        writeNumberOrNull(g, "stopAtLoss", rules.stop().stopAtLoss());
        g.writeNumberField("patience", rules.stop().patience());
        writeNumberOrNull(g, "maxSeconds", rules.stop().maxSeconds());
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
        if (d.classes() != 0) {
            g.writeNumberField("classes", d.classes());
        }
        if (!d.parameters().isEmpty()) {
            g.writeObjectFieldStart("parameters"); // a dataset plugin's own settings
            for (Map.Entry<String, Double> e : d.parameters().entrySet()) {
                g.writeNumberField(e.getKey(), e.getValue());
            }
            g.writeEndObject();
        }
        if (d.delimiter() != null) {
            g.writeStringField("delimiter", d.delimiter().toString());
        }
        if (d.decimalMark() != null) {
            g.writeStringField("decimalMark", d.decimalMark().toString());
        }
        if (!d.inputs().isEmpty()) {
            writeStrings(g, "inputs", d.inputs()); // CSV: the chosen input columns
        }
        if (!d.normalization().isNone()) {
            g.writeObjectFieldStart("normalization");
            g.writeStringField("method", d.normalization().method().id());
            writeNumbers(g, "shift", d.normalization().shift());
            writeNumbers(g, "scale", d.normalization().scale());
            g.writeEndObject();
        }
        if (!d.labels().isEmpty()) {
            writeStrings(g, "labels", d.labels());
        }
        if (d.drawn() != null) {
            writeDrawn(g, d.drawn());
        }
        g.writeEndObject();
    }

    /** {"classes": K (0 for values), "plane": [x1 from, x1 to, x2 from, x2 to], "points": [[x1, x2, class or value], …]}. */
    private static void writeDrawn(JsonGenerator g, DrawnPoints drawn) throws IOException {
        g.writeObjectFieldStart("drawn");
        g.writeNumberField("classes", drawn.classCount());
        writeNumbers(g, "plane", drawn.plane());
        g.writeArrayFieldStart("points");
        double[] x = drawn.x();
        double[] v = drawn.value();
        for (int i = 0; i < v.length; i++) {
            g.writeArray(new double[] {x[2 * i], x[2 * i + 1], v[i]}, 0, 3);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void writeHistory(JsonGenerator g, String field, List<HistoryRow> history) throws IOException {
        g.writeObjectFieldStart(field);
        writeStrings(g, "columns", HISTORY_COLUMNS);
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

    private static void writeStrings(JsonGenerator g, String field, List<String> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    private static void writeNumbers(JsonGenerator g, String field, double[] values) throws IOException {
        g.writeFieldName(field);
        g.writeArray(values, 0, values.length);
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
}
