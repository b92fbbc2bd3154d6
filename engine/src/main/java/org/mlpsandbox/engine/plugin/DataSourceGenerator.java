package org.mlpsandbox.engine.plugin;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.mlpsandbox.api.DataSource;
import org.mlpsandbox.api.Hyperparameter;
import org.mlpsandbox.api.Parameters;
import org.mlpsandbox.engine.data.Dataset;
import org.mlpsandbox.engine.data.Generator;
import org.mlpsandbox.engine.data.Generators;

/**
 * A dataset plugin seen as a {@link Generator}, beside the built-in ones: named by its plugin id, described by its
 * display name. What the plugin throws or gives that is not finite stops with a message naming it. Its hyperparameters
 * (a gap, a number of turns) are set with {@link #withParameters}.
 */
public record DataSourceGenerator(String name, String description, DataSource source) implements Generator {

    @Override
    public int inputCount() {
        return source.inputCount();
    }

    @Override
    public int classCount() {
        return source.classCount();
    }

    @Override
    public List<Hyperparameter> hyperparameters() {
        try {
            return List.copyOf(source.hyperparameters());
        } catch (RuntimeException | LinkageError e) {
            throw new IllegalArgumentException("dataset '" + name + "' failed to list its settings: "
                    + PluginDiscovery.describe(e), e);
        }
    }

    /**
     * The plugin configured with these values over its defaults.
     *
     * @throws IllegalArgumentException "dataset 'example.moons': parameter 'gap' = 3.0 is outside its range [0.0, 1.0]",
     *                                  or naming what the plugin's own {@code configure} threw
     */
    @Override
    public DataSourceGenerator withParameters(Map<String, Double> values) {
        Parameters parameters;
        try {
            parameters = Parameters.of(hyperparameters(), values);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("dataset '" + name + "': " + e.getMessage(), e);
        }
        DataSource configured;
        try {
            configured = parameters.asMap().isEmpty() ? source : source.configure(parameters);
        } catch (RuntimeException | LinkageError e) {
            throw new IllegalArgumentException("dataset '" + name + "' refused " + values + ": "
                    + PluginDiscovery.describe(e), e);
        }
        if (configured == null) {
            throw new IllegalArgumentException("dataset '" + name + "': configure() returned null");
        }
        return new DataSourceGenerator(name, description, configured);
    }

    @Override
    public Dataset generate(int samples, double noise, long seed) {
        if (samples < 1 || samples > Generators.MAX_SAMPLES) {
            throw new IllegalArgumentException("samples must be between 1 and " + Generators.MAX_SAMPLES + ", got "
                    + samples);
        }
        if (!(noise >= 0) || Double.isInfinite(noise)) {
            throw new IllegalArgumentException("noise must be a finite number >= 0, got " + noise);
        }
        int inputs = inputCount();
        double[] x = new double[samples * inputs];
        double[] y = new double[samples];
        try {
            source.generate(x, y, samples, noise, new SplittableRandom(seed));
        } catch (RuntimeException | LinkageError e) {
            throw new IllegalArgumentException("dataset '" + name + "' failed: " + PluginDiscovery.describe(e), e);
        }
        if (Probe.firstNonFinite(x, x.length) >= 0 || Probe.firstNonFinite(y, y.length) >= 0) {
            throw new IllegalArgumentException("dataset '" + name + "' gave a value that is not finite");
        }
        return new Dataset(name, inputs, 1, classCount(), x, y);
    }
}
