package org.mlpsandbox.app.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mlpsandbox.engine.io.DataSpec;
import org.mlpsandbox.engine.io.Experiment;
import org.mlpsandbox.engine.io.ExperimentFiles;
import org.mlpsandbox.engine.net.Network;
import org.mlpsandbox.engine.net.NetworkSpec;

/** The leaderboard's order: best measure first, ties to the smaller network, runs without the measure last. */
class LeaderboardTest {

    private final SandboxModel model = new SandboxModel(TestPlugins.registry());

    @AfterEach
    void close() {
        model.close();
    }

    private RunRecord run(int number, NetworkSpec spec, double testLoss, double testAccuracy) {
        return RunRecord.of(number, model.currentSetup(), DataSpec.generated("circle", 400, 0, 0.2, 1), spec,
                RunRecord.parametersOf(Network.build(spec, model.plugins())), new double[] {10}, new double[] {1},
                new double[] {testLoss}, 1, 1, testLoss, testAccuracy, testAccuracy, RunThumbnail.NONE);
    }

    private static List<Integer> numbers(List<Leaderboard.Row> rows) {
        return rows.stream().map(r -> r.run().number()).toList();
    }

    @Test
    void classificationRanksByTestAccuracyThenByFewerParameters() {
        NetworkSpec small = model.network().spec();
        model.network().addLayer();
        NetworkSpec big = model.network().spec();
        long smallCount = small.parameterCount();
        long bigCount = big.parameterCount();
        assertEquals(true, bigCount > smallCount, bigCount + " vs " + smallCount);

        List<RunRecord> runs = List.of(run(1, big, 0.3, 0.90), run(2, small, 0.2, 0.95), run(3, big, 0.1, 0.99),
                run(4, small, 0.4, 0.99), run(5, small, Double.NaN, Double.NaN));
        assertEquals(Leaderboard.Measure.TEST_ACCURACY, Leaderboard.measureFor(runs));
        List<Leaderboard.Row> rows = Leaderboard.rank(runs);
        assertEquals(List.of(4, 3, 2, 1, 5), numbers(rows));
        assertEquals(List.of(1, 2, 3, 4, 5), rows.stream().map(Leaderboard.Row::rank).toList());
        assertEquals(smallCount, rows.get(0).parameters());
        assertEquals(bigCount, rows.get(1).parameters());
        assertEquals(10, rows.get(0).steps());
    }

    @Test
    void rowsShowTheEpochsAndTheTimeARunTrainedAndAFileKeepsThem() throws Exception {
        for (int e = 1; e <= 3; e++) {
            model.run().stepEpoch();
            int epoch = e;
            long end = System.currentTimeMillis() + 10_000;
            while (model.run().poll().orElseThrow().progress().epoch() < epoch && System.currentTimeMillis() < end) {
                Thread.sleep(5);
            }
        }
        model.run().reset(); // the run ends and is kept
        Leaderboard.Row row = Leaderboard.rank(model.runs().runs()).get(0);
        assertEquals(3, row.epochs());
        assertTrue(row.seconds() > 0 && row.seconds() < 30, "seconds " + row.seconds());

        String json = ExperimentFiles.toJson(model.file().toExperiment());
        Experiment back = ExperimentFiles.read(json.getBytes(StandardCharsets.UTF_8), "x.json", model.plugins());
        try (SandboxModel other = new SandboxModel(TestPlugins.registry())) {
            other.file().open(back);
            Leaderboard.Row reopened = Leaderboard.rank(other.runs().runs()).get(0);
            assertEquals(3, reopened.epochs());
            assertEquals(row.seconds(), reopened.seconds(), 0);
        }
        // a file from before the runs kept their time: unknown, shown as such, still ranked
        String old = json.replaceAll("\\s*\"epochs\" : \\d+,?", "").replaceAll(",\\s*\"seconds\" : [0-9.Ee-]+", "");
        assertFalse(old.contains("\"seconds\""), old);
        Experiment older = ExperimentFiles.read(old.getBytes(StandardCharsets.UTF_8), "old.json", model.plugins());
        try (SandboxModel other = new SandboxModel(TestPlugins.registry())) {
            other.file().open(older);
            Leaderboard.Row unknown = Leaderboard.rank(other.runs().runs()).get(0);
            assertEquals(-1, unknown.epochs());
            assertTrue(Double.isNaN(unknown.seconds()));
        }
    }

    @Test
    void aRunNamedByASweepKeepsItsName() {
        RunRecord r = run(1, model.network().spec(), 0.2, 0.9);
        RunRecord named = RunRecord.fromSaved(r.toSaved().withName("#2 lr=0.1 layers=8:tanh"), 7);
        assertEquals("#2 lr=0.1 layers=8:tanh", named.name());
        assertEquals(7, named.number());
        assertEquals("Run 4", RunRecord.fromSaved(r.toSaved().withName("Run 4"), 7).name());
    }

    @Test
    void regressionRanksByTestLoss() {
        NetworkSpec spec = model.network().spec();
        List<RunRecord> runs = List.of(run(1, spec, 0.5, Double.NaN), run(2, spec, Double.NaN, Double.NaN),
                run(3, spec, 0.05, Double.NaN), run(4, spec, 0.2, Double.NaN));
        assertEquals(Leaderboard.Measure.TEST_LOSS, Leaderboard.measureFor(runs));
        assertEquals(List.of(3, 4, 1, 2), numbers(Leaderboard.rank(runs)));
        // no run has an accuracy: all tie, same size, so the earlier run first
        assertEquals(List.of(1, 2, 3, 4), numbers(Leaderboard.rank(runs, Leaderboard.Measure.TEST_ACCURACY)));
    }
}
