package org.mlpsandbox.api;

/**
 * Turns gradients into parameter updates.
 *
 * <p><b>Lifecycle.</b> An {@code Optimizer} is a stateless, configured prototype. At the start of every training run
 * the engine calls {@link #newState(int)} once per parameter array (each layer's weights, each layer's biases) and then
 * calls {@link State#update} on that state once per training step, always with the same array. Resetting or restarting
 * training throws the states away and asks for new ones, so a run never sees another run's momentum.
 */
public interface Optimizer extends Plugin {

    /**
     * Fresh state for one parameter array of one run: zeroed moments, step counter at zero.
     *
     * @param size the length of the parameter array this state will update
     */
    State newState(int size);

    @Override
    default Optimizer configure(Parameters parameters) {
        return this;
    }

    /** The per-array, per-run memory of an optimizer (momentum, moment estimates, step count). */
    interface State {

        /**
         * One step: moves {@code parameters} against {@code gradient}.
         *
         * @param parameters   reads and writes the parameters, in place ({@code size} values)
         * @param gradient     reads ∂C/∂parameter ({@code size} values); must not be modified
         * @param learningRate the step size for this step, {@code > 0}; may change between steps
         */
        void update(double[] parameters, double[] gradient, double learningRate);

        /**
         * Whether {@link #update} is exactly plain gradient descent, {@code p ← p − η·g}, keeping no state. Saying so
         * lets the engine fuse the update of a large layer's weights into the product that computes their gradient,
         * with the weights kept in native memory between steps (much faster; {@code update} is then not called for
         * those weights). The default, false, is always safe.
         */
        default boolean isPlainGradientDescent() {
            return false;
        }
    }
}
