package org.mlpsandbox.api;

import java.util.List;

/**
 * What every plugin has: a stable id, a name for people, and the hyperparameters it declares.
 *
 * <p>Lifecycle: the application creates one <em>prototype</em> of each plugin class through its public no-arg
 * constructor. When a user picks values for its hyperparameters, the application calls {@code configure} on the
 * prototype and uses the configured instance it returns. A prototype is never mutated.
 *
 * <p>Implement one of the four kinds ({@link Activation}, {@link Loss}, {@link Initializer}, {@link Optimizer}), not
 * this interface directly.
 */
public interface Plugin {

    /**
     * A stable, lower-case id saved in model files: {@code "relu"} for built-ins; outside authors namespace theirs,
     * {@code "acme.swish"}. Never changes between versions of a plugin.
     */
    String id();

    /** The name shown in menus, e.g. {@code "Leaky ReLU"}. */
    String displayName();

    /** The numeric settings this plugin accepts, in display order; empty by default. */
    default List<Hyperparameter> hyperparameters() {
        return List.of();
    }

    /**
     * An instance using the given values. Plugins without hyperparameters need not override this.
     *
     * @param parameters a value for every declared hyperparameter, each within its range
     * @return a configured instance (may be {@code this} when nothing changes); the receiver is left unchanged
     */
    Plugin configure(Parameters parameters);
}
