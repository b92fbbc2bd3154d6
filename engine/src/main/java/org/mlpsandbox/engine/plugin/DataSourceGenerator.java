package org.mlpsandbox.engine.plugin;

import java.util.SplittableRandom;
import org.mlpsandbox.api.DataSource;
import org.mlpsandbox.engine.data.Dataset;
import org.mlpsandbox.engine.data.Generator;
import org.mlpsandbox.engine.data.Generators;

/**
 * A dataset plugin seen as a {@link Generator}, beside the built-in ones: named by its plugin id, described by its
 * display name. What the plugin throws or gives that is not finite stops with a message naming it.
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
