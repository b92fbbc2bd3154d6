package org.mlpsandbox.examples.swish;

import java.util.List;
import org.mlpsandbox.api.Activation;
import org.mlpsandbox.api.Hyperparameter;
import org.mlpsandbox.api.Parameters;

/** Swish, f(z) = z·σ(βz) (Ramachandran, Zoph and Le, 2017); with β = 1 it is also called SiLU. */
public final class Swish implements Activation {
    private final double beta;

    public Swish() { this(1.0); }                 // the app creates the plugin through this
    private Swish(double beta) { this.beta = beta; }

    public String id() { return "example.swish"; }   // saved in experiment files: never change it
    public String displayName() { return "Swish"; }  // shown in the activation menu

    public List<Hyperparameter> hyperparameters() {
        return List.of(new Hyperparameter("beta", "β (sharpness)", 1.0, 0.0, 10.0));
    }
    public Activation configure(Parameters p) { return new Swish(p.get("beta")); }

    public double apply(double z) { return z * sigmoid(beta * z); }
    public double derivative(double z) {             // σ(βz) + βz·σ(βz)·(1 − σ(βz))
        double s = sigmoid(beta * z);
        return s + beta * z * s * (1 - s);
    }

    private static double sigmoid(double x) { return 1 / (1 + Math.exp(-x)); }
}
