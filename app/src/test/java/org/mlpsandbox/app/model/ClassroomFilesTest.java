package org.mlpsandbox.app.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlpsandbox.engine.io.Experiment;
import org.mlpsandbox.engine.io.ExperimentFiles;

/** An experiment file keeps the controls it hides, and opening one hides them again. */
class ClassroomFilesTest {

    @TempDir
    Path dir;

    @Test
    void theHiddenControlsGoThroughAFile() throws Exception {
        Path file = dir.resolve("class.mlp.json");
        try (SandboxModel teacher = new SandboxModel(TestPlugins.registry())) {
            teacher.classroom().hide(List.of("optimizer", "layers"));
            teacher.classroom().setShowingAll(true); // the teacher sees everything; the file still hides them
            ExperimentFiles.save(file, teacher.file().toExperiment());
        }
        String json = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(json.contains("\"hide\" : [ \"layers\", \"optimizer\" ]"), json);

        try (SandboxModel student = new SandboxModel(TestPlugins.registry())) {
            Experiment e = ExperimentFiles.load(file, student.plugins());
            assertEquals(List.of("layers", "optimizer"), e.hidden());
            student.file().open(e);
            assertEquals(Set.of("layers", "optimizer"), student.classroom().hidden());
            assertTrue(student.classroom().isHidden("layers"));
            assertEquals("experiment", student.classroom().hiddenBy());
            student.file().replaced(); // File → New
            assertTrue(student.classroom().hidden().isEmpty());
        }
    }

    @Test
    void namesThisVersionDoesNotKnowAreLeftOutOfAFileButRefusedFromALesson() throws Exception {
        Path file = dir.resolve("newer.mlp.json");
        try (SandboxModel teacher = new SandboxModel(TestPlugins.registry())) {
            ExperimentFiles.save(file, teacher.file().toExperiment().withHidden(List.of("noise", "time-machine")));
        }
        try (SandboxModel student = new SandboxModel(TestPlugins.registry())) {
            student.file().open(ExperimentFiles.load(file, student.plugins()));
            assertEquals(Set.of("noise"), student.classroom().hidden());
            IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                    () -> student.classroom().hide(List.of("time-machine")));
            assertTrue(bad.getMessage().contains("unknown control 'time-machine'"), bad.getMessage());
        }
    }
}
