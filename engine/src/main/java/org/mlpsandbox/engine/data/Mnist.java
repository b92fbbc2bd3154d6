package org.mlpsandbox.engine.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * MNIST handwritten digits in the IDX format of Yann LeCun's site: images of 28 × 28 grey levels and labels 0 to 9,
 * raw or gzip-compressed (recognised by content, not by name). Pixels become inputs in [0, 1] (grey level / 255, row
 * by row); labels become 10 one-hot target columns.
 *
 * <p>{@link #shippedDigits()} loads the 8,000 + 2,000 digit subset packed in this jar, so the digits lesson works
 * offline; {@link #readDirectory(Path)} loads the full set from a folder holding the four standard files.
 */
public final class Mnist {

    /** Number of classes: the digits 0 to 9. */
    public static final int CLASS_COUNT = 10;

    /** Base names of the standard files (each may also end in ".gz"). */
    public static final String TRAIN_IMAGES = "train-images-idx3-ubyte";
    public static final String TRAIN_LABELS = "train-labels-idx1-ubyte";
    public static final String TEST_IMAGES = "t10k-images-idx3-ubyte";
    public static final String TEST_LABELS = "t10k-labels-idx1-ubyte";

    private static final String SHIPPED_FOLDER = "mnist/";

    private Mnist() {
    }

    /**
     * Reads an image file and its label file into a dataset named {@code name}.
     *
     * @throws DataFileException when a file is not IDX, is truncated, or the counts differ
     */
    public static Dataset read(Path images, Path labels, String name) throws IOException {
        try (InputStream imageStream = Files.newInputStream(images);
             InputStream labelStream = Files.newInputStream(labels)) {
            return read(imageStream, images.getFileName().toString(), labelStream, labels.getFileName().toString(),
                    name);
        }
    }

    /**
     * Reads images and labels from streams, which are closed afterwards.
     *
     * @param imagesName names the image file in error messages
     * @param labelsName names the label file in error messages
     * @param name       the name of the dataset
     * @throws DataFileException when a stream is not IDX, is truncated, or the counts differ
     */
    public static Dataset read(InputStream images, String imagesName, InputStream labels, String labelsName,
                               String name) throws IOException {
        Idx.Images pixels;
        byte[] digits;
        try (images; labels) {
            pixels = Idx.readImages(images, imagesName);
            digits = Idx.readLabels(labels, labelsName);
        }
        if (digits.length != pixels.count()) {
            throw new DataFileException(imagesName + " holds " + pixels.count() + " images but " + labelsName
                    + " holds " + digits.length + " labels");
        }
        int inputs = pixels.rows() * pixels.columns();
        double[] x = new double[pixels.pixels().length];
        for (int k = 0; k < x.length; k++) {
            x[k] = (pixels.pixels()[k] & 0xFF) / 255.0;
        }
        double[] y = new double[digits.length * CLASS_COUNT];
        for (int i = 0; i < digits.length; i++) {
            int digit = digits[i] & 0xFF;
            if (digit >= CLASS_COUNT) {
                throw new DataFileException(labelsName + ": label " + (i + 1) + " is " + digit
                        + ", not a digit from 0 to 9");
            }
            y[i * CLASS_COUNT + digit] = 1;
        }
        return new Dataset(name, inputs, CLASS_COUNT, CLASS_COUNT, x, y);
    }

    /**
     * Reads the four standard files from {@code directory}: {@value #TRAIN_IMAGES}, {@value #TRAIN_LABELS},
     * {@value #TEST_IMAGES} and {@value #TEST_LABELS}, each with or without ".gz". The parts are named
     * "mnist (train)" and "mnist (test)".
     *
     * @throws DataFileException when a file is missing or broken
     */
    public static TrainTestSplit readDirectory(Path directory) throws IOException {
        Dataset train = read(find(directory, TRAIN_IMAGES), find(directory, TRAIN_LABELS), "mnist (train)");
        Dataset test = read(find(directory, TEST_IMAGES), find(directory, TEST_LABELS), "mnist (test)");
        return new TrainTestSplit(train, test);
    }

    /**
     * The MNIST subset shipped in this jar: 8,000 training and 2,000 test digits, about as many of each digit in both
     * parts, named "digits (train)" and "digits (test)". Read from the class path on every call.
     *
     * @throws IOException when the jar lacks the files (a broken build)
     */
    public static TrainTestSplit shippedDigits() throws IOException {
        return new TrainTestSplit(shipped(TRAIN_IMAGES, TRAIN_LABELS, "digits (train)"),
                shipped(TEST_IMAGES, TEST_LABELS, "digits (test)"));
    }

    private static Dataset shipped(String images, String labels, String name) throws IOException {
        try (InputStream imageStream = resource(images + ".gz"); InputStream labelStream = resource(labels + ".gz")) {
            return read(imageStream, images + ".gz", labelStream, labels + ".gz", name);
        }
    }

    private static InputStream resource(String file) throws IOException {
        InputStream in = Mnist.class.getResourceAsStream(SHIPPED_FOLDER + file);
        if (in == null) {
            throw new IOException("the shipped MNIST file " + SHIPPED_FOLDER + file + " is missing from the class path");
        }
        return in;
    }

    private static Path find(Path directory, String baseName) throws DataFileException {
        for (String candidate : new String[] {baseName + ".gz", baseName}) {
            Path file = directory.resolve(candidate);
            if (Files.isRegularFile(file)) {
                return file;
            }
        }
        throw new DataFileException(directory + " holds no " + baseName + " or " + baseName + ".gz");
    }
}
