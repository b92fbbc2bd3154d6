package org.mlpsandbox.engine.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlpsandbox.engine.TestNets;

/** Every way a file can be broken gives one line naming the file and the problem. */
class ExperimentFileErrorsTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static String goodJson;

    @TempDir
    Path dir;

    @BeforeAll
    static void writeAGoodFile() {
        goodJson = ExperimentFiles.toJson(IoFixtures.experiment());
    }

    /** Writes {@code text} to broken.json, loads it, and returns the message of the failure. */
    private String problemWith(String text) throws IOException {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        ExperimentFileException e = assertThrows(ExperimentFileException.class,
                () -> ExperimentFiles.load(file, TestNets.PLUGINS));
        String message = e.getMessage();
        assertTrue(message.startsWith(file + ": "), "names the file: " + message);
        assertFalse(message.contains("\n"), "one line: " + message);
        assertEquals(file.toString(), e.file());
        return message;
    }

    /** The good file with one change made to its JSON tree. */
    private String problemAfter(Consumer<ObjectNode> change) throws IOException {
        ObjectNode root = (ObjectNode) MAPPER.readTree(goodJson);
        change.accept(root);
        return problemWith(MAPPER.writeValueAsString(root));
    }

    private static ObjectNode node(ObjectNode root, String name) {
        return (ObjectNode) root.get(name);
    }

    private static ArrayNode weightsOfLayer(ObjectNode root, int l) {
        return (ArrayNode) root.get("parameters").get(l).get("weights");
    }

    private static void assertContains(String message, String... parts) {
        for (String part : parts) {
            assertTrue(message.contains(part), "expected '" + part + "' in: " + message);
        }
    }

    @Test
    void theGoodFileLoads() throws IOException {
        Path file = dir.resolve("good.json");
        Files.writeString(file, goodJson);
        assertEquals(3, ExperimentFiles.load(file, TestNets.PLUGINS).network().layers().size());
    }

    @Test
    void missingFile() {
        ExperimentFileException e = assertThrows(ExperimentFileException.class,
                () -> ExperimentFiles.load(dir.resolve("nope.json"), TestNets.PLUGINS));
        assertContains(e.getMessage(), "nope.json: no such file");
    }

    @Test
    void notJsonSaysWhere() throws IOException {
        assertContains(problemWith("{\n  \"format\" : \"mlp-sandbox-experiment\",\n  \"version\" : 1,\n  oops\n}"),
                "not valid JSON", "line 4, column");
        assertContains(problemWith(goodJson.substring(0, goodJson.length() / 2)), "not valid JSON", "line ");
        assertContains(problemWith("PK\u0003\u0004 binary junk"), "not valid JSON");
    }

    @Test
    void emptyFile() throws IOException {
        assertContains(problemWith(""), "empty");
    }

    @Test
    void notAnObject() throws IOException {
        assertContains(problemWith("[1, 2, 3]"), "not an MLP Sandbox experiment", "an array");
    }

    @Test
    void wrongFormatName() throws IOException {
        assertContains(problemAfter(root -> root.put("format", "keras-model")), "not an MLP Sandbox experiment",
                "\"keras-model\"", "mlp-sandbox-experiment");
        assertContains(problemAfter(root -> root.remove("format")), "no \"format\" field");
    }

    @Test
    void unsupportedVersion() throws IOException {
        assertContains(problemAfter(root -> root.put("version", 2)), "version 2", "reads version 1",
                "newer MLP Sandbox");
        assertContains(problemAfter(root -> root.put("version", 0)), "unsupported version 0");
        assertContains(problemAfter(root -> root.put("version", "one")), "version must be a whole number");
    }

    @Test
    void missingFields() throws IOException {
        assertContains(problemAfter(root -> node(root, "network").remove("layers")),
                "missing field \"network.layers\"");
        assertContains(problemAfter(root -> root.remove("parameters")), "missing field \"parameters\"");
        assertContains(problemAfter(root -> node(root, "training").remove("learningRate")),
                "missing field \"training.learningRate\"");
        assertContains(problemAfter(root -> node(root, "data").remove("seed")), "missing field \"data.seed\"");
        assertContains(problemAfter(root -> ((ObjectNode) root.get("network").get("layers").get(1)).remove("size")),
                "missing field \"network.layers[2].size\"");
    }

    @Test
    void unknownPluginIdSaysWhichAndThatAJarMayBeMissing() throws IOException {
        String m = problemAfter(root -> ((ObjectNode) root.get("network").get("layers").get(1).get("activation"))
                .put("id", "acme.swish"));
        assertContains(m, "network.layers[2].activation", "unknown activation 'acme.swish'", "plugin jar",
                "missing");
        assertContains(problemAfter(root -> node(node(root, "training"), "optimizer").put("id", "acme.lion")),
                "unknown optimizer 'acme.lion'", "plugin jar");
        assertContains(problemAfter(root -> node(node(root, "network"), "loss").put("id", "acme.hinge")),
                "unknown loss 'acme.hinge'");
        assertContains(problemAfter(root -> node(node(root, "network"), "initializer").put("id", "acme.ones")),
                "unknown initializer 'acme.ones'");
    }

    @Test
    void badHyperparameterValue() throws IOException {
        String m = problemAfter(root -> node((ObjectNode) root.get("network").get("layers").get(1).get("activation"),
                "parameters").put("alpha", 5.0));
        assertContains(m, "network.layers[2].activation", "alpha", "range");
        assertContains(problemAfter(root -> node(node(node(root, "training"), "optimizer"), "parameters")
                .put("gamma", 1.0)), "unknown parameter 'gamma'");
    }

    @Test
    void weightArraysOfTheWrongLength() throws IOException {
        assertContains(problemAfter(root -> weightsOfLayer(root, 0).remove(0)),
                "parameters[1].weights holds 9 values, expected 10 (5 neurons × 2 inputs)");
        assertContains(problemAfter(root -> ((ArrayNode) root.get("parameters").get(2).get("bias")).add(0.5)),
                "parameters[3].bias holds 2 values, expected 1");
        assertContains(problemAfter(root -> ((ArrayNode) root.get("parameters")).remove(2)),
                "weights for 2 layer(s), but network.layers has 3");
        assertContains(problemAfter(root -> ((ObjectNode) root.get("network").get("layers").get(0)).put("size", 6)),
                "parameters[1].weights holds 10 values, expected 12");
    }

    @Test
    void nanAndInfiniteWeights() throws IOException {
        String nan = goodJson.replaceFirst("\"weights\" : \\[ [^,]+,", "\"weights\" : [ NaN,");
        assertContains(problemWith(nan), "parameters[1].weights[0] is NaN");
        String inf = goodJson.replaceFirst("\"bias\" : \\[ [^,\\]]+", "\"bias\" : [ 1e999");
        assertContains(problemWith(inf), "parameters[1].bias[0] is infinite");
        assertContains(problemAfter(root -> weightsOfLayer(root, 1).set(3, "0.5")),
                "parameters[2].weights[3] is \"0.5\", not a number");
        assertContains(problemAfter(root -> weightsOfLayer(root, 1).set(2, MAPPER.nullNode())),
                "parameters[2].weights[2] is null, not a number");
    }

    @Test
    void invalidSettingsAndSpec() throws IOException {
        assertContains(problemAfter(root -> node(root, "training").put("learningRate", -1)),
                "training: the learning rate must be a positive number");
        assertContains(problemAfter(root -> node(root, "data").put("kind", "sql")), "data.kind is \"sql\"");
        assertContains(problemAfter(root -> ((ObjectNode) root.get("network").get("layers").get(2))
                .putObject("activation").put("id", "softmax")), "softmax");
        assertContains(problemAfter(root -> node(root, "network").put("inputs", 2.5)),
                "network.inputs must be a whole number, got 2.5");
    }
}
