package org.mlpsandbox.app.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The runs ranked: by test accuracy (highest first) for classification, by test loss (lowest first) otherwise; ties
 * go to the smaller network, then to the earlier run. Runs without the measure come last. A class challenge reads it
 * as "who gets spiral to 99 % with the fewest weights?".
 */
public final class Leaderboard {

    /** What the runs are ranked by. */
    public enum Measure {
        TEST_ACCURACY, TEST_LOSS
    }

    /**
     * One place on the board.
     *
     * @param rank       1 for the best run
     * @param run        the run
     * @param parameters weights and biases of its network
     */
    public record Row(int rank, RunRecord run, long parameters) {

        public double testAccuracy() {
            return run.testAccuracy();
        }

        public double testLoss() {
            return run.finalTestLoss();
        }

        /** Training steps the run took. */
        public long steps() {
            return run.lastStep();
        }

        /** Epochs the run trained, -1 when unknown (a run from an older file). */
        public long epochs() {
            return run.epochs();
        }

        /** Seconds the run spent training, NaN when unknown. */
        public double seconds() {
            return run.seconds();
        }
    }

    private Leaderboard() {
    }

    /** Test accuracy when any run has one (classification), otherwise test loss. */
    public static Measure measureFor(List<RunRecord> runs) {
        return runs.stream().anyMatch(r -> Double.isFinite(r.testAccuracy())) ? Measure.TEST_ACCURACY
                : Measure.TEST_LOSS;
    }

    /** The runs ranked by {@link #measureFor} them. */
    public static List<Row> rank(List<RunRecord> runs) {
        return rank(runs, measureFor(runs));
    }

    /** The runs ranked by {@code measure}, best first. */
    public static List<Row> rank(List<RunRecord> runs, Measure measure) {
        Comparator<RunRecord> byMeasure = measure == Measure.TEST_ACCURACY
                ? Comparator.comparingDouble((RunRecord r) -> missingLast(-r.testAccuracy()))
                : Comparator.comparingDouble((RunRecord r) -> missingLast(r.finalTestLoss()));
        List<RunRecord> sorted = new ArrayList<>(runs);
        sorted.sort(byMeasure.thenComparingLong(r -> r.network().parameterCount())
                .thenComparingInt(RunRecord::number));
        List<Row> rows = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            rows.add(new Row(i + 1, sorted.get(i), sorted.get(i).network().parameterCount()));
        }
        return rows;
    }

    private static double missingLast(double v) {
        return Double.isFinite(v) ? v : Double.POSITIVE_INFINITY;
    }
}
