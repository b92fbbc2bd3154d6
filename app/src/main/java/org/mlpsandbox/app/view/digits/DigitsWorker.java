package org.mlpsandbox.app.view.digits;

import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import javax.swing.SwingWorker;
import org.mlpsandbox.engine.data.Dataset;
import org.mlpsandbox.engine.net.Network;

/** Evaluates a private copy of a network off the event thread and hands the result back on it. */
final class DigitsWorker {

    private DigitsWorker() {
    }

    /** Copies {@code network} now (on the caller's thread), evaluates the copy in the background. */
    static void evaluate(Network network, Dataset data, Consumer<DigitsEvaluation> done) {
        Network copy = network.copy();
        new SwingWorker<DigitsEvaluation, Void>() {
            @Override
            protected DigitsEvaluation doInBackground() {
                return DigitsEvaluation.of(copy, data);
            }

            @Override
            protected void done() {
                try {
                    done.accept(get());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (ExecutionException e) {
                    throw new IllegalStateException("evaluating the digits network failed", e.getCause());
                }
            }
        }.execute();
    }
}
