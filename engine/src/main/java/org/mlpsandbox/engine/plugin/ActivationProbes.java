package org.mlpsandbox.engine.plugin;

/** The inputs at which the plugin check tries an activation, for views that mark them (the activation viewer). */
public final class ActivationProbes {

    private ActivationProbes() {
    }

    /** The check's probe points, from -10 to 10, ascending. */
    public static double[] points() {
        return ActivationCheck.PROBES.clone();
    }
}
