package org.mlpsandbox.plugins.activation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mlpsandbox.api.Activation;
import org.mlpsandbox.api.Parameters;

/** Hand-computed values of the elementwise activations. */
class ElementwiseActivationTest {

    @Test
    void identityPassesValuesThrough() {
        Identity f = new Identity();
        assertEquals(-2.5, f.apply(-2.5));
        assertEquals(1, f.derivative(-2.5));
        double[] gradA = {3, -4};
        double[] gradZ = new double[2];
        f.backward(new double[] {7, 8}, new double[] {7, 8}, gradA, gradZ, 1, 2);
        assertArrayEquals(new double[] {3, -4}, gradZ);
    }

    @Test
    void reluCutsNegativesAndKeepsNaN() {
        Relu f = new Relu();
        assertEquals(0, f.apply(-2));
        assertEquals(3, f.apply(3));
        assertEquals(0, f.derivative(-1));
        assertEquals(1, f.derivative(2));
        assertEquals(0, f.derivative(0), "slope at the kink");
        assertTrue(Double.isNaN(f.apply(Double.NaN)), "NaN must not be hidden as 0");
        double[] a = new double[3];
        f.forward(new double[] {-1, 0.5, Double.NaN}, a, 1, 3);
        assertEquals(0, a[0]);
        assertEquals(0.5, a[1]);
        assertTrue(Double.isNaN(a[2]));
    }

    @Test
    void leakyReluSlopeIsConfigurable() {
        LeakyRelu prototype = new LeakyRelu();
        assertEquals(-0.02, prototype.apply(-2), 1e-17);
        assertEquals(0.01, prototype.derivative(-1));
        assertEquals(3, prototype.apply(3));

        Activation steep = prototype.configure(Parameters.of(prototype.hyperparameters(), Map.of("alpha", 0.2)));
        assertNotSame(prototype, steep);
        assertEquals(-0.4, steep.apply(-2), 1e-16);
        assertEquals(0.2, steep.derivative(-1));
        assertEquals(1, steep.derivative(1));
        assertEquals("leaky-relu(alpha=0.2)", steep.toString());

        double[] a = new double[2];
        steep.forward(new double[] {-5, 5}, a, 2, 1);
        assertArrayEquals(new double[] {-1, 5}, a, 1e-15);
        double[] gradZ = new double[2];
        steep.backward(new double[] {-5, 5}, a, new double[] {10, 10}, gradZ, 2, 1);
        assertArrayEquals(new double[] {2, 10}, gradZ, 1e-15);

        assertEquals(-0.02, prototype.apply(-2), 1e-17, "configure must leave the prototype alone");
        assertEquals("leaky-relu(alpha=0.01)", prototype.toString());
    }

    @Test
    void sigmoidMatchesTheLogisticFormula() {
        Sigmoid f = new Sigmoid();
        assertEquals(0.5, f.apply(0));
        assertEquals(0.25, f.derivative(0));
        // e^z / (1 + e^z) is the same function written the other way round.
        assertEquals(Math.exp(2) / (1 + Math.exp(2)), f.apply(2), 1e-15);
        assertEquals(Math.exp(-3) / (1 + Math.exp(-3)), f.apply(-3), 1e-16);
        // σ'(z) = e^(−z) / (1 + e^(−z))²
        assertEquals(Math.exp(-1) / Math.pow(1 + Math.exp(-1), 2), f.derivative(1), 1e-15);
    }

    @Test
    void sigmoidSaturatesWithoutNaN() {
        Sigmoid f = new Sigmoid();
        assertEquals(1, f.apply(1000));
        assertEquals(0, f.apply(-1000));
        assertEquals(0, f.derivative(1000));
        assertEquals(0, f.derivative(-1000));
        double[] a = new double[2];
        f.forward(new double[] {1000, -1000}, a, 1, 2);
        assertArrayEquals(new double[] {1, 0}, a);
    }

    @Test
    void tanhBackwardUsesOneMinusASquared() {
        Tanh f = new Tanh();
        double a = Math.tanh(0.8);
        double[] gradZ = new double[1];
        f.backward(new double[] {0.8}, new double[] {a}, new double[] {2}, gradZ, 1, 1);
        double sech = 1 / Math.cosh(0.8);
        assertEquals(2 * sech * sech, gradZ[0], 1e-15);
        assertEquals(sech * sech, f.derivative(0.8), 1e-15);
    }

    @org.junit.jupiter.api.Test
    void saturatedSigmoidStillPassesAGradient() {
        Sigmoid f = new Sigmoid();
        double[] z = {40, -40};
        double[] a = new double[2];
        f.forward(z, a, 1, 2);
        org.junit.jupiter.api.Assertions.assertEquals(1.0, a[0]); // saturated to exactly 1 in doubles
        double[] g = new double[2];
        f.backward(z, a, new double[] {1, 1}, g, 1, 2);
        for (double slope : g) {
            org.junit.jupiter.api.Assertions.assertEquals(Math.exp(-40), slope, Math.exp(-40) * 1e-9);
        }
    }
}
