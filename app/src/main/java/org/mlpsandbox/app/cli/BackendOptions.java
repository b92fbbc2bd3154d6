package org.mlpsandbox.app.cli;

import java.util.concurrent.Callable;
import org.mlpsandbox.engine.math.Kernels;
import org.mlpsandbox.engine.math.Precision;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code --backend} and {@code --precision}: what computes the large matrix products, for one command. They set the
 * properties that {@link Kernels} reads for as long as the command runs, and put the process's own back afterwards
 * (commands also run in-process, in tests).
 */
final class BackendOptions {

    @Option(names = "--backend", paramLabel = "NAME",
            description = "The matrix products' backend: openblas (the default where it loads) or java.")
    String backend;

    @Option(names = "--precision", paramLabel = "P",
            description = "Precision of the native products: float64 (default) or float32, 1.2-1.4x faster on "
                    + "the digits. Plugins see double; with plain SGD the large layers' weights train in float32.")
    String precision;

    /**
     * Runs {@code work} with the chosen backend and precision.
     *
     * @throws ParameterException naming the option when a value is unknown, or OpenBLAS is asked for and did not load
     */
    <T> T applied(CommandLine commandLine, Callable<T> work) throws Exception {
        String oldBackend = System.getProperty(Kernels.BACKEND_PROPERTY);
        String oldPrecision = System.getProperty(Kernels.PRECISION_PROPERTY);
        try {
            choose(commandLine);
            return work.call();
        } finally {
            restore(Kernels.BACKEND_PROPERTY, oldBackend);
            restore(Kernels.PRECISION_PROPERTY, oldPrecision);
        }
    }

    private void choose(CommandLine commandLine) {
        if (backend != null) {
            if (!backend.equals("java") && !backend.equals("openblas")) {
                throw new ParameterException(commandLine, "unknown backend '" + backend + "'; use openblas or java");
            }
            System.setProperty(Kernels.BACKEND_PROPERTY, backend);
        }
        if (precision != null) {
            try {
                System.setProperty(Kernels.PRECISION_PROPERTY, Precision.parse(precision).label());
            } catch (IllegalArgumentException e) {
                throw new ParameterException(commandLine, "--precision: " + e.getMessage());
            }
        }
        if ("openblas".equals(backend) && !Kernels.nativeInUse()) {
            throw new ParameterException(commandLine, Kernels.description());
        }
    }

    private static void restore(String key, String value) {
        if (value == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, value);
        }
    }
}
