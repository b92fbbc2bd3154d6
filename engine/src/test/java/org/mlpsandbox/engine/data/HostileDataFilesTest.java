package org.mlpsandbox.engine.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Data files made to hurt, built at test time: a gzip bomb in an MNIST folder, an IDX stream longer than its header
 * says, a CSV cell of 5 MB, a CSV larger than the heap. Each ends quickly in one clear line, without allocating what
 * the file asks for.
 */
class HostileDataFilesTest {

    /** 2,700,000 images of 28×28: 2,116,800,000 bytes, just under the largest Java array. */
    static final int BOMB_IMAGES = 2_700_000;

    @Test
    void theBombBuilderMakesAValidGzipOfTheRightContent(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("small.gz");
        byte[] head = {1, 2, 3, 4, 5};
        GzipBomb.write(file, head, 3L << 20);
        byte[] all;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            all = in.readAllBytes(); // checks the CRC and length trailer too
        }
        assertEquals(5 + (3 << 20), all.length);
        assertArrayEquals(head, java.util.Arrays.copyOf(all, 5));
        assertArrayEquals(new byte[3 << 20], java.util.Arrays.copyOfRange(all, 5, all.length));
        assertTrue(Files.size(file) < 10_000, "three mebibytes of zeros pack into a few kilobytes");
    }

    @Test
    void aGzipBombInAnMnistFolderIsRefusedFromItsHeaderWithinFiveSeconds(@TempDir Path dir) throws IOException {
        long declared = (long) BOMB_IMAGES * 28 * 28;
        GzipBomb.write(dir.resolve(Mnist.TRAIN_IMAGES + ".gz"),
                GzipBomb.idxHeader(Idx.IMAGES_MAGIC, BOMB_IMAGES, 28, 28), declared);
        GzipBomb.write(dir.resolve(Mnist.TRAIN_LABELS + ".gz"), GzipBomb.idxHeader(Idx.LABELS_MAGIC, BOMB_IMAGES),
                BOMB_IMAGES);
        long size = Files.size(dir.resolve(Mnist.TRAIN_IMAGES + ".gz"));
        assertTrue(size > 1_500_000 && size < 3_000_000, "a 2 MB bomb: " + size);

        long start = System.nanoTime();
        DataFileException e = assertThrows(DataFileException.class, () -> Mnist.readDirectory(dir));
        double seconds = (System.nanoTime() - start) / 1e9;

        assertTrue(seconds < 5, "took " + seconds + " s");
        String m = e.getMessage();
        assertOneLine(m);
        assertTrue(m.startsWith(Mnist.TRAIN_IMAGES + ".gz (2,700,000 images of 28×28) needs "), m);
        assertTrue(m.contains("GB of memory but only ") && m.contains(" is available") && m.contains("-Xmx"), m);
    }

    @Test
    void anIdxStreamLongerThanItsHeaderIsNotReadToItsEnd(@TempDir Path dir) throws IOException {
        // 10 labels declared, then 200 MB of zeros: reading stops one byte after the tenth label
        Path labels = dir.resolve("labels.gz");
        GzipBomb.write(labels, GzipBomb.idxHeader(Idx.LABELS_MAGIC, 10), 200L << 20);
        long start = System.nanoTime();
        DataFileException e;
        try (InputStream in = Files.newInputStream(labels)) {
            e = assertThrows(DataFileException.class, () -> Idx.readLabels(in, "labels.gz"));
        }
        assertTrue((System.nanoTime() - start) / 1e9 < 1, "read past the declared size");
        assertOneLine(e.getMessage());
        assertTrue(e.getMessage().contains("goes on after the 10 labels its header announces"), e.getMessage());
    }

    @Test
    void aTruncatedGzipSaysHowMuchWasThere(@TempDir Path dir) throws IOException {
        Path labels = dir.resolve("labels.gz");
        GzipBomb.write(labels, GzipBomb.idxHeader(Idx.LABELS_MAGIC, 3 << 20), 1 << 20);
        try (InputStream in = Files.newInputStream(labels)) {
            DataFileException e = assertThrows(DataFileException.class, () -> Idx.readLabels(in, "labels.gz"));
            assertOneLine(e.getMessage());
            assertTrue(e.getMessage().contains("3,145,728 bytes) but only 1,048,576 bytes follow"), e.getMessage());
        }
    }

    @Test
    void aFiveMegabyteCsvCellIsQuotedAsAShortExcerpt(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("cell.csv");
        String cell = "x".repeat(5_000_000);
        Files.writeString(csv, "a,b,label\n1,2,0\n3," + cell + ",1\n");
        DataFileException e = assertThrows(DataFileException.class, () -> CsvImport.read(csv));
        String m = e.getMessage();
        assertOneLine(m);
        assertTrue(m.length() < 200, m.length() + " characters: " + m.substring(0, Math.min(m.length(), 300)));
        assertTrue(m.startsWith("cell.csv line 3, column 'b': 'xxxx"), m);
        assertTrue(m.contains("…") && m.contains("(5,000,000 characters)") && m.endsWith("is not a number"), m);
    }

    @Test
    void aCsvLargerThanTheHeapIsRefusedUnread(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("huge.csv");
        long size = Math.max(Runtime.getRuntime().maxMemory(), 1L << 30) * 2;
        try (RandomAccessFile f = new RandomAccessFile(csv.toFile(), "rw")) {
            f.setLength(size); // sparse: nothing is written, and nothing should be read
        }
        long start = System.nanoTime();
        DataFileException e = assertThrows(DataFileException.class, () -> CsvImport.read(csv));
        assertTrue((System.nanoTime() - start) / 1e9 < 5);
        assertOneLine(e.getMessage());
        assertTrue(e.getMessage().startsWith("huge.csv needs ") && e.getMessage().contains("is available"),
                e.getMessage());
    }

    @Test
    void theShippedDigitsStillLoad() throws IOException {
        TrainTestSplit digits = Mnist.shippedDigits();
        assertEquals(8000, digits.train().size());
        assertEquals(2000, digits.test().size());
    }

    static void assertOneLine(String message) {
        assertTrue(!message.isBlank() && !message.contains("\n") && !message.contains("\r"), message);
    }
}
