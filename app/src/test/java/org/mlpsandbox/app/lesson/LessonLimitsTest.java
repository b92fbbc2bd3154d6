package org.mlpsandbox.app.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlpsandbox.engine.plugin.PluginRegistry;

/**
 * A lessons folder with a network too large for the heap, a broken file and an oversized one: each is listed with its
 * file and problem, within seconds and without building a network, and every other lesson still loads.
 */
class LessonLimitsTest {

    private static final PluginRegistry PLUGINS = PluginRegistry.builtIn();

    @Test
    void badLessonsAreListedWithTheirFileAndTheOthersLoad(@TempDir Path dir) throws IOException {
        int shipped = new LessonLibrary(dir.resolve("none")).load(PLUGINS).lessons().size();
        HostileLessons.writeInto(dir);

        long start = System.nanoTime();
        LessonLibrary.Loaded loaded = new LessonLibrary(dir).load(PLUGINS);
        assertTrue((System.nanoTime() - start) / 1e9 < 5, "loading took too long");

        // every shipped lesson, the good one, and the one whose learning rate is only found out by training
        assertEquals(shipped + 2, loaded.lessons().size(), loaded.ids().toString());
        assertTrue(loaded.find("fine").isPresent() && loaded.find("lr-huge").isPresent()
                && loaded.find("hidden-layer-circle").isPresent());

        List<LessonProblem> problems = loaded.problems();
        assertEquals(3, problems.size(), problems.toString());
        LessonProblem big = loaded.problemOf("big").orElseThrow();
        assertEquals(dir.resolve("big.json").toString(), big.source());
        assertEquals("big", big.id());
        assertTrue(big.message().startsWith("setup.network: training the network 2 → 30000 → 30000 → 1 ("),
                big.message());
        assertTrue(big.message().contains("GB of memory but only") && !big.message().contains("\n"), big.message());
        LessonProblem broken = loaded.problemOf("broken.json").orElseThrow();
        assertTrue(broken.message().startsWith("not valid JSON at line 1"), broken.message());
        LessonProblem huge = loaded.problemOf("huge").orElseThrow();
        assertEquals("is 2.0 MB; a lesson file is a short text of at most 1.0 MB", huge.message());
    }

    @Test
    void longValuesInALessonAreQuotedShort() {
        String longId = "A".repeat(500_000);
        LessonFormatException e = org.junit.jupiter.api.Assertions.assertThrows(LessonFormatException.class,
                () -> LessonLibrary.read(HostileLessons.lesson(longId, 1, "\"4:tanh\"", "0.1"), "long.json", PLUGINS));
        assertTrue(e.getMessage().length() < 250 && e.getMessage().contains("(500,000 characters)"), e.getMessage());
        String longLayer = "\"" + "9".repeat(200_000) + ":tanh\"";
        e = org.junit.jupiter.api.Assertions.assertThrows(LessonFormatException.class,
                () -> LessonLibrary.read(HostileLessons.lesson("x", 1, longLayer, "0.1"), "long.json", PLUGINS));
        assertTrue(e.getMessage().length() < 250 && e.getMessage().contains("(200,005 characters)"), e.getMessage());
    }

    @Test
    void aProblemIsFoundByIdFileNameOrNameWithoutItsNumber() {
        LessonProblem p = new LessonProblem("/home/t/lessons/07-big-net.json", "bad", "big");
        assertTrue(p.concerns("big") && p.concerns("07-big-net") && p.concerns("big-net")
                && p.concerns("07-big-net.json") && p.concerns(" BIG "));
        assertTrue(!p.concerns("net") && !p.concerns("07"));
        assertTrue(new LessonProblem("built-in lesson 03-x.json", "bad").concerns("x"));
    }
}
