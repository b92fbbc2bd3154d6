package org.mlpsandbox.engine.plugin;

/** Sources of small outside plugins, compiled into jars by the tests. */
final class TestPlugins {

    private TestPlugins() {
    }

    /** An elementwise activation in package acme, with the given class, id, f(z) and f′(z). */
    static String activation(String simpleName, String id, String apply, String derivative) {
        return """
                package acme;

                import org.mlpsandbox.api.Activation;

                public final class %s implements Activation {
                    public String id() { return "%s"; }
                    public String displayName() { return "%s"; }
                    public double apply(double z) { return %s; }
                    public double derivative(double z) { return %s; }
                }
                """.formatted(simpleName, id, simpleName, apply, derivative);
    }

    /** Softsign, f(z) = z / (1 + |z|): good. */
    static final String SOFTSIGN = activation("Softsign", "acme.softsign", "z / (1 + Math.abs(z))",
            "1 / ((1 + Math.abs(z)) * (1 + Math.abs(z)))");

    /** Softsign with the square forgotten in the derivative: worst at z = ±1, where it says 0.5 instead of 0.25. */
    static final String BAD_SOFTSIGN = activation("BadSoftsign", "acme.bad-softsign", "z / (1 + Math.abs(z))",
            "1 / (1 + Math.abs(z))");

    /** arctan: good. */
    static final String ARCTAN = activation("Arctan", "acme.arctan", "Math.atan(z)", "1 / (1 + z * z)");

    /** NaN below -5. */
    static final String NAN_BELOW = activation("NanBelow", "acme.nan-below", "z < -5 ? Math.log(z + 5) : z",
            "1");

    /** Takes the id of a built-in. */
    static final String RELU_COPY = activation("ReluCopy", "relu", "Math.max(0, z)", "z > 0 ? 1 : 0");

    static final String THROWING_CONSTRUCTOR = """
            package acme;

            import org.mlpsandbox.api.Activation;

            public final class Throwing implements Activation {
                public Throwing() { throw new IllegalStateException("no licence key"); }
                public String id() { return "acme.throwing"; }
                public String displayName() { return "Throwing"; }
                public double apply(double z) { return z; }
                public double derivative(double z) { return 1; }
            }
            """;

    /** Throws from id(), displayName() or hyperparameters(), chosen by class name. */
    static final String BAD_DESCRIPTIONS = """
            package acme;

            import java.util.List;
            import org.mlpsandbox.api.Hyperparameter;
            import org.mlpsandbox.api.Loss;

            public class BadId implements Loss {
                public String id() { throw new UnsupportedOperationException("id not decided yet"); }
                public String displayName() { return "Bad id"; }
                public double value(double[] y, double[] t, int rows, int cols) { return 0; }
                public double valueAndGradient(double[] y, double[] t, double[] g, int rows, int cols) { return 0; }
                public static final class BadName extends BadId {
                    public String id() { return "acme.bad-name"; }
                    public String displayName() { throw new IllegalStateException("no name"); }
                }
                public static final class BadParameters extends BadId {
                    public String id() { return "acme.bad-parameters"; }
                    public String displayName() { return "Bad parameters"; }
                    public List<Hyperparameter> hyperparameters() { throw new ArithmeticException("/ by zero"); }
                }
            }
            """;

    /** Loads fine but tries to reach into the engine; its display name says what it saw. */
    static final String SPY = """
            package acme;

            import org.mlpsandbox.api.Activation;

            public final class Spy implements Activation {
                private final String seen;
                public Spy() {
                    String s;
                    try {
                        Class.forName("org.mlpsandbox.engine.net.Network");
                        s = "engine visible";
                    } catch (ClassNotFoundException e) {
                        s = "engine hidden";
                    }
                    try {
                        Class.forName("org.mlpsandbox.plugins.activation.Relu");
                        s += ", built-ins visible";
                    } catch (ClassNotFoundException e) {
                        s += ", built-ins hidden";
                    }
                    try {
                        Class.forName("org.mlpsandbox.api.Parameters");
                        Class.forName("java.util.random.RandomGenerator");
                        s += ", api and JDK visible";
                    } catch (ClassNotFoundException e) {
                        s += ", api or JDK hidden: " + e.getMessage();
                    }
                    seen = s;
                }
                public String id() { return "acme.spy"; }
                public String displayName() { return seen; }
                public double apply(double z) { return z; }
                public double derivative(double z) { return 1; }
            }
            """;

    /** tanh whose backward pass throws once it has run more than "after" times (a hyperparameter, default 100). */
    static final String FLAKY = """
            package acme;

            import java.util.List;
            import java.util.concurrent.atomic.AtomicInteger;
            import org.mlpsandbox.api.Activation;
            import org.mlpsandbox.api.Hyperparameter;
            import org.mlpsandbox.api.Parameters;

            public final class Flaky implements Activation {
                private final int after;
                private final AtomicInteger calls = new AtomicInteger();
                public Flaky() { this(100); }
                private Flaky(int after) { this.after = after; }
                public String id() { return "acme.flaky"; }
                public String displayName() { return "Flaky tanh"; }
                public List<Hyperparameter> hyperparameters() {
                    return List.of(new Hyperparameter("after", "Backward passes before it fails", 100, 0, 1e6));
                }
                public Activation configure(Parameters p) { return new Flaky((int) p.get("after")); }
                public double apply(double z) { return Math.tanh(z); }
                public double derivative(double z) { double t = Math.tanh(z); return 1 - t * t; }
                public void backward(double[] z, double[] a, double[] gradA, double[] gradZ, int rows, int cols) {
                    if (calls.incrementAndGet() > after) {
                        throw new IllegalStateException("tired after " + after + " backward passes");
                    }
                    Activation.super.backward(z, a, gradA, gradZ, rows, cols);
                }
            }
            """;

    /** A provider whose superclass is left out of the jar. */
    static final String NEEDS_BASE = """
            package acme;

            import org.mlpsandbox.api.Activation;

            public final class NeedsBase extends Base implements Activation {
                public String id() { return "acme.needs-base"; }
                public String displayName() { return "Needs base"; }
                public double apply(double z) { return z; }
                public double derivative(double z) { return 1; }
            }
            """;

    static final String BASE = """
            package acme;

            public class Base {
            }
            """;

    /** A class the plugins never touch, to see whether a loader can still load classes. */
    static final String UNUSED = """
            package acme;

            public final class Unused {
            }
            """;
}
