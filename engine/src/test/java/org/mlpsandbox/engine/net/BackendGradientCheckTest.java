package org.mlpsandbox.engine.net;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mlpsandbox.engine.TestNets;
import org.mlpsandbox.engine.math.Kernels;

/**
 * Backpropagation against central finite differences on every backend: the Java kernels, OpenBLAS in float64 and in
 * float32. The network is large enough (batch 16, layers of 40 and 30) that its first products go to OpenBLAS and its
 * last one stays in Java, so both paths and the hand-over are checked. {@link GradientCheckTest} covers every
 * activation × loss on small networks, where every backend uses the Java loops.
 *
 * <p>Error per parameter array: ‖numeric − analytic‖ / ‖numeric‖. Float64 must agree to 1e-6; float32, whose loss
 * is itself rounded to about 1e-7, is checked with a larger step and must agree to 1e-2, still far below what a wrong
 * transposition or a missing term gives (order 1).
 */
class BackendGradientCheckTest {

    private static final int ROWS = 16;

    @ParameterizedTest
    @ValueSource(strings = {"java:float64", "openblas:float64", "openblas:float32"})
    void backpropMatchesFiniteDifferences(String backend) {
        String[] choice = backend.split(":");
        boolean float32 = choice[1].equals("float32");
        double h = float32 ? 1e-2 : 1e-6;
        double tolerance = float32 ? 1e-2 : 1e-6;
        Network net = TestNets.build("40,40:tanh,30:sigmoid,10:softmax", "categorical-cross-entropy",
                "xavier-normal", 3);
        for (int l = 0; l < net.layerCount(); l++) {
            double[] b = TestNets.randomArray(net.layer(l).outputs(), 30 + l, -0.5, 0.5);
            net.setParameters(l, net.layer(l).weights().clone(), b);
        }
        double[] x = TestNets.randomArray(ROWS * 40, 13, -1, 1);
        double[] t = new double[ROWS * 10];
        for (int r = 0; r < ROWS; r++) {
            t[r * 10 + (r * 7) % 10] = 1;
        }
        Workspace ws = with(choice[0], choice[1], () -> net.newWorkspace(ROWS));
        assertEquals(choice[0].equals("java") ? "java" : backend.replace(':', '-'), ws.kernels.name());
        double[] gradInput = new double[ROWS * 40];
        net.forward(x, ROWS, ws);
        net.backward(x, t, ROWS, ws, gradInput);

        for (int l = 0; l < net.layerCount(); l++) {
            double w = error(net, net.layer(l).weights(), ws.gradWeights(l), x, t, ws, h);
            assertTrue(w < tolerance, backend + " layer " + (l + 1) + " weights: relative error " + w);
            double b = error(net, net.layer(l).bias(), ws.gradBias(l), x, t, ws, h);
            assertTrue(b < tolerance, backend + " layer " + (l + 1) + " bias: relative error " + b);
        }
        double in = error(net, x, gradInput, x, t, ws, h);
        assertTrue(in < tolerance, backend + " input: relative error " + in);
    }

    @ParameterizedTest
    @ValueSource(strings = {"openblas:float64", "openblas:float32"})
    void theSameBatchGivesTheSameBits(String backend) {
        String[] choice = backend.split(":");
        Network net = TestNets.build("40,40:tanh,30:sigmoid,10:softmax", "categorical-cross-entropy",
                "xavier-normal", 3);
        double[] x = TestNets.randomArray(ROWS * 40, 13, -1, 1);
        double[] t = new double[ROWS * 10];
        Workspace first = with(choice[0], choice[1], () -> net.newWorkspace(ROWS));
        Workspace second = with(choice[0], choice[1], () -> net.newWorkspace(ROWS));
        net.forward(x, ROWS, first);
        double loss1 = net.backward(x, t, ROWS, first, null);
        net.forward(x, ROWS, second);
        double loss2 = net.backward(x, t, ROWS, second, null);
        assertEquals(loss1, loss2);
        assertArrayEquals(first.gradWeights(0), second.gradWeights(0));
    }

    /** ‖numeric − analytic‖ / ‖numeric‖ over one parameter array, by central differences of step h. */
    private static double error(Network net, double[] params, double[] analytic, double[] x, double[] t,
                                Workspace ws, double h) {
        double diff = 0;
        double size = 0;
        for (int i = 0; i < params.length; i++) {
            double keep = params[i];
            params[i] = keep + h;
            net.forward(x, ROWS, ws);
            double up = net.loss(t, ROWS, ws);
            params[i] = keep - h;
            net.forward(x, ROWS, ws);
            double down = net.loss(t, ROWS, ws);
            params[i] = keep;
            double numeric = (up - down) / (2 * h);
            diff += (numeric - analytic[i]) * (numeric - analytic[i]);
            size += numeric * numeric;
        }
        return Math.sqrt(diff / size);
    }

    /** Builds something while the system properties choose this backend and precision (Kernels reads them). */
    static <T> T with(String backend, String precision, Supplier<T> build) {
        String oldBackend = System.getProperty(Kernels.BACKEND_PROPERTY);
        String oldPrecision = System.getProperty(Kernels.PRECISION_PROPERTY);
        System.setProperty(Kernels.BACKEND_PROPERTY, backend);
        System.setProperty(Kernels.PRECISION_PROPERTY, precision);
        try {
            return build.get();
        } finally {
            restore(Kernels.BACKEND_PROPERTY, oldBackend);
            restore(Kernels.PRECISION_PROPERTY, oldPrecision);
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
