package org.mlpsandbox.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mlpsandbox.engine.math.Kernels;

/**
 * {@code train --precision} and {@code --backend}: the run uses them (its header names the products), bad values are
 * one-line errors naming the option, and the process gets its own setting back afterwards.
 */
class PrecisionOptionTest {

    private static final String[] RUN = {"train", "--data", "circle", "--samples", "200", "--layers", "64:tanh",
        "--batch", "32", "--epochs", "1"};

    private static String[] with(String... more) {
        String[] all = java.util.Arrays.copyOf(RUN, RUN.length + more.length);
        System.arraycopy(more, 0, all, RUN.length, more.length);
        return all;
    }

    @Test
    void trainRunsInFloat32WhenAskedAndSaysSo() {
        Cli.Result r = Cli.run(with("--precision", "float32")).expect(0);
        assertTrue(r.out().contains("products OpenBLAS") && r.out().contains("float32"), r.out());
        assertEquals("openblas-float64", Kernels.backendName(), "the process's own precision is back");
        Cli.Result standard = Cli.run(RUN).expect(0);
        assertTrue(standard.out().contains("float64"), standard.out());
    }

    @Test
    void trainOnTheJavaKernelsFusesNothing() {
        Cli.Result r = Cli.run(with("--backend", "java")).expect(0);
        assertTrue(r.out().contains("products Java kernels"), r.out());
        assertTrue(!r.out().contains("fused"), r.out());
    }

    @Test
    void badValuesAreOneLineErrors() {
        Cli.Result r = Cli.run(with("--precision", "half")).expect(2);
        assertTrue(r.err().contains("--precision: unknown precision 'half': use float64 or float32"), r.err());
        assertTrue(!r.err().contains("\tat "), "no stack trace: " + r.err());
        Cli.run(with("--backend", "gpu")).expect(2);
    }
}
