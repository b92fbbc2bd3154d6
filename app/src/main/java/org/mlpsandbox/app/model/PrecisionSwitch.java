package org.mlpsandbox.app.model;

import org.mlpsandbox.app.model.SandboxModel.Change;
import org.mlpsandbox.engine.math.Kernels;
import org.mlpsandbox.engine.math.Precision;
import org.mlpsandbox.engine.net.Network;
import org.mlpsandbox.engine.train.TrainingSession;

/**
 * The precision of the large matrix products that a {@link SandboxModel}'s training uses, switched without losing work.
 *
 * <p>The engine makes a backend for each new trainer from {@link Kernels#PRECISION_PROPERTY}, a property of the whole
 * process, and a trainer keeps its backend for life. So a switch ends the current session (waiting for the step it is
 * in, so that no training thread uses the old backend when the property changes and the session's last snapshot holds
 * every step it took), changes the property, and goes on training in a new session from that snapshot's network, with
 * the loss history and the step and epoch counters carried on, playing again if it was playing. As after a plugin
 * reload, the optimizer's state (momentum, Adam's moments) and the shuffle start afresh.
 * A stopped or finished run is left as it is: the next Play starts afresh with the new precision anyway.
 */
public final class PrecisionSwitch {

    /** How long a switch waits for the training thread to finish its step (a plugin stuck in it waits no longer). */
    private static final long WAIT_MILLIS = 1000;

    private final SandboxModel owner;

    PrecisionSwitch(SandboxModel owner) {
        this.owner = owner;
    }

    /** The precision of the next trainer's native products: float64 unless {@link #use} or the command line chose. */
    public Precision current() {
        try {
            return Kernels.precision();
        } catch (IllegalArgumentException e) {
            return Precision.FLOAT64; // a bad -D value: every run says so; the setting shows the default
        }
    }

    /** Whether the precision can be chosen: only the native products (OpenBLAS) have a float32 mode. */
    public boolean available() {
        return Kernels.nativeInUse();
    }

    /**
     * Trains in {@code precision} from the next step on, keeping the network's weights, the loss history and the
     * counters (see the class comment). Event thread (the model's thread) only.
     *
     * @throws IllegalStateException when the native products are not in use ({@link #available()})
     */
    public void use(Precision precision) {
        if (!available()) {
            throw new IllegalStateException("float32 needs the native products; in use: " + Kernels.description());
        }
        if (precision == current()) {
            return;
        }
        RunControl run = owner.run();
        TrainingSession.Snapshot last = run.latest();
        boolean live = last != null
                && (last.state() == TrainingSession.State.PAUSED || last.state() == TrainingSession.State.RUNNING);
        if (live) {
            run.endAndWait(WAIT_MILLIS);
        }
        System.setProperty(Kernels.PRECISION_PROPERTY, precision.label());
        if (live) {
            continueFrom(run.latestSnapshot().orElseThrow().network());
        }
        owner.fire(Change.RUN);
    }

    /**
     * A new session training a copy of {@code network} (the run's own, with its plugin instances: a plugin lost in a
     * reload since does not matter), its history and counters carried on.
     */
    private void continueFrom(Network network) {
        RunControl run = owner.run();
        try {
            Network copy = network.copy();
            run.suspend();
            run.start(copy, owner.data().networkData(), owner.settings(), owner.plugins());
        } catch (RuntimeException e) {
            run.fail(e.getMessage() == null ? e.toString() : e.getMessage());
        }
    }
}
