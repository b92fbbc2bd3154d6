package org.mlpsandbox.plugins.activation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.mlpsandbox.api.Activation;
import org.mlpsandbox.api.Activation.OutputKind;
import org.mlpsandbox.api.ActivationCode;
import org.mlpsandbox.plugins.Registered;

/** The optional hooks of the built-in activations: they write themselves as code and say truly what they give. */
class ActivationHooksTest {

    @Test
    void everyBuiltInActivationWritesItselfAsCode() {
        for (Activation a : Registered.activations()) {
            ActivationCode code = a.code().orElseThrow(() -> new AssertionError(a.id() + " offers no code"));
            assertTrue(code.label().startsWith(a.id()), code.label());
            assertTrue(code.java("zz").contains("zz") && code.python("zz").contains("zz"), a.id());
        }
    }

    @Test
    void tanhWritesItsOwnCoefficientTablesExactly() {
        String java = new Tanh().code().orElseThrow().javaFunctions();
        assertArrayEquals(Tanh.R, table(java, "TANH_R"));
        assertArrayEquals(Tanh.Q, table(java, "TANH_Q"));
        for (String line : java.split("\n")) {
            assertTrue(line.length() <= 110, line);
        }
    }

    @Test
    void theOutputKindsAreTrue() {
        double[] z = new double[61];
        for (int i = 0; i < z.length; i++) {
            z[i] = -15 + 0.5 * i;
        }
        for (Activation a : Registered.activations()) {
            if (a.outputKind() == OutputKind.PROBABILITIES) {
                double[] out = new double[z.length];
                a.forward(z, out, z.length, 1);
                assertTrue(Arrays.stream(out).allMatch(v -> v >= 0 && v <= 1), a.id());
            }
            if (a.outputKind() == OutputKind.DISTRIBUTION) {
                double[] row = {0.3, -2, 7.5};
                double[] p = new double[3];
                a.forward(row, p, 1, 3);
                assertEquals(1, p[0] + p[1] + p[2], 1e-12, a.id());
                assertTrue(Arrays.stream(p).allMatch(v -> v >= 0 && v <= 1), a.id());
            }
        }
        assertEquals(OutputKind.PROBABILITIES, new Sigmoid().outputKind());
        assertEquals(OutputKind.DISTRIBUTION, new Softmax().outputKind());
        assertEquals(OutputKind.ANY, new Tanh().outputKind());
    }

    private static double[] table(String java, String name) {
        Matcher m = Pattern.compile(name + " = \\{([^}]*)\\}").matcher(java);
        assertTrue(m.find(), name);
        return Arrays.stream(m.group(1).split(",")).map(String::strip).mapToDouble(Double::parseDouble).toArray();
    }
}
