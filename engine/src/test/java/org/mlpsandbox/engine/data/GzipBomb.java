package org.mlpsandbox.engine.data;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Builds hostile gzip files at test time without compressing gigabytes: a valid gzip stream whose content is a short
 * head followed by {@code zeros} zero bytes, made of one deflate segment of a mebibyte of zeros repeated (each
 * segment ends in a full flush, so it refers to nothing before it and copies of it can follow each other).
 */
public final class GzipBomb {

    private static final int SEGMENT = 1 << 20;

    private GzipBomb() {
    }

    /** An IDX header: magic number, then one big-endian int per dimension. */
    public static byte[] idxHeader(int magic, int... dimensions) {
        ByteBuffer b = ByteBuffer.allocate(4 + 4 * dimensions.length);
        b.putInt(magic);
        for (int d : dimensions) {
            b.putInt(d);
        }
        return b.array();
    }

    /** Writes a gzip file holding {@code head} then {@code zeros} zero bytes (rounded down to whole mebibytes). */
    public static void write(Path file, byte[] head, long zeros) throws IOException {
        byte[] headSegment = deflate(head);
        byte[] zeroSegment = deflate(new byte[SEGMENT]);
        long segments = zeros / SEGMENT;
        CRC32 crc = new CRC32();
        crc.update(head);
        byte[] zeroBlock = new byte[SEGMENT];
        for (long i = 0; i < segments; i++) {
            crc.update(zeroBlock);
        }
        long length = head.length + segments * SEGMENT;
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, (byte) 0xff});
            out.write(headSegment);
            for (long i = 0; i < segments; i++) {
                out.write(zeroSegment);
            }
            out.write(new byte[] {3, 0}); // a final, empty fixed-Huffman block
            writeIntLittleEndian(out, (int) crc.getValue());
            writeIntLittleEndian(out, (int) length);
        }
    }

    /** Raw deflate of {@code data}, ending in a full flush and not final. */
    private static byte[] deflate(byte[] data) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        deflater.setInput(data);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[1 << 16];
        int n;
        while ((n = deflater.deflate(buffer, 0, buffer.length, Deflater.FULL_FLUSH)) > 0) {
            out.write(buffer, 0, n);
            if (n < buffer.length && deflater.needsInput()) {
                break;
            }
        }
        deflater.end();
        return out.toByteArray();
    }

    private static void writeIntLittleEndian(OutputStream out, int v) throws IOException {
        out.write(v);
        out.write(v >>> 8);
        out.write(v >>> 16);
        out.write(v >>> 24);
    }
}
