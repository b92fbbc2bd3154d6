package org.mlpsandbox.engine.plugin;

/** A check failed: the plugin is refused with this message. */
final class Refusal extends Exception {
    private static final long serialVersionUID = 1L;

    Refusal(String message) {
        super(message, null, false, false);
    }
}
