package org.mlpsandbox.app;

import org.mlpsandbox.engine.math.Kernels;

/**
 * For tests that switch the matrix products' precision or backend: the two system properties as a test found them,
 * put back afterwards, so that no test leaves one changed for the next.
 */
public final class KernelProperties {

    private final String precision = System.getProperty(Kernels.PRECISION_PROPERTY);
    private final String backend = System.getProperty(Kernels.BACKEND_PROPERTY);

    private KernelProperties() {
    }

    /** Keeps both properties, then clears the precision: the test starts at the default, float64. */
    public static KernelProperties keepAndStartAtFloat64() {
        KernelProperties kept = new KernelProperties();
        System.clearProperty(Kernels.PRECISION_PROPERTY);
        return kept;
    }

    /** Puts both properties back as they were. */
    public void restore() {
        put(Kernels.PRECISION_PROPERTY, precision);
        put(Kernels.BACKEND_PROPERTY, backend);
    }

    private static void put(String key, String value) {
        if (value == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, value);
        }
    }
}
