package org.mlpsandbox.engine.export;

/** The network uses an activation that cannot be written out as code (an outside plugin without {@code code()}). */
public final class UnsupportedActivationException extends IllegalArgumentException {

    private final String activationId;
    private final int layer;

    UnsupportedActivationException(String activationId, String displayName, int layer) {
        super("layer " + layer + " uses the activation '" + activationId + "' (" + displayName + "), which cannot "
                + "be written out as code (its plugin offers no Activation.code(); the built-in activations do). Use "
                + "one of those, or compute the network with the sandbox itself");
        this.activationId = activationId;
        this.layer = layer;
    }

    /** The activation's plugin id. */
    public String activationId() {
        return activationId;
    }

    /** The layer using it, counted from 1 (the first hidden layer). */
    public int layer() {
        return layer;
    }
}
