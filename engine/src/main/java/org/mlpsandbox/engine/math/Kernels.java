package org.mlpsandbox.engine.math;

/** Where the engine gets its {@link KernelBackend}: the one place that decides which implementation runs. */
public final class Kernels {

    private Kernels() {
    }

    /**
     * A new backend for one thread: the pure-Java kernels, which split large products with the helper thread when
     * the machine has a second processor.
     */
    public static KernelBackend standard() {
        return new JavaKernels();
    }
}
