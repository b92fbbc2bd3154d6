package org.mlpsandbox.engine.math;

/**
 * Where the engine gets its {@link KernelBackend}: the one place that decides which implementation runs.
 *
 * <p>OpenBLAS ({@link OpenBlasKernels}) when its native library loads, else the pure-Java kernels
 * ({@link JavaKernels}), with the reason kept for {@link #description()}. Two system properties choose otherwise,
 * for measuring and for a machine where the native library misbehaves: {@value #BACKEND_PROPERTY} ("java" or
 * "openblas") and {@value #PRECISION_PROPERTY} ("float64", the default, or "float32" for the large products).
 */
public final class Kernels {

    /** System property naming the backend: "java" or "openblas" (the default, when it loads). */
    public static final String BACKEND_PROPERTY = "mlpsandbox.kernels";
    /** System property naming the precision of the native products: "float64" (default) or "float32". */
    public static final String PRECISION_PROPERTY = "mlpsandbox.precision";

    private Kernels() {
    }

    /** A new backend for one thread: OpenBLAS when it loads and is not switched off, else the Java kernels. */
    public static KernelBackend standard() {
        if (nativeInUse()) {
            return new OpenBlasKernels(precision());
        }
        return new JavaKernels();
    }

    /** The precision of the native products, from {@value #PRECISION_PROPERTY} (float64 when unset). */
    public static Precision precision() {
        String value = System.getProperty(PRECISION_PROPERTY);
        return value == null ? Precision.FLOAT64 : Precision.parse(value);
    }

    /** Whether {@link #standard()} gives the native backend. */
    public static boolean nativeInUse() {
        return !"java".equals(System.getProperty(BACKEND_PROPERTY)) && NativeBlas.get().loaded();
    }

    /** The backend's name as {@link KernelBackend#name()} gives it: "openblas-float64", "java", … */
    public static String backendName() {
        return nativeInUse() ? "openblas-" + precision().label() : "java";
    }

    /**
     * For people: which backend runs and why, e.g. "OpenBLAS 0.3.31 (JavaCPP), float64, 2 threads" (the large
     * products cut in halves for two threads, see {@link OpenBlasKernels}) or "Java kernels (OpenBLAS did not load: no
     * linux-arm64 natives)". When the environment forces OpenBLAS's kernels (OPENBLAS_CORETYPE), it says which:
     * "…, 1 thread, Haswell kernels forced".
     */
    public static String description() {
        NativeBlas blas = NativeBlas.get();
        if (nativeInUse()) {
            int threads = Helper.available() ? 2 : 1;
            String forced = System.getenv("OPENBLAS_CORETYPE");
            return NativeBlas.VERSION + " (JavaCPP), " + precision().label() + ", " + threads
                    + (threads == 1 ? " thread" : " threads")
                    + (blas.threads() > 1 ? " (OpenBLAS's own: " + blas.threads() + ")" : "")
                    + (forced == null || forced.isBlank() ? "" : ", " + forced + " kernels forced");
        }
        boolean off = "java".equals(System.getProperty(BACKEND_PROPERTY));
        return "Java kernels (" + (off ? "OpenBLAS switched off with -D" + BACKEND_PROPERTY + "=java"
                : "OpenBLAS did not load: " + blas.failure()) + ")";
    }
}
