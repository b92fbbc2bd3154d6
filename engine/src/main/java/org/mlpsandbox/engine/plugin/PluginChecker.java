package org.mlpsandbox.engine.plugin;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.mlpsandbox.api.Activation;
import org.mlpsandbox.api.Hyperparameter;
import org.mlpsandbox.api.Initializer;
import org.mlpsandbox.api.Loss;
import org.mlpsandbox.api.Optimizer;
import org.mlpsandbox.api.Parameters;
import org.mlpsandbox.api.Plugin;

/**
 * The checks every plugin passes when it is loaded, so that a broken one is refused with a reason instead of failing
 * in the middle of a training run:
 * <ul>
 *   <li>hyperparameters: keys unique, {@code min ≤ max}, defaults within range; {@code configure} works with the
 *       defaults (refused otherwise) and with each value at the ends of its range (a warning otherwise);</li>
 *   <li>then, on the instance configured with the defaults, the checks of its kind: {@link ActivationCheck},
 *       {@link LossCheck}, {@link InitializerCheck}, {@link OptimizerCheck}.</li>
 * </ul>
 * Every call into the plugin is guarded: what it throws becomes the reason. A check takes about a millisecond. A
 * plugin that never returns (an endless loop) is out of scope: it would hang the loading thread.
 */
final class PluginChecker {

    /** The outcome of checking one plugin: status, and the reason (empty when ok). */
    record Result(PluginStatus status, String reason) {
        static final Result OK = new Result(PluginStatus.OK, "");
    }

    private PluginChecker() {
    }

    /**
     * Checks a plugin.
     *
     * @param kind            what it is
     * @param prototype       its unconfigured instance
     * @param hyperparameters what it declares (already read from it)
     */
    static Result check(PluginKind kind, Plugin prototype, List<Hyperparameter> hyperparameters) {
        List<String> warnings = new ArrayList<>();
        try {
            checkDeclarations(hyperparameters);
            Plugin plugin = configure(kind, prototype, hyperparameters, Map.of());
            checkRangeEnds(kind, prototype, hyperparameters, warnings);
            switch (kind) {
                case ACTIVATION -> ActivationCheck.run((Activation) plugin, warnings);
                case LOSS -> LossCheck.run((Loss) plugin, warnings);
                case INITIALIZER -> InitializerCheck.run((Initializer) plugin, prototype.id(), warnings);
                case OPTIMIZER -> OptimizerCheck.run((Optimizer) plugin, warnings);
            }
        } catch (Refusal r) {
            return new Result(PluginStatus.REFUSED, r.getMessage());
        } catch (RuntimeException | LinkageError | StackOverflowError | AssertionError e) {
            return new Result(PluginStatus.REFUSED, "threw " + PluginDiscovery.describe(e) + " while being checked");
        }
        return warnings.isEmpty() ? Result.OK : new Result(PluginStatus.WARNING, String.join("; ", warnings));
    }

    private static void checkDeclarations(List<Hyperparameter> declared) throws Refusal {
        Set<String> keys = new HashSet<>();
        for (Hyperparameter h : declared) {
            if (!keys.add(h.key())) {
                throw new Refusal("hyperparameter '" + h.key() + "' is declared twice");
            }
            if (Double.isNaN(h.min()) || Double.isNaN(h.max()) || h.min() > h.max()) {
                throw new Refusal("hyperparameter '" + h.key() + "' has min " + h.min() + " and max " + h.max()
                        + "; min must not be above max");
            }
            if (!h.allows(h.defaultValue())) {
                throw new Refusal("hyperparameter '" + h.key() + "' has default " + h.defaultValue()
                        + ", outside its range [" + h.min() + ", " + h.max() + "]");
            }
        }
    }

    /** The plugin configured as the registry would: the prototype itself when nothing is declared. */
    private static Plugin configure(PluginKind kind, Plugin prototype, List<Hyperparameter> declared,
                                    Map<String, Double> chosen) throws Refusal {
        if (declared.isEmpty()) {
            return prototype;
        }
        Parameters parameters = Parameters.of(declared, chosen);
        Plugin configured = Probe.call("configure(" + parameters + ")", () -> prototype.configure(parameters));
        if (configured == null || !kind.type().isInstance(configured)) {
            throw new Refusal("configure(" + parameters + ") returned " + configured + " instead of a configured "
                    + kind.label());
        }
        return configured;
    }

    /** Each hyperparameter at the ends of its range (the others at their defaults) must configure without error. */
    private static void checkRangeEnds(PluginKind kind, Plugin prototype, List<Hyperparameter> declared,
                                       List<String> warnings) {
        for (Hyperparameter h : declared) {
            for (double end : new double[] {h.min(), h.max()}) {
                if (!Double.isFinite(end)) {
                    continue;
                }
                try {
                    configure(kind, prototype, declared, Map.of(h.key(), end));
                } catch (Refusal r) {
                    warnings.add(r.getMessage() + " (" + h.key() + " = " + end + " is within its declared range)");
                }
            }
        }
    }

    /** A check failed: the plugin is refused with this message. */
    static final class Refusal extends Exception {
        private static final long serialVersionUID = 1L;

        Refusal(String message) {
            super(message, null, false, false);
        }
    }

    /** Guarded calls into plugin code, and number formatting for reasons. */
    static final class Probe {

        /** Plugin code that returns a value. */
        interface Call<T> {
            T call();
        }

        /** Plugin code that returns nothing. */
        interface Run {
            void run();
        }

        private Probe() {
        }

        /** Runs plugin code; whatever it throws becomes a refusal naming {@code what}. */
        static <T> T call(String what, Call<T> code) throws Refusal {
            try {
                return code.call();
            } catch (RuntimeException | LinkageError | StackOverflowError | AssertionError e) {
                throw new Refusal(what + " threw " + PluginDiscovery.describe(e));
            }
        }

        static void run(String what, Run code) throws Refusal {
            call(what, () -> {
                code.run();
                return null;
            });
        }

        /** Six significant digits, no trailing noise: "0.196612", "-1.00000e-06" becomes "-1.0e-06". */
        static String num(double v) {
            if (v == Math.rint(v) && Math.abs(v) < 1e9) {
                return String.valueOf((long) v);
            }
            String s = String.format(Locale.ROOT, "%.6g", v);
            if (s.contains("e")) {
                String[] parts = s.split("e");
                return trimZeros(parts[0]) + "e" + parts[1];
            }
            return trimZeros(s);
        }

        private static String trimZeros(String s) {
            if (!s.contains(".")) {
                return s;
            }
            s = s.replaceAll("0+$", "");
            return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
        }

        /** Relative difference, with an absolute floor so that tiny values compare absolutely. */
        static double difference(double a, double b, double floor) {
            return Math.abs(a - b) / Math.max(floor, Math.max(Math.abs(a), Math.abs(b)));
        }

        static int firstNonFinite(double[] values, int n) {
            for (int i = 0; i < n; i++) {
                if (!Double.isFinite(values[i])) {
                    return i;
                }
            }
            return -1;
        }
    }
}
