package org.mlpsandbox.app.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlpsandbox.engine.io.Experiment;
import org.mlpsandbox.engine.io.ExperimentFiles;
import org.mlpsandbox.engine.io.HistoryCsv;
import org.mlpsandbox.engine.plugin.PluginRegistry;

class TrainCommandTest {

    private static final PluginRegistry PLUGINS = PluginRegistry.builtIn();

    @TempDir
    Path dir;

    /** The accuracy in percent from a summary line such as "test     loss 0.01  accuracy 99.00%". */
    static double accuracy(String out, String part) {
        Matcher m = Pattern.compile("(?m)^" + part + "\\s+loss \\S+\\s+accuracy ([\\d.]+)%").matcher(out);
        assertTrue(m.find(), "no " + part + " accuracy in:\n" + out);
        return Double.parseDouble(m.group(1));
    }

    @Test
    void trainsTheCircleAndWritesModelHistoryAndChart() throws IOException {
        Path model = dir.resolve("model.json");
        Path history = dir.resolve("loss.csv");
        Path chart = dir.resolve("loss.png");
        Cli.Result r = Cli.run("train", "--data", "circle", "--samples", "300", "--layers", "8:tanh,8:tanh",
                "--epochs", "30", "--save", model.toString(), "--history", history.toString(),
                "--chart", chart.toString()).expect(0);

        assertTrue(r.out().contains("2 -> 8 tanh -> 8 tanh -> 1 sigmoid"), r.out());
        assertTrue(r.out().contains("240 training / 60 test samples"), r.out());
        assertTrue(r.out().contains("samples/s"), r.out());
        assertTrue(accuracy(r.out(), "test") >= 90, r.out());
        assertTrue(r.out().contains("wrote model " + model), r.out());
        assertEquals("", r.err());

        List<String> lines = Files.readAllLines(history);
        assertEquals(HistoryCsv.HEADER, lines.get(0));
        assertEquals(31, lines.size(), "header and one row per epoch");
        assertTrue(lines.get(30).startsWith("30,720,"), lines.get(30));
        assertEquals(5, lines.get(30).split(",", -1).length);

        Experiment e = ExperimentFiles.load(model, PLUGINS);
        assertEquals(30, e.history().size());
        assertEquals("log-loss", e.network().loss().id());
        assertEquals("sigmoid", e.network().layers().get(2).activation().id());
        assertEquals(1, e.data().seed());
        assertEquals(3, e.network().seed(), "initial weights use seed + 2");
        assertEquals(4, e.training().seed(), "shuffling uses seed + 3");

        BufferedImage png = ImageIO.read(chart.toFile());
        assertEquals(LossChart.WIDTH, png.getWidth());
        assertEquals(LossChart.HEIGHT, png.getHeight());
    }

    @Test
    void oneSeedGivesIdenticalHistoriesAndAnotherSeedDoesNot() throws IOException {
        byte[] a = history("5", "a.csv");
        byte[] b = history("5", "b.csv");
        byte[] c = history("6", "c.csv");
        assertArrayEquals(a, b);
        assertFalse(java.util.Arrays.equals(a, c));
    }

    private byte[] history(String seed, String name) throws IOException {
        Path file = dir.resolve(name);
        Cli.run("train", "--data", "spiral", "--samples", "200", "--epochs", "8", "--optimizer", "adam",
                "--lr", "0.01", "--seed", seed, "-q", "--history", file.toString()).expect(0);
        return Files.readAllBytes(file);
    }

    @Test
    void progressIsPrintedAsPlainLinesWhenNotOnATerminal() {
        Cli.Result r = Cli.run("train", "--data", "xor", "--samples", "100", "--epochs", "20").expect(0);
        assertTrue(r.out().contains("epoch 2/20  loss "), r.out());
        assertTrue(r.out().contains("epoch 20/20  loss "), r.out());
        assertFalse(r.out().contains("\r"), "no bar redraws when not on a terminal");
        Cli.Result quiet = Cli.run("train", "--data", "xor", "--samples", "100", "--epochs", "20", "-q").expect(0);
        assertFalse(quiet.out().contains("epoch 2/20"), quiet.out());
        assertTrue(quiet.out().contains("done     20 epochs"), quiet.out());
    }

    @Test
    void regressionGetsIdentityOutputAndMseWithoutAccuracy() throws IOException {
        Path model = dir.resolve("sine.json");
        Cli.Result r = Cli.run("train", "--data", "sine", "--samples", "200", "--epochs", "20", "--noise", "0.05",
                "--save", model.toString()).expect(0);
        assertFalse(r.out().contains("accuracy"), r.out());
        Experiment e = ExperimentFiles.load(model, PLUGINS);
        assertEquals("identity", e.network().layers().get(2).activation().id());
        assertEquals("mse", e.network().loss().id());
        assertEquals(0.05, e.data().noise());
    }

    @Test
    void manyClassesGetSoftmaxAndCrossEntropy() throws IOException {
        Path csv = dir.resolve("three.csv");
        StringBuilder b = new StringBuilder("x,y,kind\n");
        for (int i = 0; i < 90; i++) {
            int k = i % 3;
            b.append(k * 2 + 0.01 * i).append(',').append(-k + 0.02 * (i % 7)).append(',')
                    .append(new String[] {"red", "green", "blue"}[k]).append('\n');
        }
        Files.writeString(csv, b.toString());
        Path model = dir.resolve("three.json");
        Cli.Result r = Cli.run("train", "--data", csv.toString(), "--layers", "6:relu", "--epochs", "40",
                "--optimizer", "adam", "--save", model.toString()).expect(0);
        Experiment e = ExperimentFiles.load(model, PLUGINS);
        assertEquals(3, e.network().outputs());
        assertEquals("softmax", e.network().layers().get(1).activation().id());
        assertEquals("categorical-cross-entropy", e.network().loss().id());
        assertEquals(csv.toString(), e.data().path());
        assertTrue(accuracy(r.out(), "test") >= 80, r.out());
    }

    @Test
    void softmaxOutputForTwoClassesGivesTwoOutputs() throws IOException {
        Path model = dir.resolve("two.json");
        Cli.run("train", "--data", "gauss", "--samples", "100", "--epochs", "5", "--output", "softmax",
                "--save", model.toString()).expect(0);
        Experiment e = ExperimentFiles.load(model, PLUGINS);
        assertEquals(2, e.network().outputs());
        assertEquals("categorical-cross-entropy", e.network().loss().id());
    }

    @Test
    void pluginParametersInBothSyntaxesReachTheFile() throws IOException {
        Path model = dir.resolve("leaky.json");
        Cli.run("train", "--data", "xor", "--samples", "100", "--epochs", "3",
                "--layers", "6:leaky-relu(alpha=0.2),5:leaky-relu:alpha=0.05", "--optimizer", "adam",
                "--param", "beta1=0.8", "--bias-lr", "0.02", "--l2", "0.001", "--batch", "7",
                "--save", model.toString()).expect(0);
        Experiment e = ExperimentFiles.load(model, PLUGINS);
        assertEquals(0.2, e.network().layers().get(0).activation().parameters().get("alpha"));
        assertEquals(0.05, e.network().layers().get(1).activation().parameters().get("alpha"));
        assertEquals(0.8, e.training().optimizer().parameters().get("beta1"));
        assertTrue(e.training().optimizer().parameters().containsKey("beta2"), "defaults are written too");
        assertEquals(0.01, e.training().learningRate(), "Adam's default rate");
        assertEquals(0.02, e.training().biasLearningRate());
        assertEquals(0.001, e.training().l2());
        assertEquals(7, e.training().batchSize());
    }

    @Test
    void theShippedDigitsTrain() {
        Cli.Result r = Cli.run("train", "--data", "digits", "--samples", "300", "--layers", "16:relu",
                "--epochs", "2", "--batch", "32").expect(0);
        assertTrue(r.out().contains("784 -> 16 relu -> 10 softmax"), r.out());
        assertTrue(r.out().contains("300 training / 75 test samples"), r.out());
    }

    @Test
    void divergenceFailsButStillWritesTheLastGoodState() throws IOException {
        Path model = dir.resolve("diverged.json");
        Path history = dir.resolve("diverged.csv");
        Cli.Result r = Cli.run("train", "--data", "square", "--samples", "100", "--lr", "1e6", "--epochs", "50",
                "--save", model.toString(), "--history", history.toString()).expect(1);
        assertTrue(r.err().startsWith("error: Training diverged at step "), r.err());
        assertTrue(r.err().contains("wrote model " + model), r.err());
        assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());
        assertTrue(r.out().contains("wrote the last good state"), r.out());
        Experiment e = ExperimentFiles.load(model, PLUGINS);
        for (var p : e.parameters()) {
            for (double w : p.weights()) {
                assertTrue(Double.isFinite(w));
            }
        }
        assertTrue(Files.readString(history).startsWith(HistoryCsv.HEADER));
    }

    @Test
    void theNetworkSeedDiffersFromTheDataSeed() throws IOException {
        Path a = dir.resolve("a.json");
        Cli.run("train", "--data", "circle", "--samples", "50", "--epochs", "1", "--seed", "9", "--save",
                a.toString()).expect(0);
        Experiment e = ExperimentFiles.load(a, PLUGINS);
        assertNotEquals(e.data().seed(), e.network().seed());
        assertNotEquals(e.network().seed(), e.training().seed());
    }
}
