package org.mlpsandbox.app.view.lesson;

import java.util.ArrayList;
import java.util.List;
import org.mlpsandbox.engine.data.Dataset;
import org.mlpsandbox.engine.data.Generators;

/**
 * One neuron without activation, y = w·x + b, against noisy points around y = x + 2 (the engine's "line" data). The
 * user sets w and b by hand; {@link #descentStep()} moves them by gradient descent on the mean squared error and
 * records the path through (w, b). No Swing.
 */
public final class OneNeuronModel {

    private final double[] xs;
    private final double[] ys;
    private double w;
    private double b;
    private double learningRate = 0.1;
    private final List<double[]> path = new ArrayList<>();

    /** 40 points, noise 0.4, seed 5 (least squares: w ≈ 0.995, b ≈ 2.000); the neuron starts at w = −1, b = −1. */
    public OneNeuronModel() {
        this(Generators.generate("line", 40, 0.4, 5));
    }

    public OneNeuronModel(Dataset line) {
        if (line.inputCount() != 1 || line.targetCount() != 1) {
            throw new IllegalArgumentException("one neuron needs data with one input and one target");
        }
        xs = line.x().clone();
        ys = line.y().clone();
        setParameters(-1, -1);
    }

    /** Mean squared error of y = w·x + b over the points. */
    public double mse(double weight, double bias) {
        double sum = 0;
        for (int i = 0; i < xs.length; i++) {
            double e = weight * xs[i] + bias - ys[i];
            sum += e * e;
        }
        return sum / xs.length;
    }

    public double mse() {
        return mse(w, b);
    }

    /** (∂MSE/∂w, ∂MSE/∂b) at the current parameters. */
    public double[] gradient() {
        double dw = 0;
        double db = 0;
        for (int i = 0; i < xs.length; i++) {
            double e = w * xs[i] + b - ys[i];
            dw += 2 * e * xs[i];
            db += 2 * e;
        }
        return new double[] {dw / xs.length, db / xs.length};
    }

    /** One gradient-descent step: w ← w − rate·∂MSE/∂w, b ← b − rate·∂MSE/∂b; the new point joins the path. */
    public void descentStep() {
        double[] g = gradient();
        w -= learningRate * g[0];
        b -= learningRate * g[1];
        path.add(new double[] {w, b});
    }

    /** Whether descent has (nearly) stopped moving. */
    public boolean converged() {
        double[] g = gradient();
        return Math.hypot(g[0], g[1]) < 1e-4;
    }

    /** Sets w and b by hand; the descent path starts again from here. */
    public void setParameters(double weight, double bias) {
        w = weight;
        b = bias;
        path.clear();
        path.add(new double[] {w, b});
    }

    /** The least-squares line (w*, b*): where descent ends. */
    public double[] bestFit() {
        double mx = 0;
        double my = 0;
        for (int i = 0; i < xs.length; i++) {
            mx += xs[i];
            my += ys[i];
        }
        mx /= xs.length;
        my /= xs.length;
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < xs.length; i++) {
            sxy += (xs[i] - mx) * (ys[i] - my);
            sxx += (xs[i] - mx) * (xs[i] - mx);
        }
        double slope = sxy / sxx;
        return new double[] {slope, my - slope * mx};
    }

    public double weight() {
        return w;
    }

    public double bias() {
        return b;
    }

    public double learningRate() {
        return learningRate;
    }

    public void setLearningRate(double rate) {
        learningRate = rate;
    }

    /** The (w, b) points visited since the last hand setting, the first one first. */
    public List<double[]> path() {
        List<double[]> copy = new ArrayList<>();
        for (double[] p : path) {
            copy.add(p.clone());
        }
        return copy;
    }

    public double[] xs() {
        return xs.clone();
    }

    public double[] ys() {
        return ys.clone();
    }
}
