package org.mlpsandbox.plugins.activation;

import java.util.Optional;
import org.mlpsandbox.api.ActivationCode;
import org.mlpsandbox.api.Activation;

/**
 * The hyperbolic tangent, tanh(z) = (e^z − e^(−z)) / (e^z + e^(−z)); tanh′(z) = 1 − tanh²(z).
 *
 * <p>On JDK 17 {@link Math#tanh} is not an intrinsic and costs several times an {@link Math#exp}, and a loop that
 * calls {@code exp} cannot be vectorised. So this class computes tanh from multiplications, additions and divisions
 * only, which the JIT turns into vector instructions: about 6 ns a value here, against 15 ns with {@code exp} and
 * a branch. It is within 2.5 ulp of the true value (measured: 2.1; Math.tanh is allowed 2.5):
 * <ol>
 *   <li>Halve the argument, s = z/2, and take tanh s = s − s·y·R(y)/Q(y) with y = s². R/Q is Lambert's continued
 *       fraction for tanh cut after 22 levels (1, 3, …, 43) (a Padé approximant, degree 10 over 11 in y), accurate to 5e-18
 *       relative for |s| ≤ 10. Written as s minus a correction so that, for small s, rounding in the correction
 *       hardly shows. The coefficients are exact fractions rounded once ({@code TanhTest} derives them again).</li>
 *   <li>Double it back: tanh z = 2t / (1 + t²) with t = tanh s.</li>
 *   <li>The edges: |z| &gt; 19.1, where tanh rounds to ±1; |z| &lt; 1e-8, where it rounds to z itself (this also
 *       keeps the sign of −0). NaN stays NaN.</li>
 * </ol>
 * {@link #forward} runs these as three short loops over the batch rather than one long one: the JIT vectorises only
 * loops with small bodies. The backward pass uses the stored activation a: ∂C/∂z = ∂C/∂a · (1 − a²).
 */
public final class Tanh implements Activation {

    /** Beyond this |z|, tanh z rounds to ±1 (tanh 19.06 = 1 − 2⁻⁵⁴). */
    static final double SATURATED = 19.1;
    /** Below this |z|, tanh z = z − z³/3 + … rounds to z. */
    static final double LINEAR = 1e-8;

    /** R(y) = (Q(y) − P(y)) / y, lowest power first, where tanh s ≈ s·P(s²)/Q(s²). */
    static final double[] R = {0.3333333333333333, 0.02945736434108527, 0.0008265132485211895,
        1.0465504887890972e-05, 6.882215239182529e-08, 2.4957483834398183e-10, 5.041915926141047e-13,
        5.466973083373323e-16, 2.862089775603792e-19, 5.608641535574744e-23, 1.7734834895098008e-27};
    /** Q(y), lowest power first. */
    static final double[] Q = {1.0, 0.4883720930232558, 0.03592361505010399, 0.0009395407013104121,
        1.1455485079988767e-05, 7.354138569869331e-08, 2.6217962815933446e-10, 5.227793010975741e-13,
        5.60836031828815e-16, 2.9092023645026197e-19, 5.653510667859342e-23, 1.7734834895098008e-27};

    private static final double R0 = R[0], R1 = R[1], R2 = R[2], R3 = R[3], R4 = R[4], R5 = R[5], R6 = R[6],
            R7 = R[7], R8 = R[8], R9 = R[9], R10 = R[10];
    private static final double Q1 = Q[1], Q2 = Q[2], Q3 = Q[3], Q4 = Q[4], Q5 = Q[5], Q6 = Q[6], Q7 = Q[7],
            Q8 = Q[8], Q9 = Q[9], Q10 = Q[10], Q11 = Q[11];

    public Tanh() {
    }

    @Override
    public String id() {
        return "tanh";
    }

    @Override
    public String displayName() {
        return "Tanh";
    }

    @Override
    public double apply(double z) {
        return tanh(z);
    }

    @Override
    public double derivative(double z) {
        double t = tanh(z);
        return 1 - t * t;
    }

    @Override
    public void forward(double[] z, double[] a, int rows, int cols) {
        int n = rows * cols;
        for (int i = 0; i < n; i++) {
            a[i] = denominator(z[i]);
        }
        for (int i = 0; i < n; i++) {
            a[i] = doubled(z[i], a[i]);
        }
        for (int i = 0; i < n; i++) {
            double x = Math.abs(z[i]);
            if (x > SATURATED || x < LINEAR) {
                a[i] = edge(z[i]);
            }
        }
    }

    @Override
    public void backward(double[] z, double[] a, double[] gradA, double[] gradZ, int rows, int cols) {
        int n = rows * cols;
        for (int i = 0; i < n; i++) {
            double ai = a[i];
            gradZ[i] = gradA[i] * (1 - ai * ai);
        }
    }

    /** tanh(z) as described in the class comment: the same arithmetic as {@link #forward}, value by value. */
    static double tanh(double z) {
        double x = Math.abs(z);
        return x > SATURATED || x < LINEAR ? edge(z) : doubled(z, denominator(z));
    }

    /** Q(y) for y = (z/2)². */
    private static double denominator(double z) {
        double s = z * 0.5;
        double y = s * s;
        return 1 + y * (Q1 + y * (Q2 + y * (Q3 + y * (Q4 + y * (Q5 + y * (Q6 + y * (Q7 + y * (Q8 + y * (Q9
                + y * (Q10 + y * Q11))))))))));
    }

    /** t = tanh(z/2) from its denominator q, then tanh z = 2t / (1 + t²). */
    private static double doubled(double z, double q) {
        double s = z * 0.5;
        double y = s * s;
        double r = R0 + y * (R1 + y * (R2 + y * (R3 + y * (R4 + y * (R5 + y * (R6 + y * (R7 + y * (R8 + y * (R9
                + y * R10)))))))));
        double t = s - s * y * r / q;
        return 2 * t / (1 + t * t);
    }

    /** tanh where it rounds to ±1 (and at ±∞) or to z itself. */
    private static double edge(double z) {
        return Math.abs(z) > SATURATED ? Math.copySign(1.0, z) : z;
    }

    @Override
    public String toString() {
        return id();
    }

    /**
     * The same arithmetic as Java code ({@link #SATURATED}, {@link #LINEAR} and the coefficient tables {@link #R} and
     * {@link #Q}, whose lengths the loops follow); NumPy's own {@code np.tanh} in Python.
     */
    @Override
    public Optional<ActivationCode> code() {
        return Optional.of(new ActivationCode(id(), "tanh({z})", """
                    /**
                     * tanh as the sandbox computes it (within 2.5 ulp of the exact value): tanh(z/2) from Lambert's
                     * continued fraction, t = s - s*y*R(y)/Q(y) with s = z/2 and y = s*s, then tanh z = 2t / (1 + t*t).
                     */
                """ + javaArray("TANH_R", R) + javaArray("TANH_Q", Q) + """

                    private static double[] tanh(double[] z) {
                        for (int j = 0; j < z.length; j++) {
                            double x = Math.abs(z[j]);
                            if (x > 19.1) {
                                z[j] = Math.copySign(1.0, z[j]); // rounds to +-1 from here on
                            } else if (x >= 1e-8) { // below, tanh z rounds to z
                                double s = z[j] * 0.5;
                                double y = s * s;
                                double q = TANH_Q[11];
                                for (int k = 10; k >= 0; k--) {
                                    q = TANH_Q[k] + y * q;
                                }
                                double r = TANH_R[10];
                                for (int k = 9; k >= 0; k--) {
                                    r = TANH_R[k] + y * r;
                                }
                                double t = s - s * y * r / q;
                                z[j] = 2 * t / (1 + t * t);
                            }
                        }
                        return z;
                    }
                """, "np.tanh({z})", ""));
    }

    /**
     * A coefficient as this class's source spells it: plain decimals down to 1e-4, below that a two-digit exponent
     * ({@code 1.0465504887890972e-05}); the same double as {@link Double#toString} gives.
     */
    private static String literal(double v) {
        String s = Double.toString(v);
        int e = s.indexOf('E');
        if (e < 0) {
            return s;
        }
        int exponent = Integer.parseInt(s.substring(e + 1));
        if (exponent >= -4 && exponent < 0) {
            return new java.math.BigDecimal(s).toPlainString();
        }
        String digits = Integer.toString(Math.abs(exponent));
        return s.substring(0, e) + "e" + (exponent < 0 ? "-" : "+") + (digits.length() < 2 ? "0" : "") + digits;
    }

    /** {@code private static final double[] name = {...};} wrapped at 101 characters. */
    private static String javaArray(String name, double[] values) {
        StringBuilder b = new StringBuilder("    private static final double[] ").append(name).append(" = {");
        int lineStart = 0;
        for (int i = 0; i < values.length; i++) {
            String v = literal(values[i]) + (i + 1 < values.length ? "," : "};");
            if (i > 0) {
                if (b.length() - lineStart + 1 + v.length() > 101) {
                    b.append('\n');
                    lineStart = b.length();
                    b.append("        ");
                } else {
                    b.append(' ');
                }
            }
            b.append(v);
        }
        return b.append('\n').toString();
    }
}
