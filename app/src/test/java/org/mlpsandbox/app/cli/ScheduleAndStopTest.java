package org.mlpsandbox.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --lr-schedule} and the stop options of {@code train}. */
class ScheduleAndStopTest {

    @TempDir
    Path dir;

    private List<String> history(String name, String... schedule) throws Exception {
        Path file = dir.resolve(name + ".csv");
        List<String> args = new java.util.ArrayList<>(List.of("train", "--data", "circle", "--samples", "200",
                "--epochs", "8", "-q", "--history", file.toString()));
        args.addAll(List.of(schedule));
        Cli.run(args.toArray(String[]::new)).expect(0);
        return Files.readAllLines(file);
    }

    @Test
    void aStepScheduleChangesTheRunExactlyFromItsFirstStep() throws Exception {
        List<String> constant = history("constant");
        List<String> step = history("step", "--lr-schedule", "step(every=5,factor=0.1)");
        List<String> late = history("late", "--lr-schedule", "step:every=100:factor=0.1");
        assertEquals(constant, late, "a step after the last epoch changes nothing");
        // header + epochs 1-5 at the full rate are the same, epoch 6 (the first at a tenth) is not
        assertEquals(constant.subList(0, 6), step.subList(0, 6));
        assertNotEquals(constant.get(6), step.get(6));
    }

    private static double number(String out, String regex) {
        Matcher m = Pattern.compile(regex).matcher(out);
        assertTrue(m.find(), regex + " not in:\n" + out);
        return Double.parseDouble(m.group(1));
    }

    @Test
    void patienceStopsAnOverfittingRunAndSavesTheBestWeights() throws Exception {
        Path model = dir.resolve("overfit.json");
        String out = Cli.run("train", "--data", "spiral", "--noise", "1", "--samples", "200", "--layers",
                "64:relu,64:relu", "--optimizer", "adam", "--lr", "0.01", "--epochs", "1000", "--patience", "20", "-q",
                "--save", model.toString()).expect(0).out();
        int ran = (int) number(out, "done\\s+(\\d+) epochs");
        int best = (int) number(out, "best\\s+epoch (\\d+)");
        assertTrue(ran < 1000, out);
        assertEquals(best + 20, ran, out);
        assertTrue(out.contains("had not improved for 20 epochs"), out);
        double testLoss = number(out, "(?m)^test\\s+loss (\\S+)");
        String eval = Cli.run("eval", model.toString()).expect(0).out();
        assertEquals(testLoss, number(eval, "(?m)^test\\s+\\d+\\s+(\\S+)"), 1e-3 * testLoss,
                "the saved model is the best epoch's:\n" + eval);
    }

    @Test
    void stopAtLossAndTimeLimitAndBadValues() {
        String out = Cli.run("train", "--data", "gauss", "--epochs", "500", "--stop-at-loss", "0.05", "-q")
                .expect(0).out();
        assertTrue(out.contains("the training loss reached 0.05 at epoch"), out);
        assertTrue(number(out, "done\\s+(\\d+) epochs") < 500, out);
        String timed = Cli.run("train", "--data", "circle", "--epochs", "100000", "--max-seconds", "0.5", "-q")
                .expect(0).out();
        assertTrue(timed.contains("time limit of 0.5 s"), timed);
        assertTrue(Cli.run("train", "--lr-schedule", "linear").expect(2).err().contains("--lr-schedule linear"));
        assertTrue(Cli.run("train", "--patience", "0").expect(2).err().contains("--patience"));
    }
}
