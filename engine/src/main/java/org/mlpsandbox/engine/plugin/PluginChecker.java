package org.mlpsandbox.engine.plugin;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mlpsandbox.api.Activation;
import org.mlpsandbox.api.DataSource;
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
 *       {@link LossCheck}, {@link InitializerCheck}, {@link OptimizerCheck}, {@link DataSourceCheck}.</li>
 * </ul>
 * Every call into the plugin is guarded ({@link Probe}): what it throws becomes the reason. A check takes about a
 * millisecond; {@link PluginDiscovery} runs it on a thread of its own under a time limit ({@link PluginThreads}), so a
 * plugin that never returns is refused as "did not answer" while the others load.
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
                case DATASET -> DataSourceCheck.run((DataSource) plugin, warnings);
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
}
