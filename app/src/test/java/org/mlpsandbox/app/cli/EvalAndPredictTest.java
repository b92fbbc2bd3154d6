package org.mlpsandbox.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlpsandbox.engine.io.ExperimentFiles;
import org.mlpsandbox.engine.net.Network;
import org.mlpsandbox.engine.plugin.PluginRegistry;

class EvalAndPredictTest {

    private static final PluginRegistry PLUGINS = PluginRegistry.builtIn();

    @TempDir
    static Path dir;

    private static Path circle;
    private static String trainOutput;
    private static Path sine;

    @BeforeAll
    static void trainModels() {
        circle = dir.resolve("circle.json");
        trainOutput = Cli.run("train", "--data", "circle", "--samples", "300", "--epochs", "20", "--noise", "0.3",
                "--seed", "3", "--save", circle.toString()).expect(0).out();
        sine = dir.resolve("sine.json");
        Cli.run("train", "--data", "sine", "--samples", "100", "--epochs", "5", "--save", sine.toString()).expect(0);
    }

    private static String loss(String out, String part) {
        Matcher m = Pattern.compile("(?m)^" + part + "\\s+(?:\\d+\\s+)?(?:loss )?(\\S+)").matcher(out);
        assertTrue(m.find(), "no " + part + " loss in:\n" + out);
        return m.group(1);
    }

    @Test
    void evalRemakesTheTrainingDataAndGetsTheSameNumbers() {
        Cli.Result r = Cli.run("eval", circle.toString()).expect(0);
        assertTrue(r.out().contains("circle, 300 samples, noise 0.3, test ratio 0.2, seed 3"), r.out());
        assertEquals(loss(trainOutput, "test"), loss(r.out(), "test"), "same weights, same test split");
        assertEquals(loss(trainOutput, "train"), loss(r.out(), "train"));
        assertTrue(r.out().contains("confusion matrix on the test part"), r.out());
        String[] matrix = r.out().substring(r.out().indexOf("confusion")).split("\n");
        long total = 0;
        for (int row = 2; row <= 3; row++) {
            String[] cells = matrix[row].trim().split("\\s+");
            assertEquals(3, cells.length, matrix[row]);
            total += Long.parseLong(cells[1]) + Long.parseLong(cells[2]);
        }
        assertEquals(60, total, "every test sample counted once");
    }

    @Test
    void evalOnOtherData() {
        Cli.Result r = Cli.run("eval", circle.toString(), "--data", "circle", "--samples", "80", "--seed", "11")
                .expect(0);
        assertTrue(r.out().contains("all          80"), r.out());
        assertTrue(r.out().contains("confusion matrix on all 80 samples"), r.out());
        Cli.Result noisier = Cli.run("eval", circle.toString(), "--noise", "1.5").expect(0);
        assertTrue(noisier.out().contains("noise 1.5"), noisier.out());
    }

    @Test
    void evalRefusesDataOfAnotherShape() {
        Cli.Result r = Cli.run("eval", circle.toString(), "--data", "sine").expect(1);
        assertTrue(r.err().startsWith("error: the model " + circle + " takes 2 inputs, but the data sine has 1"),
                r.err());
    }

    @Test
    void evalOfRegressionHasNoConfusionMatrix() {
        Cli.Result r = Cli.run("eval", sine.toString()).expect(0);
        assertFalse(r.out().contains("confusion"), r.out());
        assertTrue(r.out().contains("test"), r.out());
    }

    @Test
    void predictPrintsExactlyWhatTheNetworkComputes() throws IOException {
        Cli.Result r = Cli.run("predict", circle.toString(), "0.5,-1.2", "-4.5,0.25").expect(0);
        List<String> lines = r.out().lines().toList();
        assertEquals("output,class", lines.get(0));
        Network net = ExperimentFiles.load(circle, PLUGINS).buildNetwork(PLUGINS);
        double[] y = net.predict(new double[] {0.5, -1.2, -4.5, 0.25}, 2);
        assertEquals(y[0] + "," + (y[0] >= 0.5 ? 1 : 0), lines.get(1));
        assertEquals(y[1] + "," + (y[1] >= 0.5 ? 1 : 0), lines.get(2));
        assertEquals("1", lines.get(1).split(",")[1], "inside the circle");
        assertEquals("0", lines.get(2).split(",")[1], "outside the circle");
    }

    @Test
    void predictReadsACsvFileAndSkipsItsTargetColumn() throws IOException {
        Path csv = dir.resolve("points.csv");
        Files.writeString(csv, "x1,x2,label\n0.1,0.2,1\n\n4.8,0.1,0\n");
        Cli.Result r = Cli.run("predict", circle.toString(), "--input", csv.toString()).expect(0);
        List<String> lines = r.out().lines().toList();
        assertEquals(3, lines.size(), r.out());
        assertTrue(lines.get(1).endsWith(",1"), r.out());
        assertTrue(lines.get(2).endsWith(",0"), r.out());
        Path bare = dir.resolve("bare.csv");
        Files.writeString(bare, "0.1,0.2\n4.8,0.1\n");
        assertEquals(r.out(), Cli.run("predict", circle.toString(), "--input", bare.toString()).expect(0).out());
    }

    @Test
    void predictForRegressionHasNoClass() {
        Cli.Result r = Cli.run("predict", sine.toString(), "1.0").expect(0);
        assertEquals("output", r.out().lines().findFirst().orElseThrow());
        Double.parseDouble(r.out().lines().skip(1).findFirst().orElseThrow());
    }

    @Test
    void predictRefusesSamplesOfTheWrongSize() {
        Cli.Result r = Cli.run("predict", circle.toString(), "1,2,3").expect(2);
        assertTrue(r.err().contains("has 3 value(s), but the model takes 2 inputs"), r.err());
        Cli.Result bad = Cli.run("predict", circle.toString(), "1,x").expect(2);
        assertTrue(bad.err().contains("'x' is not a number"), bad.err());
    }

    @Test
    void brokenModelFilesGiveOneLineAndExitCode1() throws IOException {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{ \"format\": \"mlp-sandbox-experiment\", ");
        for (String command : new String[] {"eval", "predict"}) {
            Cli.Result r = command.equals("eval") ? Cli.run("eval", broken.toString())
                    : Cli.run("predict", broken.toString(), "1,2");
            r.expect(1);
            assertTrue(r.err().startsWith("error: " + broken + ": not valid JSON"), r.err());
            assertEquals(1, r.err().lines().count(), "no stack trace: " + r.err());
        }
        Cli.Result verbose = Cli.run("eval", broken.toString(), "--verbose").expect(1);
        assertTrue(verbose.err().contains("\tat "), "stack trace with --verbose: " + verbose.err());

        Cli.Result missing = Cli.run("eval", dir.resolve("nope.json").toString()).expect(1);
        assertEquals("error: " + dir.resolve("nope.json") + ": no such file", missing.err().strip());
    }

    @Test
    void aModelNeedingAMissingPluginSaysSo() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = (ObjectNode) mapper.readTree(circle.toFile());
        ((ObjectNode) root.get("network").get("layers").get(0).get("activation")).put("id", "acme.swish");
        Path file = dir.resolve("swish.json");
        mapper.writeValue(file.toFile(), root);
        Cli.Result r = Cli.run("eval", file.toString()).expect(1);
        assertTrue(r.err().contains("unknown activation 'acme.swish'"), r.err());
        assertTrue(r.err().contains("plugin jar"), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
    }
}
