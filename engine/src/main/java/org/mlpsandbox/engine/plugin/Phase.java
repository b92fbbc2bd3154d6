package org.mlpsandbox.engine.plugin;

/** The part of a training step in which something went wrong. */
public enum Phase {
    INITIALIZE("initialisation"),
    FORWARD("forward pass"),
    LOSS("loss"),
    BACKWARD("backward pass"),
    UPDATE("update");

    private final String label;

    Phase(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
