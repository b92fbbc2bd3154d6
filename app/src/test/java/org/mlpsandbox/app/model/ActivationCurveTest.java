package org.mlpsandbox.app.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mlpsandbox.api.Activation;
import org.mlpsandbox.engine.plugin.PluginKind;
import org.mlpsandbox.engine.plugin.PluginRegistry;

/** The activation viewer's numbers: f, f′ (against finite differences of f) and the probe points in range. */
class ActivationCurveTest {

    private static Activation builtIn(String id) {
        return (Activation) PluginRegistry.builtIn().find(PluginKind.ACTIVATION, id).orElseThrow().prototype();
    }

    @Test
    void anActivationThatNeverAnswersIsNamedWithinTheLimitInsteadOfFreezingTheViewer() {
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        Activation hangs = new Activation() {
            public String id() {
                return "test.hangs-in-viewer";
            }

            public String displayName() {
                return "Hangs";
            }

            public double apply(double z) {
                while (release.getCount() > 0) {
                    try {
                        release.await();
                    } catch (InterruptedException ignored) {
                        // a hung plugin does not listen
                    }
                }
                return z;
            }

            public double derivative(double z) {
                return 1;
            }
        };
        try {
            long start = System.nanoTime();
            ActivationCurve.CurveException e = assertThrows(ActivationCurve.CurveException.class,
                    () -> ActivationCurve.of(hangs, -1, 1, 11));
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(millis < org.mlpsandbox.engine.plugin.PluginThreads.CHECK_LIMIT_MILLIS + 3000, millis + " ms");
            assertTrue(e.getMessage().startsWith("test.hangs-in-viewer did not answer within 2 s"), e.getMessage());
        } finally {
            release.countDown();
        }
    }

    @Test
    void tanhAndItsSlopeMatchTheMathsAndFiniteDifferences() throws Exception {
        ActivationCurve c = ActivationCurve.of(builtIn("tanh"), -3, 3, 61);
        double[] z = c.z();
        assertEquals(61, z.length);
        assertEquals(-3, z[0], 0);
        assertEquals(3, z[60], 0);
        double h = 1e-5;
        for (int i = 0; i < z.length; i++) {
            assertEquals(Math.tanh(z[i]), c.f()[i], 1e-12);
            double central = (Math.tanh(z[i] + h) - Math.tanh(z[i] - h)) / (2 * h);
            assertEquals(central, c.derivative()[i], 1e-8, "f′ at " + z[i]);
        }
    }

    @Test
    void theProbePointsInTheRangeAreMarkedWithTheirValues() throws Exception {
        ActivationCurve c = ActivationCurve.of(builtIn("relu"), -1, 1, 11);
        double[] p = c.probes();
        assertTrue(p.length >= 10, p.length + " probe points");
        boolean hasZero = false;
        for (int i = 0; i < p.length; i++) {
            assertTrue(p[i] >= -1 && p[i] <= 1);
            assertEquals(Math.max(0, p[i]), c.probeF()[i], 0);
            assertEquals(p[i] > 0 ? 1 : 0, c.probeSlope()[i], 0, "relu′ at " + p[i]);
            hasZero |= p[i] == 0;
        }
        assertTrue(hasZero, "the check probes 0");
        assertEquals(0, ActivationCurve.of(builtIn("relu"), 20, 30, 5).probes().length);
    }

    @Test
    void aThrowingPluginAndABadRangeGiveOneLineMessages() {
        Activation broken = new Activation() {
            @Override
            public String id() {
                return "broken";
            }

            @Override
            public String displayName() {
                return "Broken";
            }

            @Override
            public double apply(double z) {
                if (z > 0.5) {
                    throw new IllegalStateException("boom");
                }
                return z;
            }

            @Override
            public double derivative(double z) {
                return 1;
            }
        };
        var e = assertThrows(ActivationCurve.CurveException.class, () -> ActivationCurve.of(broken, 0, 1, 3));
        assertEquals("broken.apply(1.0) threw IllegalStateException: boom", e.getMessage());
        assertTrue(assertThrows(ActivationCurve.CurveException.class,
                () -> ActivationCurve.of(builtIn("tanh"), 2, 1, 10)).getMessage().contains("from < to"));
        assertTrue(assertThrows(ActivationCurve.CurveException.class,
                () -> ActivationCurve.of(builtIn("softmax"), -1, 1, 10)).getMessage().contains("not elementwise"));
    }
}
