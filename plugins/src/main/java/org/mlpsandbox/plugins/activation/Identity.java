package org.mlpsandbox.plugins.activation;

import java.util.Optional;
import org.mlpsandbox.api.ActivationCode;
import org.mlpsandbox.api.Activation;

/**
 * The identity, f(z) = z, f′(z) = 1. The usual output activation for regression.
 */
public final class Identity implements Activation {

    public Identity() {
    }

    @Override
    public String id() {
        return "identity";
    }

    @Override
    public String displayName() {
        return "Identity (linear)";
    }

    @Override
    public double apply(double z) {
        return z;
    }

    @Override
    public double derivative(double z) {
        return 1;
    }

    @Override
    public void forward(double[] z, double[] a, int rows, int cols) {
        System.arraycopy(z, 0, a, 0, rows * cols);
    }

    @Override
    public void backward(double[] z, double[] a, double[] gradA, double[] gradZ, int rows, int cols) {
        if (gradZ != gradA) {
            System.arraycopy(gradA, 0, gradZ, 0, rows * cols);
        }
    }

    @Override
    public String toString() {
        return id();
    }

    @Override
    public Optional<ActivationCode> code() {
        return Optional.of(new ActivationCode(id(), ActivationCode.Z, "", ActivationCode.Z, ""));
    }
}
