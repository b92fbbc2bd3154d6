package org.mlpsandbox.engine.export;

/** The network uses an activation the exporter cannot write out as code (an outside plugin, say). */
public final class UnsupportedActivationException extends IllegalArgumentException {

    private final String activationId;
    private final int layer;

    UnsupportedActivationException(String activationId, String displayName, int layer) {
        super("layer " + layer + " uses the activation '" + activationId + "' (" + displayName + "), which the "
                + "exporter cannot write out as code; it knows " + String.join(", ", NetworkExporter.SUPPORTED)
                + ". Use one of those, or compute the network with the sandbox itself");
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
