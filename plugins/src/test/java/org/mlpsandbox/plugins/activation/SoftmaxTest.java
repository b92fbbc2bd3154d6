package org.mlpsandbox.plugins.activation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SoftmaxTest {

    private final Softmax softmax = new Softmax();

    @Test
    void rowsArePositiveAndSumToOne() {
        SplittableRandom random = new SplittableRandom(5);
        int rows = 7;
        int cols = 4;
        double[] z = new double[rows * cols];
        for (int i = 0; i < z.length; i++) {
            z[i] = random.nextDouble(-10, 10);
        }
        double[] a = new double[z.length];
        softmax.forward(z, a, rows, cols);
        for (int r = 0; r < rows; r++) {
            double sum = 0;
            for (int c = 0; c < cols; c++) {
                assertTrue(a[r * cols + c] > 0);
                sum += a[r * cols + c];
            }
            assertEquals(1, sum, 1e-15, "row " + r);
        }
    }

    @Test
    void matchesTheDefinitionAndTreatsRowsSeparately() {
        double[] z = {1, 2, 0, 5, 5, 5};
        double[] a = new double[6];
        softmax.forward(z, a, 2, 3);
        double sum = Math.exp(1) + Math.exp(2) + Math.exp(0);
        assertArrayEquals(new double[] {Math.exp(1) / sum, Math.exp(2) / sum, 1 / sum, 1 / 3.0, 1 / 3.0, 1 / 3.0},
                a, 1e-15);
    }

    @Test
    void largeInputsGiveTheSameAnswerWithoutOverflow() {
        double[] a = new double[6];
        softmax.forward(new double[] {1001, 1002, 1000, -1000, -1001, -1002}, a, 2, 3);
        double sum = Math.exp(1) + Math.exp(2) + Math.exp(0);
        double tail = 1 + Math.exp(-1) + Math.exp(-2);
        assertArrayEquals(new double[] {Math.exp(1) / sum, Math.exp(2) / sum, 1 / sum,
                1 / tail, Math.exp(-1) / tail, Math.exp(-2) / tail}, a, 1e-15);

        softmax.forward(new double[] {1000, -1000}, a, 1, 2);
        assertEquals(1, a[0]);
        assertEquals(0, a[1]);
    }

    @Test
    void backwardIsTheVectorJacobianProductEvenInPlace() {
        int rows = 2;
        int cols = 3;
        double[] z = {0.3, -1.2, 2.0, 0.0, 0.5, -0.5};
        double[] gradA = {1.0, -2.0, 0.5, 0.25, 3.0, -1.0};
        double[] a = new double[6];
        softmax.forward(z, a, rows, cols);

        // Reference: the full Jacobian J[i][j] = ∂a_j/∂z_i = a_j (δ_ij − a_i), then gradZ_i = Σ_j J[i][j] gradA_j.
        double[] expected = new double[6];
        for (int r = 0; r < rows; r++) {
            for (int i = 0; i < cols; i++) {
                double sum = 0;
                for (int j = 0; j < cols; j++) {
                    double ai = a[r * cols + i];
                    double aj = a[r * cols + j];
                    double jacobian = (i == j ? ai * (1 - ai) : -ai * aj);
                    sum += jacobian * gradA[r * cols + j];
                }
                expected[r * cols + i] = sum;
            }
        }

        double[] inPlace = gradA.clone();
        softmax.backward(z, a, inPlace, inPlace, rows, cols);
        assertArrayEquals(expected, inPlace, 1e-15);
    }

    @Test
    void isNotElementwise() {
        assertFalse(softmax.elementwise());
        assertEquals(2, softmax.minimumWidth());
        UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class, () -> softmax.apply(1));
        assertTrue(e.getMessage().contains("whole layer"), e.getMessage());
        e = assertThrows(UnsupportedOperationException.class, () -> softmax.derivative(1));
        assertTrue(e.getMessage().contains("whole layer"), e.getMessage());
    }
}
