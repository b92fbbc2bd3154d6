package org.mlpsandbox.engine.math;

import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.javacpp.Pointer;

/**
 * The native memory of one product's operands a, b and result c, in the precision of the products: what
 * {@link OpenBlasKernels} copies the engine's {@code double[]} arrays into before it calls GEMM. The buffers grow to
 * the largest shape seen and are then reused, so a training step allocates nothing. Both threads of a split product
 * read and write them through views of their own ({@link GemmHalf}); {@link #generation} tells a view that the
 * buffers were replaced.
 */
final class NativeOperands {

    final Precision precision;
    private Pointer a = allocate(0);
    private Pointer b = allocate(0);
    private Pointer c = allocate(0);
    /** Counts replacements of the buffers; a {@link GemmHalf} renews its views when this changes. */
    private long generation;

    NativeOperands(Precision precision) {
        this.precision = precision;
    }

    /** Makes room for a product with these operand and result sizes (in values). Allocates only to grow. */
    void ensure(long aLen, long bLen, long cLen) {
        if (a.capacity() < aLen) {
            a = allocate(aLen);
            generation++;
        }
        if (b.capacity() < bLen) {
            b = allocate(bLen);
            generation++;
        }
        if (c.capacity() < cLen) {
            c = allocate(cLen);
            generation++;
        }
    }

    long generation() {
        return generation;
    }

    Pointer a() {
        return a;
    }

    Pointer b() {
        return b;
    }

    Pointer c() {
        return c;
    }

    private Pointer allocate(long values) {
        return precision == Precision.FLOAT64 ? new DoublePointer(values) : new FloatPointer(values);
    }
}
