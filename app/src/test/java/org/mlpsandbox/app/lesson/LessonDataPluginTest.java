package org.mlpsandbox.app.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlpsandbox.app.view.PluginJars;
import org.mlpsandbox.engine.data.Dataset;
import org.mlpsandbox.engine.plugin.PluginLibrary;

/**
 * A lesson's data may come from a dataset plugin, named by id with its settings like any plugin in a lesson; when the
 * plugin is not installed (or refuses a setting) the problem names the lesson file and the line of "source".
 */
class LessonDataPluginTest {

    static final String LESSON = """
            {
              "id": "my-bands",
              "order": 30,
              "title": "Bands from a plugin",
              "summary": "A lesson whose data comes from a dataset plugin.",
              "explanation": "<p>One edge, one neuron.</p>",
              "view": "playground",
              "panels": ["boundary", "loss"],
              "setup": {
                "data": {
                  "source": "acme.bands(edge=-1)", "samples": 300, "noise": 0.1, "seed": 5 },
                "network": { "hidden": ["4:tanh"], "output": "1:sigmoid", "loss": "log-loss" },
                "training": { "learningRate": 0.1, "epochs": 5 }
              }
            }
            """;

    @TempDir
    Path work;

    /** The line of "source" in the text, counted here from the text itself (1-based). */
    private static int sourceLine(String json) {
        List<String> lines = json.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("\"source\"")) {
                return i + 1;
            }
        }
        throw new AssertionError("no source line");
    }

    @Test
    void aMissingDatasetPluginIsReportedWithTheFileAndLine() throws Exception {
        Path lessons = Files.createDirectories(work.resolve("lessons"));
        Path file = lessons.resolve("bands.json");
        Files.writeString(file, LESSON);
        try (PluginLibrary none = PluginLibrary.open(List.of(Files.createDirectories(work.resolve("empty"))))) {
            LessonLibrary.Loaded loaded = new LessonLibrary(lessons).load(none.registry());
            assertEquals(1, loaded.problems().size(), loaded.problems().toString());
            String problem = loaded.problems().get(0).toString();
            assertEquals(11, sourceLine(LESSON));
            for (String part : List.of(file.toString(), "line " + sourceLine(LESSON) + ":", "unknown dataset 'acme.bands'", "plugin folder")) {
                assertTrue(problem.contains(part), "expected '" + part + "' in: " + problem);
            }
            assertTrue(loaded.find("my-bands").isEmpty());
        }
    }

    @Test
    void anInstalledDatasetPluginDrawsTheLessonsDataWithItsSettings() throws Exception {
        Path folder = Files.createDirectories(work.resolve("plugins"));
        Path jar = PluginJars.bands(work.resolve("build"));
        Files.copy(jar, folder.resolve(jar.getFileName()));
        try (PluginLibrary library = PluginLibrary.open(List.of(folder))) {
            Lesson lesson = LessonLibrary.read(LESSON, "bands.json", library.registry());
            LessonSetup setup = lesson.setup().orElseThrow();
            assertEquals(Map.of("edge", -1.0), setup.sandboxSetup().data().parameters());
            assertEquals("acme.bands", setup.sandboxSetup().data().generator());
            assertEquals(Map.of("edge", -1.0), setup.dataSpec(library.registry()).parameters());
            LessonRun run = setup.prepare(library.registry());
            Dataset train = run.data().train();
            assertEquals(240, train.size());
            int checked = 0;
            for (int i = 0; i < train.size(); i++) {
                double x1 = train.x()[2 * i];
                if (Math.abs(x1 + 1) > 0.6) { // the plugin's rule: class 1 right of x1 = edge = -1
                    assertEquals(x1 > -1 ? 1.0 : 0.0, train.y()[i], "sample " + i);
                    checked++;
                }
            }
            assertTrue(checked > 150, "checked " + checked);
        }
    }

    @Test
    void aSettingThePluginRefusesIsReportedWithTheLine() throws Exception {
        Path folder = Files.createDirectories(work.resolve("plugins"));
        Path jar = PluginJars.bands(work.resolve("build"));
        Files.copy(jar, folder.resolve(jar.getFileName()));
        try (PluginLibrary library = PluginLibrary.open(List.of(folder))) {
            LessonFormatException e = org.junit.jupiter.api.Assertions.assertThrows(LessonFormatException.class,
                    () -> LessonLibrary.read(LESSON.replace("edge=-1", "edge=9"), "bands.json", library.registry()));
            for (String part : List.of("line " + sourceLine(LESSON) + ":", "acme.bands", "edge", "outside its range")) {
                assertTrue(e.getMessage().contains(part), "expected '" + part + "' in: " + e.getMessage());
            }
        }
    }

    @Test
    void aBuiltInGivenSettingsIsToldItHasNone() {
        LessonFormatException e = org.junit.jupiter.api.Assertions.assertThrows(LessonFormatException.class,
                () -> LessonLibrary.read(LESSON.replace("acme.bands(edge=-1)", "circle(radius=2)"), "c.json",
                        org.mlpsandbox.engine.plugin.PluginRegistry.builtIn()));
        for (String part : List.of("line " + sourceLine(LESSON) + ":", "'circle' has no settings of its own")) {
            assertTrue(e.getMessage().contains(part), "expected '" + part + "' in: " + e.getMessage());
        }
    }
}
