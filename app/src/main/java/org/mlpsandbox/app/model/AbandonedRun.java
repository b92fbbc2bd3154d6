package org.mlpsandbox.app.model;

import org.mlpsandbox.engine.train.TrainingSession;

/** What a new run says about the run it replaced, when that one was stuck in a plugin and had to be abandoned. */
final class AbandonedRun {

    /** A step running this long, inside a plugin, when a new run replaces it, is taken for stuck. */
    static final long STUCK_AT_RESET_MILLIS = 1000;

    private AbandonedRun() {
    }

    /**
     * "The last run was stuck in the plugin activation 'acme.hang' (acme.Hang.apply in hang.jar) and was abandoned…"
     * for a session abandoned now (stuck for a second or more in one step) or before; empty for a session that was
     * not stuck.
     */
    static String notice(TrainingSession replaced) {
        replaced.abandonIfStuck(STUCK_AT_RESET_MILLIS);
        return replaced.abandonedIn().map(call -> "The last run was stuck in the plugin " + call.describe()
                + " and was abandoned: its worker thread is left running until the program ends. A new run is"
                + " ready, paused: if the network still uses that plugin, pick another before pressing Play.")
                .orElse("");
    }
}
