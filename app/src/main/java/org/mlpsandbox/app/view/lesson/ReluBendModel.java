package org.mlpsandbox.app.view.lesson;

import org.mlpsandbox.engine.data.Dataset;
import org.mlpsandbox.engine.data.Generators;

/**
 * Two ReLU neurons summed: ŷ = v₁·max(0, w₁x + b₁) + v₂·max(0, w₂x + b₂) + c, against data with a bend (the
 * engine's "bent" data: slopes −0.5 and 1.5 meeting at x = 0.5). The user sets the seven numbers. No Swing.
 */
public final class ReluBendModel {

    /** Names of the parameters, in {@link #parameters()} order. */
    public static final String[] NAMES = {"w₁", "b₁", "v₁", "w₂", "b₂", "v₂", "c"};

    private final double[] xs;
    private final double[] ys;
    private final double[] p = new double[7];

    /** 40 points, noise 0.1, seed 4, and a starting guess that does not fit. */
    public ReluBendModel() {
        this(Generators.generate("bent", 40, 0.1, 4));
    }

    public ReluBendModel(Dataset bent) {
        if (bent.inputCount() != 1 || bent.targetCount() != 1) {
            throw new IllegalArgumentException("needs data with one input and one target");
        }
        xs = bent.x().clone();
        ys = bent.y().clone();
        setParameters(new double[] {1, 0, 1, -1, 0, 0, 0});
    }

    static double relu(double z) {
        return Math.max(0, z);
    }

    /** Output of neuron 1 or 2, before its output weight. */
    public double hidden(int neuron, double x) {
        int o = neuron == 1 ? 0 : 3;
        return relu(p[o] * x + p[o + 1]);
    }

    /** The neuron's contribution to the sum: v·h(x). */
    public double contribution(int neuron, double x) {
        return p[neuron == 1 ? 2 : 5] * hidden(neuron, x);
    }

    public double output(double x) {
        return contribution(1, x) + contribution(2, x) + p[6];
    }

    public double mse() {
        double sum = 0;
        for (int i = 0; i < xs.length; i++) {
            double e = output(xs[i]) - ys[i];
            sum += e * e;
        }
        return sum / xs.length;
    }

    /** x where neuron's ramp starts (w·x + b = 0), or NaN when w = 0. */
    public double corner(int neuron) {
        int o = neuron == 1 ? 0 : 3;
        return p[o] == 0 ? Double.NaN : -p[o + 1] / p[o];
    }

    /** w₁, b₁, v₁, w₂, b₂, v₂, c. */
    public double[] parameters() {
        return p.clone();
    }

    public void setParameters(double[] values) {
        if (values.length != 7) {
            throw new IllegalArgumentException("7 parameters: " + String.join(", ", NAMES));
        }
        System.arraycopy(values, 0, p, 0, 7);
    }

    public void setParameter(int index, double value) {
        p[index] = value;
    }

    /** A fit by hand: both corners at 0.5, one ramp down-left (slope −0.5), one up-right (slope 1.5). */
    public static double[] solution() {
        return new double[] {-1, 0.5, 0.5, 1, -0.5, 1.5, 0};
    }

    public double[] xs() {
        return xs.clone();
    }

    public double[] ys() {
        return ys.clone();
    }
}
