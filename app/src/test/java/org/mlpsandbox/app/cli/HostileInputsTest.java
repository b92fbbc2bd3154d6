package org.mlpsandbox.app.cli;

import org.mlpsandbox.engine.data.GzipBomb;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlpsandbox.app.lesson.HostileLessons;
import org.mlpsandbox.engine.plugin.PluginFolders;

/**
 * The command line against the inputs of "no input can crash it": each ends in one line on stderr, exit code 1, no
 * stack trace and no usage text, and the big ones within five seconds without allocating what they ask for.
 */
class HostileInputsTest {

    private static Cli.Result refused(double seconds, String... args) {
        long start = System.nanoTime();
        Cli.Result r = Cli.run(args).expect(1);
        double took = (System.nanoTime() - start) / 1e9;
        assertTrue(took < seconds, "took " + took + " s: " + r);
        assertTrue(r.err().startsWith("error: ") && r.err().strip().lines().count() == 1, r.toString());
        assertTrue(!r.err().contains("Usage") && !r.err().contains("\tat ") && !r.err().contains("Exception"),
                r.toString());
        return r;
    }

    @Test
    void networksTooLargeForTheHeapAreRefusedWithWhatTheyNeedAndWhatThereIs() {
        for (String width : new String[] {"30000", "100000"}) {
            Cli.Result r = refused(5, "train", "--layers", width + ":relu," + width + ":relu");
            assertTrue(r.err().startsWith("error: training the network 2 → " + width + " → " + width + " → 1 ("),
                    r.err());
            assertTrue(r.err().contains(" GB of memory but only ") && r.err().contains("-Xmx"), r.err());
        }
    }

    @Test
    void aBatchTooLargeForTheHeapIsRefusedBeforeItsBuffersAreAllocated() {
        // 16,000 training samples in one batch through 100,000 neurons: 38 GB of z, a and δ
        Cli.Result r = refused(10, "train", "--samples", "20000", "--batch", "20000", "--layers", "100000:relu");
        assertTrue(r.err().startsWith("error: a batch of 16,000 samples needs ") && r.err().contains("GB of memory"),
                r.err());
    }

    @Test
    void aGzipBombInAnMnistFolderIsRefusedWithinFiveSeconds(@TempDir Path dir) throws IOException {
        int images = 2_700_000; // 2,116,800,000 bytes of pixels declared, and as many zeros inside
        GzipBomb.write(dir.resolve("train-images-idx3-ubyte.gz"), GzipBomb.idxHeader(0x803, images, 28, 28),
                (long) images * 28 * 28);
        GzipBomb.write(dir.resolve("train-labels-idx1-ubyte.gz"), GzipBomb.idxHeader(0x801, images), images);
        GzipBomb.write(dir.resolve("t10k-images-idx3-ubyte.gz"), GzipBomb.idxHeader(0x803, 10, 28, 28), 7840);
        GzipBomb.write(dir.resolve("t10k-labels-idx1-ubyte.gz"), GzipBomb.idxHeader(0x801, 10), 10);
        Cli.Result r = refused(5, "train", "--data", dir.toString(), "--epochs", "1");
        assertTrue(r.err().contains("train-images-idx3-ubyte.gz (2,700,000 images of 28×28) needs "), r.err());
    }

    @Test
    void aFiveMegabyteCsvCellGivesAShortLine(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("cell.csv");
        Files.writeString(csv, "a,b,label\n1,2,0\n3," + "7".repeat(2_500_000) + "x" + "7".repeat(2_500_000)
                + ",1\n4,5,0\n");
        Cli.Result r = refused(10, "train", "--data", csv.toString(), "--epochs", "1");
        assertTrue(r.err().length() < 300, r.err().length() + " characters");
        assertTrue(r.err().contains("(5,000,001 characters)"), r.err());
    }

    /** The lessons folder of {@link HostileLessons}; the home folder is moved for the test and put back. */
    @Test
    void badLessonsSayWhatIsWrongWithTheirFileAndTheOthersStillTrain(@TempDir Path home) throws IOException {
        HostileLessons.writeInto(home.resolve("lessons"));
        String saved = System.getProperty(PluginFolders.HOME_PROPERTY);
        System.setProperty(PluginFolders.HOME_PROPERTY, home.toString());
        try {
            Cli.run("train", "--lesson", "hidden-layer-circle", "--epochs", "2", "-q").expect(0);
            Cli.run("train", "--lesson", "fine", "--epochs", "2", "-q").expect(0);

            Cli.Result big = refused(5, "train", "--lesson", "big");
            assertTrue(big.err().startsWith("error: lesson 'big' cannot be used: " + home.resolve("lessons")
                    .resolve("big.json") + ": setup.network: training the network 2 → 30000 → 30000 → 1"), big.err());
            Cli.Result broken = refused(5, "train", "--lesson", "broken");
            assertTrue(broken.err().contains("broken.json: not valid JSON at line 1"), broken.err());
            Cli.Result huge = refused(5, "train", "--lesson", "huge");
            assertTrue(huge.err().contains("huge.json: is 2.0 MB; a lesson file is a short text"), huge.err());

            Cli.Result diverged = refused(10, "train", "--lesson", "lr-huge", "-q");
            assertTrue(diverged.err().startsWith("error: Training diverged at step "), diverged.err());
            assertTrue(diverged.err().contains("try a smaller learning rate (now 1.0E300)"), diverged.err());
        } finally {
            if (saved == null) {
                System.clearProperty(PluginFolders.HOME_PROPERTY);
            } else {
                System.setProperty(PluginFolders.HOME_PROPERTY, saved);
            }
        }
    }
}
