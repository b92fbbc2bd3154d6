package org.mlpsandbox.examples.moons;

import java.util.List;
import java.util.random.RandomGenerator;
import org.mlpsandbox.api.DataSource;
import org.mlpsandbox.api.Hyperparameter;
import org.mlpsandbox.api.Parameters;

/**
 * Two interleaved half circles ("moons"), one per class: class 0 the upper arc, class 1 the lower arc shifted right
 * and down, as in scikit-learn's make_moons, scaled by 2.5 to fill about [-5, 5]² like the built-in datasets.
 */
public final class Moons implements DataSource {

    private static final double SCALE = 2.5;

    private final double gap;

    public Moons() {
        this(0.5);
    }

    private Moons(double gap) {
        this.gap = gap;
    }

    @Override
    public String id() {
        return "example.moons";
    }

    @Override
    public String displayName() {
        return "Two moons";
    }

    @Override
    public List<Hyperparameter> hyperparameters() {
        return List.of(Hyperparameter.real("gap", "Moon offset", 0.5, 0, 1));
    }

    @Override
    public DataSource configure(Parameters parameters) {
        return new Moons(parameters.get("gap"));
    }

    @Override
    public int inputCount() {
        return 2;
    }

    @Override
    public int classCount() {
        return 2;
    }

    @Override
    public void generate(double[] inputs, double[] targets, int samples, double noise, RandomGenerator random) {
        for (int i = 0; i < samples; i++) {
            int label = i % 2;
            double angle = Math.PI * random.nextDouble();
            double x = label == 0 ? Math.cos(angle) : 1 - Math.cos(angle);
            double y = label == 0 ? Math.sin(angle) : gap - Math.sin(angle);
            inputs[2 * i] = SCALE * (x - 0.5) + noise * random.nextGaussian();
            inputs[2 * i + 1] = SCALE * (y - 0.25) + noise * random.nextGaussian();
            targets[i] = label;
        }
    }
}
