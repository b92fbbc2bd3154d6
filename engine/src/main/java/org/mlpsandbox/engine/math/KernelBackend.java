package org.mlpsandbox.engine.math;

/**
 * The matrix products of backpropagation and the passes over whole parameter arrays that training makes every step,
 * behind one interface so that the network never knows which implementation runs: {@link JavaKernels} (plain Java
 * loops, the reference) or a native BLAS. {@link Kernels#standard()} picks one.
 *
 * <p>Every matrix is a flat row-major {@code double[]} that may be longer than its shape needs; the caller supplies
 * the output, which must not be one of the inputs. Shapes are checked before any work, and a wrong one is an
 * {@link IllegalArgumentException} naming the array and both of its dimensions. An implementation may keep scratch
 * space between calls: it is not thread-safe, so each thread uses its own instance. For the same inputs an
 * implementation gives the same bits every time (same seed ⇒ same training run), though two implementations may
 * round differently.
 *
 * <p>In the names of the layer {@code Z = A·Wᵀ + b}, {@code dW = δᵀ·A}, {@code dA = δ·W}:
 * m is the batch size for the forward product and the error passed back, n and k are a layer's outputs and inputs.
 */
public interface KernelBackend {

    /** A short name for reports and benchmarks, e.g. "java" or "openblas". */
    String name();

    /**
     * c = a · bᵀ (+ bias on every row): the forward pass Z = A·Wᵀ + b.
     *
     * @param a    reads m × k (A: batch × inputs)
     * @param b    reads n × k (W: outputs × inputs)
     * @param bias reads n values added to every row of c, or {@code null}
     * @param c    writes m × n (Z: batch × outputs)
     */
    void multiplyTransposeB(double[] a, double[] b, double[] bias, double[] c, int m, int k, int n);

    /**
     * c = aᵀ · b: the weight gradient dW = δᵀ·A.
     *
     * @param a reads k × m (δ: batch × outputs)
     * @param b reads k × n (A: batch × inputs)
     * @param c writes m × n (dW: outputs × inputs)
     * @return Σ c², the squared norm of the gradient (NaN or ∞ when a value is not finite)
     */
    double multiplyTransposeA(double[] a, double[] b, double[] c, int m, int k, int n);

    /**
     * c = a · b: the error passed back to the previous layer, dA = δ·W.
     *
     * @param a reads m × k (δ: batch × outputs)
     * @param b reads k × n (W: outputs × inputs)
     * @param c writes m × n (dA: batch × inputs)
     */
    void multiply(double[] a, double[] b, double[] c, int m, int k, int n);

    /** dst ← src; both arrays have the same length. */
    void copy(double[] src, double[] dst);

    /** Σ x² over the whole array. */
    double sumOfSquares(double[] x);

    /** Whether every value of the array is finite (no NaN, no ±∞). */
    boolean allFinite(double[] x);
}
