package org.mlpsandbox.app.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code train --lesson}: a lesson's training runs headless. */
class TrainLessonTest {

    @Test
    void aLessonByNumberTrainsItsSetupAndWritesTheModel(@TempDir Path dir) throws Exception {
        Path model = dir.resolve("lesson.json");
        Cli.Result r = Cli.run("train", "--lesson", "6", "--epochs", "3", "-q", "--save", model.toString())
                .expect(0);
        assertTrue(r.out().contains("lesson   6"), r.out());
        assertTrue(r.out().contains("accuracy"), r.out());
        assertTrue(Files.size(model) > 0);
        // the saved model is a normal experiment file: eval can open it
        Cli.run("eval", model.toString()).expect(0);
    }

    @Test
    void aLessonByIdWorksToo() {
        Cli.Result r = Cli.run("train", "--lesson", "xor-spiral", "--epochs", "2", "-q").expect(0);
        assertTrue(r.out().contains("done"), r.out());
    }

    @Test
    void anUnknownLessonListsTheLessons() {
        Cli.Result r = Cli.run("train", "--lesson", "no-such-lesson").expect(2);
        assertTrue(r.err().contains("no lesson 'no-such-lesson'") && r.err().contains("hidden-layer-circle"),
                r.err());
    }

    @Test
    void anInteractiveLessonSaysSo() {
        Cli.Result r = Cli.run("train", "--lesson", "1").expect(2);
        assertTrue(r.err().contains("interactive"), r.err());
    }

    @Test
    void dataOrNetworkOptionsDoNotGoWithALesson() {
        Cli.Result r = Cli.run("train", "--lesson", "6", "--data", "xor").expect(2);
        assertTrue(r.err().contains("leave out"), r.err());
    }
}
