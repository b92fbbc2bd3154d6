package org.mlpsandbox.app.model;

import org.mlpsandbox.app.model.SandboxModel.Change;
import org.mlpsandbox.engine.data.Dataset;

/**
 * What an edit of the data means for the network and the run of a {@link SandboxModel}: a new kind of target
 * re-fits the output layer, new inputs change the network, and a new run starts; points drawn while a run plays only
 * change what it trains on.
 */
final class DataEdits {

    private final SandboxModel owner;

    DataEdits(SandboxModel owner) {
        this.owner = owner;
    }

    /** Applies a change of data; a new kind of target re-fits the output layer, new inputs change the network. */
    void changed(Runnable change) {
        Dataset old = owner.data().rawData();
        change.run();
        refitAndRebuild(old);
    }

    /**
     * Applies an edit of the drawn points: when the kind of target stays and there is a run, training goes on from its
     * current weights with the new points (draw while it plays); otherwise as {@link #changed}.
     */
    void pointsChanged(Runnable change) {
        DataState data = owner.data();
        Dataset old = data.rawData();
        boolean running = owner.run().latestSnapshot().isPresent();
        change.run();
        Dataset now = data.rawData();
        if (!running || !data.problem().isEmpty() || old.classCount() != now.classCount()
                || old.targetCount() != now.targetCount()) {
            refitAndRebuild(old);
            return;
        }
        owner.fire(Change.DATA);
        owner.continueRun();
    }

    /** The input features changed: the network's inputs did too. */
    void featuresChanged() {
        owner.fire(Change.DATA);
        owner.fire(Change.NETWORK);
        owner.rebuild();
    }

    /** After new data: a new kind of target re-fits the output layer; new inputs change the network; a new run. */
    private void refitAndRebuild(Dataset old) {
        Dataset now = owner.data().rawData();
        boolean refit = old.isClassification() != now.isClassification() || old.classCount() != now.classCount();
        if (refit) {
            owner.network().fitOutputTo(now, owner.plugins());
        }
        owner.fire(Change.DATA);
        if (refit || old.inputCount() != now.inputCount()) {
            owner.fire(Change.NETWORK); // a re-fitted output activation and loss: the Loss picker must show the new one
        }
        owner.rebuild();
    }
}
