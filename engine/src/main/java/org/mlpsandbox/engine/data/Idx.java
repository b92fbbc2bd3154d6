package org.mlpsandbox.engine.data;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.mlpsandbox.engine.limits.MemoryBudget;
import org.mlpsandbox.engine.limits.NotEnoughMemoryException;

/**
 * The IDX format of the MNIST files: a big-endian magic number (0x00000803 for a 3-D array of unsigned bytes, the
 * images; 0x00000801 for a 1-D array, the labels), one big-endian int per dimension, then the bytes in row-major order.
 * A gzip-compressed file is recognised by its first two bytes, whatever its name.
 */
final class Idx {

    static final int IMAGES_MAGIC = 0x00000803;
    static final int LABELS_MAGIC = 0x00000801;

    private static final int GZIP_MAGIC_1 = 0x1f;
    private static final int GZIP_MAGIC_2 = 0x8b;
    /** Bytes read from the (possibly unzipping) stream at a time. */
    private static final int CHUNK = 1 << 16;
    /**
     * Memory per pixel while loading: the byte read and the double {@link Mnist} makes of it (both are held at once).
     * Measured with the 60,000 training images of full MNIST: this asks for 423 MB, and the run needs between 384 and
     * 512 MB of heap in all.
     */
    static final long LOADED_BYTES_PER_PIXEL = 1 + Double.BYTES;
    /** Memory per label while loading: the byte read and its ten one-hot target doubles. */
    static final long LOADED_BYTES_PER_LABEL = 1 + 10 * Double.BYTES;

    /** {@code count} images of {@code rows × columns} grey levels, one byte each, image after image. */
    record Images(int count, int rows, int columns, byte[] pixels) {
    }

    private Idx() {
    }

    /** Reads an image file; {@code name} names it in error messages. */
    static Images readImages(InputStream in, String name) throws IOException {
        try (DataInputStream data = open(in)) {
            checkMagic(data, IMAGES_MAGIC, "image", name);
            int count = dimension(data, name);
            int rows = dimension(data, name);
            int columns = dimension(data, name);
            if (rows == 0 || columns == 0) {
                throw new DataFileException(name + " holds images of " + rows + "×" + columns + " pixels");
            }
            long size = (long) count * rows * columns;
            String what = String.format("%,d", count) + " images of " + rows + "×" + columns;
            budget(name, what, size, LOADED_BYTES_PER_PIXEL);
            if (size > Integer.MAX_VALUE - 8) {
                throw new DataFileException(name + " holds " + what + " pixels, too many to load at once");
            }
            byte[] pixels = readBody(data, (int) size, name, what);
            return new Images(count, rows, columns, pixels);
        } catch (ZipException e) {
            throw new DataFileException(name + " is not a valid gzip file: " + e.getMessage(), e);
        } catch (EOFException e) {
            throw new DataFileException(name + " is truncated: its gzip stream ends early", e);
        }
    }

    /** Reads a label file; {@code name} names it in error messages. */
    static byte[] readLabels(InputStream in, String name) throws IOException {
        try (DataInputStream data = open(in)) {
            checkMagic(data, LABELS_MAGIC, "label", name);
            int count = dimension(data, name);
            String what = String.format("%,d", count) + " labels";
            budget(name, what, count, LOADED_BYTES_PER_LABEL);
            return readBody(data, count, name, what);
        } catch (ZipException e) {
            throw new DataFileException(name + " is not a valid gzip file: " + e.getMessage(), e);
        } catch (EOFException e) {
            throw new DataFileException(name + " is truncated: its gzip stream ends early", e);
        }
    }

    /** Buffers {@code in} and unzips it when it starts with the gzip magic bytes. */
    private static DataInputStream open(InputStream in) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(in, 1 << 16);
        buffered.mark(2);
        int first = buffered.read();
        int second = buffered.read();
        buffered.reset();
        boolean gzip = first == GZIP_MAGIC_1 && second == GZIP_MAGIC_2;
        return new DataInputStream(gzip ? new BufferedInputStream(new GZIPInputStream(buffered), 1 << 16)
                : buffered);
    }

    private static void checkMagic(DataInputStream data, int expected, String kind, String name)
            throws IOException {
        int magic = header(data, name);
        if (magic != expected) {
            throw new DataFileException(name + " is not an IDX " + kind + " file: its magic number is "
                    + String.format("0x%08X", magic) + ", expected " + String.format("0x%08X", expected)
                    + (magic == IMAGES_MAGIC || magic == LABELS_MAGIC ? " (images and labels swapped?)" : ""));
        }
    }

    private static int dimension(DataInputStream data, String name) throws IOException {
        int size = header(data, name);
        if (size < 0) {
            throw new DataFileException(name + " has a negative size in its header: " + size);
        }
        return size;
    }

    private static int header(DataInputStream data, String name) throws IOException {
        try {
            return data.readInt();
        } catch (EOFException e) {
            throw new DataFileException(name + " is truncated: it ends inside its header", e);
        }
    }

    /**
     * Checks the size the header declares against the memory budget, before reading the body: a file cannot make the
     * reader allocate more than it announces, and what it announces must fit.
     *
     * @param perByte bytes of memory each byte of the body takes once loaded
     */
    private static void budget(String name, String what, long size, long perByte) throws DataFileException {
        try {
            MemoryBudget.ofRuntime().require(MemoryBudget.times(size, perByte), name + " (" + what + ")");
        } catch (NotEnoughMemoryException e) {
            throw new DataFileException(e.getMessage(), e);
        }
    }

    /**
     * Reads exactly {@code size} bytes in chunks of {@value #CHUNK} into an array of that size; a stream that goes on
     * beyond the declared size (a gzip bomb) is not read further than one byte past it.
     */
    private static byte[] readBody(DataInputStream data, int size, String name, String what) throws IOException {
        byte[] body = new byte[size];
        int filled = 0;
        while (filled < size) {
            int n = data.read(body, filled, Math.min(CHUNK, size - filled));
            if (n < 0) {
                throw new DataFileException(name + " is truncated: its header announces " + what + " ("
                        + String.format("%,d", size) + " bytes) but only " + String.format("%,d", filled)
                        + " bytes follow");
            }
            filled += n;
        }
        if (data.read() >= 0) {
            throw new DataFileException(name + " goes on after the " + what + " its header announces ("
                    + String.format("%,d", size) + " bytes); it is not a valid IDX file");
        }
        return body;
    }
}
