package org.mlpsandbox.engine.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plugin folder watch reports a burst of jar changes once, after the folder is quiet, and ignores other files. */
class PluginFolderWatchTest {

    @TempDir
    Path folder;

    @Test
    void aJarWrittenInStepsIsReportedOnceAndOtherFilesNotAtAll() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        Semaphore called = new Semaphore(0);
        try (PluginFolderWatch watch = PluginFolderWatch.start(List.of(folder), () -> {
            calls.incrementAndGet();
            called.release();
        })) {
            Files.writeString(folder.resolve("notes.txt"), "not a plugin");
            assertTrue(!called.tryAcquire(1500, TimeUnit.MILLISECONDS), "a text file is no plugin");
            Path jar = folder.resolve("acme.jar");
            for (int i = 0; i < 3; i++) {
                Files.write(jar, new byte[] {(byte) i}); // a build writes in steps, well within the quiet time
                Thread.sleep(50);
            }
            assertTrue(called.tryAcquire(10, TimeUnit.SECONDS), "the change is reported");
            Thread.sleep(PluginFolderWatch.QUIET_MILLIS * 3);
            assertEquals(1, calls.get(), "one report for the burst");
            Files.delete(jar);
            assertTrue(called.tryAcquire(10, TimeUnit.SECONDS), "a removed jar is reported");
        }
    }
}
