package org.mlpsandbox.app.cli;

import java.util.Comparator;
import java.util.Map;
import org.mlpsandbox.engine.io.Experiment;
import org.mlpsandbox.engine.io.SavedRun;

/**
 * One run of a sweep.
 *
 * @param point        the grid values of the run
 * @param testAccuracy accuracy on the test part (the training part without one); NaN for regression
 * @param testLoss     loss on the test part (the training part without one)
 * @param trainLoss    loss on the training part
 * @param parameters   the network's number of weights and biases
 * @param epochs       epochs run (fewer than asked when a stop condition ended the run)
 * @param seconds      wall time of the run, data loading included
 * @param failure      why the run broke off (e.g. it diverged), or empty
 * @param run          the run as the Runs tab keeps it
 * @param experiment   the trained network with its settings, data and history
 */
record SweepResult(Map<String, String> point, double testAccuracy, double testLoss, double trainLoss,
                   long parameters, long epochs, double seconds, String failure, SavedRun run,
                   Experiment experiment) {

    /**
     * Best first: runs that did not fail, then the higher test accuracy (classification), then the lower test loss,
     * then the fewer parameters.
     */
    static final Comparator<SweepResult> BEST_FIRST = Comparator
            .comparing((SweepResult r) -> !r.failure().isEmpty())
            .thenComparing(r -> Double.isNaN(r.testAccuracy()) ? 0 : -r.testAccuracy())
            .thenComparing(r -> Double.isNaN(r.testLoss()) ? Double.POSITIVE_INFINITY : r.testLoss())
            .thenComparingLong(SweepResult::parameters);
}
