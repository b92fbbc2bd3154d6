package org.mlpsandbox.app.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mlpsandbox.app.model.ControlNames;
import org.mlpsandbox.app.model.DataSettings;
import org.mlpsandbox.app.model.Feature;
import org.mlpsandbox.app.model.SandboxModel;
import org.mlpsandbox.app.model.Setup;
import org.mlpsandbox.engine.net.LayerSpec;
import org.mlpsandbox.engine.plugin.PluginChoice;
import org.mlpsandbox.engine.plugin.PluginRegistry;
import org.mlpsandbox.engine.train.TrainingSettings;

/** Classroom controls in lesson files: the "hide" list, and Save as lesson read back to the same setup. */
class ClassroomLessonTest {

    private static final PluginRegistry PLUGINS = LessonFilesTest.PLUGINS;

    private static String withHide(String hide) {
        return LessonFilesTest.GOOD.replace("\"panels\": [\"boundary\", \"loss\"],",
                "\"panels\": [\"boundary\", \"loss\"],\n  \"hide\": " + hide + ",");
    }

    @Test
    void aLessonListsTheControlsItHides() throws Exception {
        Lesson l = LessonLibrary.read(withHide("[\"layers\", \"optimizer\", \"layers\", \"regularisation\"]"),
                "t.json", PLUGINS);
        assertEquals(List.of("layers", "optimizer", "regularisation"), l.hidden());
        Lesson s = LessonLibrary.read(withHide("\"learning-rate, batch\""), "t.json", PLUGINS);
        assertEquals(List.of("learning-rate", "batch"), s.hidden());
        assertEquals(List.of(), LessonLibrary.read(LessonFilesTest.GOOD, "t.json", PLUGINS).hidden());
    }

    @Test
    void anUnknownControlIsNamedWithItsLine() {
        String json = withHide("[\"layers\",\n    \"optimiser\"]");
        int line = json.substring(0, json.indexOf("\"optimiser\"")).split("\n", -1).length;
        LessonFormatException e = assertThrows(LessonFormatException.class,
                () -> LessonLibrary.read(json, "t.json", PLUGINS));
        assertTrue(e.getMessage().startsWith("line " + line + ": "), e.getMessage());
        assertTrue(e.getMessage().contains("unknown control 'optimiser'"), e.getMessage());
        assertTrue(e.getMessage().contains("optimizer") && e.getMessage().contains("regularisation"),
                e.getMessage()); // the known names
        assertThrows(LessonFormatException.class, () -> LessonLibrary.read(withHide("[3]"), "t.json", PLUGINS));
        assertThrows(LessonFormatException.class, () -> LessonLibrary.read(withHide("{}"), "t.json", PLUGINS));
    }

    @Test
    void saveAsLessonReadsBackToTheSameSetup() throws Exception {
        try (SandboxModel model = new SandboxModel(PLUGINS)) {
            Setup chosen = new Setup(new DataSettings("xor", 300, 0.35, 0.25, 7, 0), Set.of(Feature.X1, Feature.X2),
                    List.of(new LayerSpec(5, PluginChoice.of("relu")),
                            new LayerSpec(3, PluginChoice.of("leaky-relu").with("alpha", 0.2))),
                    PluginChoice.of("sigmoid"), PluginChoice.of("log-loss"), PluginChoice.of("he-normal"), 11,
                    new TrainingSettings(PluginChoice.of("sgd").with("momentum", 0.9), 0.03, 0.1, 16, 0.001,
                            0.0005, true, 5));
            model.apply(chosen);
            Setup current = model.currentSetup();
            LessonWriter.Draft draft = new LessonWriter.Draft("XOR, by hand!",
                    "Try one hidden layer first. Then two.\n\nWhy does <b>one</b> fail?", List.of("layers", "loss"));

            String json = LessonWriter.write(draft, current, model.network().outputCount(), false);
            Lesson lesson = LessonLibrary.read(json, LessonWriter.fileName(draft), PLUGINS);

            assertEquals("xor-by-hand", lesson.id());
            assertEquals("xor-by-hand.json", LessonWriter.fileName(draft));
            assertEquals("XOR, by hand!", lesson.title());
            assertEquals("Try one hidden layer first.", lesson.summary());
            assertEquals("<p>Then two.</p><p>Why does &lt;b&gt;one&lt;/b&gt; fail?</p>",
                    lesson.explanation());
            assertEquals(List.of("layers", "loss"), lesson.hidden());
            assertEquals(LessonView.PLAYGROUND, lesson.view());
            assertEquals(chosen.training(), lesson.setup().orElseThrow().trainingSettings());
            assertEquals(current, lesson.setup().orElseThrow().sandboxSetup());

            try (SandboxModel again = new SandboxModel(PLUGINS)) {
                again.apply(lesson.setup().orElseThrow().sandboxSetup());
                assertEquals(current, again.currentSetup());
                assertEquals(model.network().spec(), again.network().spec());
            }
            assertTrue(LessonWriter.notKept(current, true, false).isEmpty());
        }
    }

    @Test
    void whatALessonCannotKeepIsSaid() {
        Setup s = new Setup(new DataSettings("spiral", 300, 0.1, 0.2, 1, 3), Set.of(Feature.X1, Feature.SIN_X1),
                List.of(), PluginChoice.of("softmax"), PluginChoice.of("categorical-cross-entropy"),
                PluginChoice.of("xavier-uniform"), 1, TrainingSettings.defaults());
        assertEquals(4, LessonWriter.notKept(s, false, true).size());
        assertThrows(IllegalArgumentException.class,
                () -> LessonWriter.write(new LessonWriter.Draft(" ", "", List.of()), s, 3, false));
    }

    @Test
    void everyControlHasANameAndComponents() {
        for (ControlNames.Control c : ControlNames.all()) {
            assertTrue(c.name().matches("[a-z]+(-[a-z]+)*"), c.name());
            assertTrue(!c.components().isEmpty() && !c.label().isBlank(), c.name());
        }
        assertEquals(ControlNames.all().size(), ControlNames.all().stream().map(ControlNames.Control::name).distinct()
                .count());
    }
}
