package org.mlpsandbox.app.model;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.mlpsandbox.api.Activation;
import org.mlpsandbox.api.Hyperparameter;
import org.mlpsandbox.api.Initializer;
import org.mlpsandbox.api.Loss;
import org.mlpsandbox.api.Optimizer;
import org.mlpsandbox.api.Parameters;
import org.mlpsandbox.api.Plugin;
import org.mlpsandbox.engine.plugin.PluginEntry;
import org.mlpsandbox.engine.plugin.PluginKind;
import org.mlpsandbox.engine.plugin.PluginRegistry;
import org.mlpsandbox.engine.plugin.PluginSource;
import org.mlpsandbox.engine.plugin.PluginStatus;

/**
 * Small, textbook plugins for the app's tests, so that they do not depend on which built-ins exist: tanh, sigmoid,
 * identity, MSE, log-loss, Xavier uniform and SGD (with a learning-rate-independent "momentum" parameter).
 */
public final class TestPlugins {

    private TestPlugins() {
    }

    /** A registry of the test plugins, plus any extra entries (e.g. a plugin "loaded from a jar"). */
    public static PluginRegistry registry(PluginEntry... extra) {
        List<PluginEntry> entries = new ArrayList<>();
        add(entries, PluginKind.ACTIVATION, new Tanh());
        add(entries, PluginKind.ACTIVATION, new Sigmoid());
        add(entries, PluginKind.ACTIVATION, new Identity());
        add(entries, PluginKind.LOSS, new Mse());
        add(entries, PluginKind.LOSS, new LogLoss());
        add(entries, PluginKind.INITIALIZER, new XavierUniform());
        add(entries, PluginKind.OPTIMIZER, new Sgd(0));
        entries.addAll(List.of(extra));
        return new PluginRegistry(entries);
    }

    public static PluginEntry entry(PluginKind kind, Plugin p, PluginSource source) {
        return new PluginEntry(kind, p.id(), p.displayName(), p.getClass().getName(), p, source, PluginStatus.OK, "",
                p.hyperparameters());
    }

    private static void add(List<PluginEntry> entries, PluginKind kind, Plugin p) {
        entries.add(entry(kind, p, PluginSource.BUILT_IN));
    }

    public static final class Tanh implements Activation {
        @Override
        public java.util.Optional<org.mlpsandbox.api.ActivationCode> code() {
            return java.util.Optional.of(new org.mlpsandbox.api.ActivationCode("tanh", "tanh({z})", """
                        private static double[] tanh(double[] z) {
                            for (int j = 0; j < z.length; j++) {
                                z[j] = Math.tanh(z[j]);
                            }
                            return z;
                        }
                    """, "np.tanh({z})", ""));
        }

        public String id() {
            return "tanh";
        }

        public String displayName() {
            return "Tanh";
        }

        public double apply(double z) {
            return Math.tanh(z);
        }

        public double derivative(double z) {
            double t = Math.tanh(z);
            return 1 - t * t;
        }
    }

    public static final class Sigmoid implements Activation {
        @Override
        public java.util.Optional<org.mlpsandbox.api.ActivationCode> code() {
            return java.util.Optional.of(new org.mlpsandbox.api.ActivationCode("sigmoid", "sigmoid({z})", """
                        private static double[] sigmoid(double[] z) {
                            for (int j = 0; j < z.length; j++) {
                                z[j] = 1 / (1 + Math.exp(-z[j]));
                            }
                            return z;
                        }
                    """, "1.0 / (1.0 + np.exp(-({z})))", ""));
        }

        @Override
        public OutputKind outputKind() {
            return OutputKind.PROBABILITIES;
        }

        public String id() {
            return "sigmoid";
        }

        public String displayName() {
            return "Sigmoid";
        }

        public double apply(double z) {
            return 1 / (1 + Math.exp(-z));
        }

        public double derivative(double z) {
            double s = apply(z);
            return s * (1 - s);
        }
    }

    public static final class Identity implements Activation {
        @Override
        public java.util.Optional<org.mlpsandbox.api.ActivationCode> code() {
            return java.util.Optional.of(new org.mlpsandbox.api.ActivationCode("identity", "{z}", "", "{z}", ""));
        }

        public String id() {
            return "identity";
        }

        public String displayName() {
            return "Identity";
        }

        public double apply(double z) {
            return z;
        }

        public double derivative(double z) {
            return 1;
        }
    }

    /** Swish with a β parameter, standing in for a plugin an outside jar brings. */
    public static final class Swish implements Activation {
        private final double beta;

        public Swish() {
            this(1);
        }

        Swish(double beta) {
            this.beta = beta;
        }

        public String id() {
            return "test.swish";
        }

        public String displayName() {
            return "Swish (test)";
        }

        public List<Hyperparameter> hyperparameters() {
            return List.of(new Hyperparameter("beta", "Beta", 1, 0.1, 10));
        }

        public Activation configure(Parameters p) {
            return new Swish(p.get("beta"));
        }

        public double apply(double z) {
            return z / (1 + Math.exp(-beta * z));
        }

        public double derivative(double z) {
            double s = 1 / (1 + Math.exp(-beta * z));
            return s + beta * z * s * (1 - s);
        }
    }

    public static final class Mse implements Loss {
        public String id() {
            return "mse";
        }

        public String displayName() {
            return "Mean squared error";
        }

        public double value(double[] y, double[] t, int rows, int cols) {
            double sum = 0;
            for (int i = 0; i < rows * cols; i++) {
                double d = y[i] - t[i];
                sum += d * d / 2;
            }
            return sum / rows;
        }

        public double valueAndGradient(double[] y, double[] t, double[] grad, int rows, int cols) {
            for (int i = 0; i < rows * cols; i++) {
                grad[i] = (y[i] - t[i]) / rows;
            }
            return value(y, t, rows, cols);
        }
    }

    public static final class LogLoss implements Loss {
        @Override
        public Activation.OutputKind expects() {
            return Activation.OutputKind.PROBABILITIES;
        }

        private static final double EPS = 1e-12;

        public String id() {
            return "log-loss";
        }

        public String displayName() {
            return "Log-loss";
        }

        public double value(double[] y, double[] t, int rows, int cols) {
            double sum = 0;
            for (int i = 0; i < rows * cols; i++) {
                double p = Math.min(1 - EPS, Math.max(EPS, y[i]));
                sum -= t[i] * Math.log(p) + (1 - t[i]) * Math.log(1 - p);
            }
            return sum / rows;
        }

        public double valueAndGradient(double[] y, double[] t, double[] grad, int rows, int cols) {
            for (int i = 0; i < rows * cols; i++) {
                double p = Math.min(1 - EPS, Math.max(EPS, y[i]));
                grad[i] = (p - t[i]) / (p * (1 - p)) / rows;
            }
            return value(y, t, rows, cols);
        }
    }

    public static final class XavierUniform implements Initializer {
        public String id() {
            return "xavier-uniform";
        }

        public String displayName() {
            return "Xavier uniform";
        }

        public void initialize(double[] weights, int fanIn, int fanOut, RandomGenerator random) {
            double limit = Math.sqrt(6.0 / (fanIn + fanOut));
            for (int i = 0; i < weights.length; i++) {
                weights[i] = random.nextDouble(-limit, limit);
            }
        }
    }

    public static final class Sgd implements Optimizer {
        private final double momentum;

        public Sgd() {
            this(0);
        }

        Sgd(double momentum) {
            this.momentum = momentum;
        }

        public String id() {
            return "sgd";
        }

        public String displayName() {
            return "SGD";
        }

        public List<Hyperparameter> hyperparameters() {
            return List.of(new Hyperparameter("momentum", "Momentum", 0, 0, 0.99));
        }

        public Optimizer configure(Parameters p) {
            return new Sgd(p.get("momentum"));
        }

        public State newState(int size) {
            double[] v = new double[size];
            return (parameters, gradient, rate) -> {
                for (int i = 0; i < size; i++) {
                    v[i] = momentum * v[i] - rate * gradient[i];
                    parameters[i] += v[i];
                }
            };
        }
    }
}
