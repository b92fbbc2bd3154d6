package org.mlpsandbox.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Component;
import java.awt.Container;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.swing.JTable;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlpsandbox.app.model.SandboxModel;
import org.mlpsandbox.app.view.LeaderboardPanel;
import org.mlpsandbox.engine.io.Experiment;
import org.mlpsandbox.engine.io.ExperimentFiles;
import org.mlpsandbox.engine.io.SavedRun;
import org.mlpsandbox.engine.plugin.PluginRegistry;

/** A sweep's experiment file opened in the app: its runs on the leaderboard, best first, and the best one restores. */
class SweepLeaderboardTest {

    @TempDir
    Path dir;

    @Test
    void aSweepFileFillsTheLeaderboardBestFirst() throws Exception {
        Path runs = dir.resolve("runs.json");
        Cli.run("sweep", "--data", "circle", "--samples", "150", "--epochs", "15", "--grid", "lr=0.3;0.03",
                "--grid", "layers=2:tanh;6:tanh", "--threads", "1", "--save", runs.toString()).expect(0);
        Experiment e = ExperimentFiles.load(runs, PluginRegistry.builtIn());
        List<SavedRun> saved = new ArrayList<>(e.runs());
        assertEquals(4, saved.size());
        // the independent reference: highest test accuracy first, ties to the smaller network
        saved.sort(Comparator.comparingDouble((SavedRun r) -> -r.testAccuracy())
                .thenComparingLong(r -> r.network().parameterCount()));
        try (SandboxModel model = new SandboxModel(PluginRegistry.builtIn())) {
            model.file().open(e);
            LeaderboardPanel[] panel = new LeaderboardPanel[1];
            SwingUtilities.invokeAndWait(() -> panel[0] = new LeaderboardPanel(model));
            JTable table = find(panel[0], "leaderboardTable", JTable.class);
            SwingUtilities.invokeAndWait(() -> {
                assertEquals(4, table.getRowCount());
                for (int row = 0; row < 4; row++) {
                    assertEquals(row + 1, table.getValueAt(row, 0));
                    assertEquals(saved.get(row).testAccuracy(), (Double) table.getValueAt(row, 2), 1e-12);
                    assertEquals(saved.get(row).network().parameterCount(), table.getValueAt(row, 4));
                    // named after its settings, with the epochs and the time it trained
                    String name = (String) table.getValueAt(row, 1);
                    assertEquals(saved.get(row).name(), name);
                    assertTrue(name.contains("lr=") && name.contains("layers="), name);
                    // no rank of its own in the name that could disagree with the board's # column
                    assertFalse(name.matches("#\\d+.*"), "row " + (row + 1) + ": " + name);
                    assertEquals(15L, table.getValueAt(row, 5));
                    double seconds = (Double) table.getValueAt(row, 6);
                    assertTrue(seconds > 0 && seconds < 60, "seconds " + seconds);
                }
                // sorting by the parameter column puts the smallest network first
                table.getRowSorter().toggleSortOrder(4);
                assertTrue((Long) table.getValueAt(0, 4) <= (Long) table.getValueAt(3, 4));
                table.setRowSelectionInterval(0, 0);
            });
            long smallest = (Long) table.getValueAt(0, 4);
            SwingUtilities.invokeAndWait(() -> find(panel[0], "leaderboardRestore", javax.swing.JButton.class)
                    .doClick());
            assertTrue(model.run().hasRun(), model.run().problem());
            assertEquals(smallest, model.network().spec().parameterCount());
        }
    }

    private static <T> T find(Container root, String name, Class<T> type) {
        for (Component c : root.getComponents()) {
            if (name.equals(c.getName()) && type.isInstance(c)) {
                return type.cast(c);
            }
            if (c instanceof Container k) {
                T found = find(k, name, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
