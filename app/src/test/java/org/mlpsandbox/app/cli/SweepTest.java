package org.mlpsandbox.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlpsandbox.engine.io.Experiment;
import org.mlpsandbox.engine.io.ExperimentFiles;
import org.mlpsandbox.engine.plugin.PluginRegistry;

class SweepTest {

    @TempDir
    Path dir;

    @Test
    void theGridIsEveryCombinationFirstKeySlowest() {
        SweepGrid grid = new SweepGrid(List.of("lr=0.3;0.1", "layers=8:tanh;4:relu,4:relu;2:tanh"));
        assertEquals(6, grid.size());
        List<Map<String, String>> points = grid.points();
        assertEquals(Map.of("lr", "0.3", "layers", "8:tanh"), points.get(0));
        assertEquals(Map.of("lr", "0.3", "layers", "4:relu,4:relu"), points.get(1));
        assertEquals(Map.of("lr", "0.1", "layers", "2:tanh"), points.get(5));
        assertEquals(6, new HashSet<>(points).size());
        List<Map<String, String>> drawn = grid.randomPoints(4, 9);
        assertEquals(4, new HashSet<>(drawn).size());
        assertTrue(points.containsAll(drawn));
        assertEquals(drawn, grid.randomPoints(4, 9), "the same seed draws the same points");
    }

    @Test
    void argumentsAreTrainOptionsAndActivationRewritesEveryHiddenLayer() {
        assertEquals(List.of("--lr", "0.1", "--batch", "5"),
                SweepGrid.arguments(Map.of("lr", "0.1", "batch", "5").entrySet().stream().sorted(
                        Map.Entry.comparingByKey(java.util.Comparator.reverseOrder())).collect(
                        java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a,
                                java.util.LinkedHashMap::new)), "8:tanh"));
        assertEquals(List.of("--layers", "16:relu,4:relu"),
                SweepGrid.arguments(Map.of("activation", "relu"), "16:tanh,4:sigmoid"));
        assertThrows(IllegalArgumentException.class, () -> new SweepGrid(List.of("lr")));
        assertThrows(IllegalArgumentException.class, () -> new SweepGrid(List.of("lr=0.1", "lr=0.2")));
        assertThrows(IllegalArgumentException.class, () -> new SweepGrid(List.of("data=circle;xor")));
    }

    @Test
    void aTwelvePointSweepRanksItsRunsAndSavesThemForTheApp() throws Exception {
        Path csv = dir.resolve("sweep.csv");
        Path json = dir.resolve("sweep.json");
        Path runs = dir.resolve("runs.json");
        String out = Cli.run("sweep", "--data", "circle", "--samples", "200", "--epochs", "30",
                "--grid", "lr=0.3;0.1;0.01", "--grid", "layers=4:tanh;8:tanh,8:tanh", "--grid", "seed=1;2",
                "--out", csv.toString(), "--save", runs.toString()).expect(0).out();
        assertTrue(out.contains("12 runs"), out);
        List<String> lines = Files.readAllLines(csv);
        assertEquals(13, lines.size());
        assertTrue(lines.get(0).startsWith("rank,lr,layers,seed,test_accuracy,test_loss"), lines.get(0));
        double previous = 2;
        for (String line : lines.subList(1, 13)) {
            String[] cells = cells(line);
            double accuracy = Double.parseDouble(cells[4]);
            assertTrue(accuracy <= previous, "sorted by test accuracy: " + lines);
            previous = accuracy;
        }
        Experiment saved = ExperimentFiles.load(runs, PluginRegistry.builtIn());
        assertEquals(12, saved.runs().size());
        // best first, each named after its grid point without a rank (the app's leaderboard shows its own rank)
        for (int i = 0; i < 12; i++) {
            String[] row = cells(lines.get(i + 1));
            assertEquals("lr=" + unquote(row[1]) + " layers=" + unquote(row[2]) + " seed=" + unquote(row[3]),
                    saved.runs().get(i).name(), "run " + (i + 1));
            assertEquals(Double.parseDouble(row[4]), saved.runs().get(i).testAccuracy(), 1e-12, "run " + (i + 1));
        }
        assertEquals(Double.parseDouble(cells(lines.get(1))[4]), saved.runs().get(0).testAccuracy(), 1e-12);
        // the file's network is the best run's: eval gives its test accuracy
        String eval = Cli.run("eval", runs.toString()).expect(0).out();
        assertTrue(eval.contains(Text.percent(saved.runs().get(0).testAccuracy())), eval);

        Cli.run("sweep", "--data", "circle", "--samples", "100", "--epochs", "5", "--grid", "optimizer=sgd;adam",
                "--threads", "1", "--out", json.toString()).expect(0);
        JsonNode table = new ObjectMapper().readTree(json.toFile());
        assertEquals(2, table.size());
        assertEquals(1, table.get(0).get("rank").asInt());
    }

    private static String unquote(String cell) {
        return cell.startsWith("\"") ? cell.substring(1, cell.length() - 1) : cell;
    }

    /** The cells of a CSV line whose quoted cells hold commas. */
    private static String[] cells(String line) {
        return line.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)");
    }

    @Test
    void badSweepsAreRefusedBeforeTraining() {
        assertTrue(Cli.run("sweep", "--data", "circle").expect(2).err().contains("--grid"));
        assertTrue(Cli.run("sweep", "--grid", "lr=abc").expect(2).err().contains("lr=abc"));
        assertTrue(Cli.run("sweep", "--grid", "lr=0.1", "--lesson", "1").expect(2).err().contains("--lesson"));
        assertTrue(Cli.run("sweep", "--grid", "lr=0.1", "--out", "t.txt").expect(2).err().contains(".csv or .json"));
    }
}
