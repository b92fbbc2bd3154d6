package org.mlpsandbox.app.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A jar dropped on the window is installed only after the user saw its name, size and SHA-256 and agreed. */
class FileDropTest {

    @TempDir
    Path dir;

    @Test
    void aDroppedJarIsShownWithNameSizeAndHashAndInstalledOnlyWhenTheUserAgrees() throws Exception {
        Path jar = Files.writeString(dir.resolve("thing.jar"), "abc", StandardCharsets.US_ASCII);
        Path folder = dir.resolve("plugins");
        List<String> asked = new ArrayList<>();
        List<String> reports = new ArrayList<>();
        int[] reloads = {0};
        FileDrop drop = new FileDrop(() -> reloads[0]++, p -> { }, p -> { }, reports::add);
        drop.setPluginFolder(folder);

        drop.setConfirm(q -> asked.add(q) && false);
        drop.accept(List.of(jar));
        assertFalse(Files.exists(folder.resolve("thing.jar")));
        assertEquals(0, reloads[0]);
        assertEquals(List.of("thing.jar was not installed."), reports);
        String question = asked.get(0);
        assertTrue(question.contains("thing.jar (3 bytes)"), question);
        // SHA-256 of "abc", from FIPS 180-2 appendix B.1
        assertTrue(question.contains("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"), question);
        assertTrue(question.contains("runs with your rights"), question);

        drop.setConfirm(q -> true);
        drop.accept(List.of(jar));
        assertTrue(Files.exists(folder.resolve("thing.jar")));
        assertEquals(1, reloads[0]);
    }
}
