package org.mlpsandbox.engine.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mlpsandbox.engine.TestNets;
import org.mlpsandbox.engine.train.EpochRules;
import org.mlpsandbox.engine.train.LearningRateSchedule;
import org.mlpsandbox.engine.train.StopConditions;

/** An experiment file's optional "epochRules" and a saved run's epochs and seconds. */
class EpochRulesFileTest {

    private static Experiment read(String json) throws ExperimentFileException {
        return ExperimentFiles.read(json.getBytes(StandardCharsets.UTF_8), "x.json", TestNets.PLUGINS);
    }

    @Test
    void rulesReadBackExactlyAndOldFilesHaveNone() throws Exception {
        Experiment plain = IoFixtures.experiment();
        for (EpochRules rules : List.of(
                new EpochRules(new LearningRateSchedule.Step(7, 0.3), new StopConditions(0.0125, 0, Double.NaN)),
                new EpochRules(new LearningRateSchedule.Exponential(0.987), new StopConditions(Double.NaN, 9, 2.5)),
                new EpochRules(new LearningRateSchedule.Cosine(33), StopConditions.NONE),
                new EpochRules(LearningRateSchedule.CONSTANT, new StopConditions(Double.NaN, 0, 60)))) {
            assertEquals(rules, read(ExperimentFiles.toJson(plain.withRules(rules))).rules());
        }
        String old = ExperimentFiles.toJson(plain);
        assertFalse(old.contains("epochRules"), "nothing written when nothing is set");
        assertEquals(EpochRules.NONE, read(old).rules());
    }

    @Test
    void aBadScheduleOrConditionIsOneLineNamingTheField() throws Exception {
        String json = ExperimentFiles.toJson(IoFixtures.experiment().withRules(new EpochRules(
                new LearningRateSchedule.Step(7, 0.3), new StopConditions(Double.NaN, 4, Double.NaN))));
        ExperimentFileException bad = assertThrows(ExperimentFileException.class,
                () -> read(json.replace("step(every=7,factor=0.3)", "linear(to=0)")));
        assertTrue(bad.getMessage().contains("epochRules: unknown schedule 'linear'"), bad.getMessage());
        assertFalse(bad.getMessage().contains("\n"));
        ExperimentFileException negative = assertThrows(ExperimentFileException.class,
                () -> read(json.replace("\"patience\" : 4", "\"patience\" : -4")));
        assertTrue(negative.getMessage().contains("epochRules.patience"), negative.getMessage());
    }

    @Test
    void aSavedRunKeepsItsEpochsAndSeconds() throws Exception {
        Experiment e = IoFixtures.experiment();
        SavedRun run = SavedRun.of("#1 lr=0.1", e.buildNetwork(TestNets.PLUGINS), e.training(), e.data(), e.history(),
                0.5, 0.6, Double.NaN, Double.NaN).withTime(120, 1.75);
        SavedRun back = read(ExperimentFiles.toJson(e.withRuns(List.of(run)))).runs().get(0);
        assertEquals(run, back);
        assertEquals(120, back.epochs());
        assertEquals(1.75, back.seconds());
        SavedRun unknown = read(ExperimentFiles.toJson(e.withRuns(List.of(run.withTime(-1, Double.NaN))))).runs()
                .get(0);
        assertEquals(-1, unknown.epochs());
        assertTrue(Double.isNaN(unknown.seconds()));
        assertThrows(IllegalArgumentException.class, () -> run.withTime(-2, 1));
        assertThrows(IllegalArgumentException.class, () -> run.withTime(3, -1));
    }
}
