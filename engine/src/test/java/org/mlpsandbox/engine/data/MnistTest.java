package org.mlpsandbox.engine.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MnistTest {

    /** Three 2×3 images; grey levels chosen to include 0 and 255. */
    private static final int[][] PIXELS = {
            {0, 255, 128, 1, 2, 3},
            {10, 20, 30, 40, 50, 60},
            {255, 254, 0, 0, 100, 200}};
    private static final int[] LABELS = {7, 0, 9};

    @TempDir
    Path dir;

    /** IDX bytes as the format describes them, written independently of the reader. */
    private static byte[] idx(int magic, int[] dims, int[] values) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(magic);
        for (int d : dims) {
            out.writeInt(d);
        }
        for (int v : values) {
            out.writeByte(v);
        }
        out.flush();
        return bytes.toByteArray();
    }

    private static byte[] images() throws IOException {
        int[] flat = Arrays.stream(PIXELS).flatMapToInt(Arrays::stream).toArray();
        return idx(0x00000803, new int[] {3, 2, 3}, flat);
    }

    private static byte[] labels() throws IOException {
        return idx(0x00000801, new int[] {3}, LABELS);
    }

    private static byte[] gzip(byte[] raw) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(raw);
        }
        return bytes.toByteArray();
    }

    private Path file(String name, byte[] content) throws IOException {
        return Files.write(dir.resolve(name), content);
    }

    private void assertSmallSet(Dataset data) {
        assertEquals(3, data.size());
        assertEquals(6, data.inputCount());
        assertEquals(10, data.targetCount());
        assertEquals(10, data.classCount());
        for (int i = 0; i < 3; i++) {
            for (int p = 0; p < 6; p++) {
                assertEquals(PIXELS[i][p] / 255.0, data.x()[i * 6 + p], 1e-12);
            }
            double[] oneHot = new double[10];
            oneHot[LABELS[i]] = 1;
            assertArrayEquals(oneHot, Arrays.copyOfRange(data.y(), i * 10, i * 10 + 10));
            assertEquals(LABELS[i], data.label(i));
        }
    }

    @Test
    void readsRawFiles() throws IOException {
        assertSmallSet(Mnist.read(file("img", images()), file("lbl", labels()), "small"));
    }

    @Test
    void readsGzipFiles() throws IOException {
        assertSmallSet(Mnist.read(file("img.gz", gzip(images())), file("lbl.gz", gzip(labels())), "small"));
    }

    @Test
    void detectsGzipByContentNotByName() throws IOException {
        assertSmallSet(Mnist.read(file("img.raw", gzip(images())), file("lbl.gz", labels()), "small"));
    }

    @Test
    void wrongMagicNamesTheFile() throws IOException {
        Path images = file("images.idx", labels());
        String message = assertThrows(DataFileException.class,
                () -> Mnist.read(images, file("labels.idx", labels()), "x")).getMessage();
        assertTrue(message.startsWith("images.idx is not an IDX image file"), message);
        assertTrue(message.contains("0x00000801") && message.contains("0x00000803"), message);
        byte[] text = "hello, world".getBytes();
        message = assertThrows(DataFileException.class,
                () -> Mnist.read(file("text.idx", text), file("labels2.idx", labels()), "x")).getMessage();
        assertTrue(message.startsWith("text.idx is not an IDX image file"), message);
    }

    @Test
    void truncatedRawFileIsReported() throws IOException {
        byte[] whole = images();
        Path cut = file("cut-images", Arrays.copyOf(whole, whole.length - 4));
        String message = assertThrows(DataFileException.class,
                () -> Mnist.read(cut, file("lbl", labels()), "x")).getMessage();
        assertTrue(message.startsWith("cut-images is truncated"), message);
        assertTrue(message.contains("18 bytes") && message.contains("only 14"), message);
    }

    @Test
    void fileEndingInsideTheHeaderIsReported() throws IOException {
        Path cut = file("short-labels", Arrays.copyOf(labels(), 6));
        String message = assertThrows(DataFileException.class,
                () -> Mnist.read(file("img", images()), cut, "x")).getMessage();
        assertTrue(message.startsWith("short-labels is truncated"), message);
    }

    @Test
    void truncatedGzipFileIsReported() throws IOException {
        byte[] zipped = gzip(images());
        Path cut = file("cut-images.gz", Arrays.copyOf(zipped, zipped.length - 12));
        String message = assertThrows(DataFileException.class,
                () -> Mnist.read(cut, file("lbl", labels()), "x")).getMessage();
        assertTrue(message.startsWith("cut-images.gz is truncated"), message);
    }

    @Test
    void imageAndLabelCountMismatchNamesBothFiles() throws IOException {
        Path twoLabels = file("two-labels", idx(0x00000801, new int[] {2}, new int[] {1, 2}));
        String message = assertThrows(DataFileException.class,
                () -> Mnist.read(file("three-images", images()), twoLabels, "x")).getMessage();
        assertTrue(message.contains("three-images") && message.contains("3 images"), message);
        assertTrue(message.contains("two-labels") && message.contains("2 labels"), message);
    }

    @Test
    void labelsOutsideZeroToNineAreReported() throws IOException {
        Path bad = file("bad-labels", idx(0x00000801, new int[] {3}, new int[] {1, 12, 3}));
        String message = assertThrows(DataFileException.class,
                () -> Mnist.read(file("img", images()), bad, "x")).getMessage();
        assertTrue(message.startsWith("bad-labels") && message.contains("12"), message);
    }

    @Test
    void readsADirectoryOfTheFourStandardFiles() throws IOException {
        file("train-images-idx3-ubyte.gz", gzip(images()));
        file("train-labels-idx1-ubyte.gz", gzip(labels()));
        file("t10k-images-idx3-ubyte", images());
        file("t10k-labels-idx1-ubyte", labels());
        TrainTestSplit mnist = Mnist.readDirectory(dir);
        assertSmallSet(mnist.train());
        assertSmallSet(mnist.test());
    }

    @Test
    void aMissingStandardFileIsNamed() throws IOException {
        file("train-images-idx3-ubyte.gz", gzip(images()));
        String message = assertThrows(DataFileException.class, () -> Mnist.readDirectory(dir)).getMessage();
        assertTrue(message.contains("train-labels-idx1-ubyte"), message);
    }

    @Test
    void shippedSubsetHasEightThousandAndTwoThousandDigitsOfAllClasses() throws IOException {
        TrainTestSplit digits = Mnist.shippedDigits();
        assertEquals(8000, digits.train().size());
        assertEquals(2000, digits.test().size());
        for (Dataset part : new Dataset[] {digits.train(), digits.test()}) {
            assertEquals(28 * 28, part.inputCount());
            assertEquals(10, part.classCount());
            double min = Arrays.stream(part.x()).min().orElseThrow();
            double max = Arrays.stream(part.x()).max().orElseThrow();
            assertEquals(0.0, min);
            assertEquals(1.0, max);
            int[] perClass = new int[10];
            for (int i = 0; i < part.size(); i++) {
                perClass[part.label(i)]++;
                double rowSum = 0;
                for (int c = 0; c < 10; c++) {
                    rowSum += part.y()[i * 10 + c];
                }
                assertEquals(1.0, rowSum, "one-hot row " + i);
            }
            for (int c = 0; c < 10; c++) {
                assertTrue(perClass[c] > part.size() / 20, part.name() + " has " + perClass[c] + " digits " + c);
            }
        }
        Set<Integer> trainImages = new HashSet<>();
        for (int i = 0; i < 8000; i++) {
            trainImages.add(Arrays.hashCode(Arrays.copyOfRange(digits.train().x(), i * 784, i * 784 + 784)));
        }
        int shared = 0;
        for (int i = 0; i < 2000; i++) {
            shared += trainImages.contains(
                    Arrays.hashCode(Arrays.copyOfRange(digits.test().x(), i * 784, i * 784 + 784))) ? 1 : 0;
        }
        assertEquals(0, shared, "test digits also in the training set");
    }
}
