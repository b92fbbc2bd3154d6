package org.mlpsandbox.app.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlpsandbox.engine.plugin.PluginChoice;
import org.mlpsandbox.engine.plugin.PluginRegistry;

/** A teacher's lesson files: good ones load from the user folder, bad ones are reported clearly and skipped. */
class LessonFilesTest {

    static final PluginRegistry PLUGINS = PluginRegistry.builtIn();

    static final String GOOD = """
            {
              // comments are allowed
              "id": "my-circle",
              "order": 20,
              "title": "My circle",
              "summary": "A teacher's own lesson.",
              "explanation": "<p>Look at the boundary.</p>",
              "view": "playground",
              "panels": ["boundary", "loss"],
              "setup": {
                "data": { "source": "circle", "samples": 200, "noise": 0.1, "seed": 3 },
                "network": { "hidden": ["8:tanh", "4:leaky-relu(alpha=0.1)"], "output": "1:sigmoid",
                             "loss": "log-loss" },
                "training": { "optimizer": "sgd(momentum=0.5)", "learningRate": 0.05, "biasLearningRate": 0.1,
                              "batch": 20, "l2": 0.001, "epochs": 30 }
              }
            }
            """;

    private static String problemFor(String json) {
        LessonFormatException e = assertThrows(LessonFormatException.class,
                () -> LessonLibrary.read(json, "test.json", PLUGINS));
        return e.getMessage();
    }

    private static void assertMentions(String message, String... parts) {
        for (String p : parts) {
            assertTrue(message.contains(p), "expected '" + p + "' in: " + message);
        }
    }

    @Test
    void readsEveryFieldOfAGoodLesson() throws Exception {
        Lesson l = LessonLibrary.read(GOOD, "good.json", PLUGINS);
        assertEquals("my-circle", l.id());
        assertEquals(20, l.order());
        assertEquals(LessonView.PLAYGROUND, l.view());
        assertEquals(List.of("boundary", "loss"), l.panels());
        assertTrue(l.shows("boundary"));
        LessonSetup s = l.setup().orElseThrow();
        assertEquals(2, s.inputCount());
        assertEquals(0.2, s.data().testRatio());
        assertEquals(new PluginChoice("leaky-relu", Map.of("alpha", 0.1)), s.network().hidden().get(1).activation());
        assertEquals("xavier-uniform", s.network().initializer().id());
        assertEquals(new PluginChoice("sgd", Map.of("momentum", 0.5)), s.trainingSettings().optimizer());
        assertEquals(0.1, s.trainingSettings().effectiveBiasLearningRate());
        assertEquals(20, s.trainingSettings().batchSize());
        assertEquals(0.001, s.trainingSettings().l2());
        assertEquals(30, s.epochs());
        assertEquals("[2, 8, 4, 1]", java.util.Arrays.toString(s.networkSpec().sizes()));
        assertTrue(l.explanationHtml().startsWith("<html>"));
    }

    @Test
    void paragraphListsBecomeHtmlParagraphs() throws Exception {
        Lesson l = LessonParser.parse("""
                {"id": "a", "order": 1, "title": "A", "summary": "s", "view": "learning-rate",
                 "explanation": ["One.", "<p>Two.</p>"]}""", "a.json");
        assertEquals("<p>One.</p><p>Two.</p>", l.explanation());
        assertTrue(l.setup().isEmpty());
    }

    @Test
    void notJsonNamesLineAndColumn() {
        assertMentions(problemFor("{ \"id\": \"x\", "), "not valid JSON", "line 1");
        assertMentions(problemFor("[1, 2]"), "one JSON object");
    }

    @Test
    void missingAndUnknownFieldsAreNamed() {
        assertMentions(problemFor(GOOD.replace("\"title\": \"My circle\",", "")), "missing field \"title\"");
        assertMentions(problemFor(GOOD.replace("\"learningRate\"", "\"learningrate\"")),
                "missing field \"setup.training.learningRate\"");
        assertMentions(problemFor(GOOD.replace("\"l2\": 0.001", "\"l3\": 0.001")),
                "unknown field \"setup.training.l3\"");
    }

    @Test
    void unknownViewListsTheViews() {
        assertMentions(problemFor(GOOD.replace("\"playground\"", "\"cinema\"")), "unknown view 'cinema'",
                "gradient-descent", "digits");
    }

    @Test
    void badValuesAreExplained() {
        assertMentions(problemFor(GOOD.replace("\"order\": 20", "\"order\": \"twenty\"")),
                "\"order\" must be a whole number");
        assertMentions(problemFor(GOOD.replace("\"learningRate\": 0.05", "\"learningRate\": -1")),
                "setup.training", "learning rate must be a positive number");
        assertMentions(problemFor(GOOD.replace("\"samples\": 200", "\"samples\": 0")), "setup.data",
                "samples must be between 1");
        assertMentions(problemFor(GOOD.replace("\"source\": \"circle\"", "\"source\": \"moon\"")),
                "unknown dataset 'moon'", "spiral", "digits");
        assertMentions(problemFor(GOOD.replace("\"8:tanh\"", "\"8:tahn\"")), "setup.network", "tahn");
        assertMentions(problemFor(GOOD.replace("\"8:tanh\"", "\"eight:tanh\"")), "size:activation");
        assertMentions(problemFor(GOOD.replace("\"1:sigmoid\"", "\"3:softmax\"")), "2 classes",
                "1 neuron (sigmoid) or 2 (softmax)");
        assertMentions(problemFor(GOOD.replace("\"panels\": [\"boundary\"", "\"panels\": [\"bondary\"")),
                "unknown panel 'bondary'");
        assertMentions(problemFor(GOOD.replace("momentum=0.5", "momentum=lots")), "must be a number");
        assertMentions(problemFor(GOOD.replace("\"view\": \"playground\"", "\"view\": \"one-neuron\"")),
                "takes no \"setup\"");
    }

    @Test
    void autoencoderTargetsAreTheInputs() throws Exception {
        String json = GOOD.replace("\"seed\": 3 }", "\"seed\": 3, \"targets\": \"inputs\" }")
                .replace("\"1:sigmoid\"", "\"2:identity\"").replace("\"log-loss\"", "\"mse\"");
        LessonRun run = LessonLibrary.read(json, "ae.json", PLUGINS).setup().orElseThrow().prepare(PLUGINS);
        assertEquals(2, run.data().train().targetCount());
        assertEquals(0, run.data().train().classCount());
        assertEquals(List.of(run.data().train().x().length), List.of(run.data().train().y().length));
        assertMentions(problemFor(json.replace("\"2:identity\"", "\"1:identity\"")), "autoencoder",
                "needs 2 neurons");
    }

    @Test
    void badUserFilesAreReportedAndSkippedWhileTheOthersLoad(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("good.json"), GOOD);
        Files.writeString(folder.resolve("broken.json"), "{ not json");
        Files.writeString(folder.resolve("copy.json"), GOOD.replace("\"order\": 20", "\"order\": 21"));
        Files.writeString(folder.resolve("taken.json"), GOOD.replace("\"my-circle\"", "\"digits\""));
        Files.writeString(folder.resolve("notes.txt"), "not a lesson");

        LessonLibrary.Loaded loaded = new LessonLibrary(folder).load(PLUGINS);

        assertEquals(13, loaded.lessons().size(), loaded.ids().toString());
        assertEquals("my-circle", loaded.lessons().get(12).id());
        assertEquals(3, loaded.problems().size(), loaded.problems().toString());
        assertMentions(loaded.problems().get(0).toString(), "broken.json", "not valid JSON");
        assertMentions(loaded.problems().get(1).toString(), "copy.json", "\"my-circle\" is already used by",
                "good.json");
        assertMentions(loaded.problems().get(2).toString(), "taken.json", "\"digits\" is already used by",
                "built-in lesson 12-digits.json");
    }

    @Test
    void aMissingUserFolderIsNoProblem() {
        assertEquals(List.of(), new LessonLibrary(Path.of("no", "such", "folder")).load(PLUGINS).problems());
        // beside the plugin folder in the home folder (~/.mlp-sandbox, moved by -Dmlpsandbox.home as in these tests)
        assertEquals(org.mlpsandbox.engine.plugin.PluginFolders.home().resolve("lessons"),
                LessonLibrary.defaultUserFolder());
    }
}
