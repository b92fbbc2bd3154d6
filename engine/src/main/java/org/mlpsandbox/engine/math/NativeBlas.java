package org.mlpsandbox.engine.math;

import org.bytedeco.javacpp.Loader;
import org.bytedeco.openblas.global.openblas_nolapack;

/**
 * The OpenBLAS library of JavaCPP's presets, loaded once per process on first use. Loading can fail (no natives for
 * this platform in the jar, a temporary folder where libraries may not be unpacked or run): the failure is kept as a
 * one-line reason and {@link Kernels} falls back to the Java kernels.
 *
 * <p>OpenBLAS runs on {@code mlpsandbox.blasThreads} threads (default 1: for the batch sizes of this app a second
 * thread costs more in hand-over than it saves, measured on two cores; bench/README). The count is process-wide.
 */
final class NativeBlas {

    /** The version of OpenBLAS in the presets (org.bytedeco:openblas in the root pom). */
    static final String VERSION = "OpenBLAS 0.3.31";

    private static final NativeBlas INSTANCE = load();

    /** Null when the library is loaded, else why not. */
    private final String failure;
    private final int threads;

    private NativeBlas(String failure, int threads) {
        this.failure = failure;
        this.threads = threads;
    }

    /** The process's library, loaded on the first call. */
    static NativeBlas get() {
        return INSTANCE;
    }

    boolean loaded() {
        return failure == null;
    }

    /** Why the library did not load, in one line; null when it did. */
    String failure() {
        return failure;
    }

    int threads() {
        return threads;
    }

    private static NativeBlas load() {
        int threads = Integer.getInteger("mlpsandbox.blasThreads", 1);
        try {
            Loader.load(openblas_nolapack.class);
            openblas_nolapack.blas_set_num_threads(Math.max(1, threads));
            return new NativeBlas(null, openblas_nolapack.blas_get_num_threads());
        } catch (RuntimeException | LinkageError e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return new NativeBlas(reason.lines().findFirst().orElse(reason), 0);
        }
    }
}
