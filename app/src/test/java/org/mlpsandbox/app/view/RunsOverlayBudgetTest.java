package org.mlpsandbox.app.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;
import org.mlpsandbox.app.model.RunRecord;
import org.mlpsandbox.app.model.RunThumbnail;
import org.mlpsandbox.app.model.SandboxModel;
import org.mlpsandbox.app.model.Setup;
import org.mlpsandbox.app.model.TestPlugins;
import org.mlpsandbox.engine.io.DataSpec;
import org.mlpsandbox.engine.net.Network;

/**
 * Overlaying 10 runs of 10,000 steps each must not slow the window: building the overlay and drawing the chart take
 * well under 100 ms of CPU on the event thread (thread CPU time, not wall time, as the machine may be shared).
 */
class RunsOverlayBudgetTest {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private static Setup withLearningRate(Setup s, double lr) {
        return new Setup(s.data(), s.features(), s.hiddenLayers(), s.outputActivation(), s.loss(), s.initializer(),
                s.networkSeed(), s.training().withLearningRate(lr));
    }

    @Test
    void tenRunsOfTenThousandStepsOverlayWithinBudget() throws Exception {
        try (SandboxModel model = new SandboxModel(TestPlugins.registry())) {
            List<RunRecord> runs = new ArrayList<>();
            var params = RunRecord.parametersOf(Network.build(model.network().spec(), model.plugins()));
            SplittableRandom random = new SplittableRandom(3);
            for (int r = 0; r < 10; r++) {
                int n = 10_000;
                double[] steps = new double[n];
                double[] train = new double[n];
                double[] test = new double[n];
                for (int i = 0; i < n; i++) {
                    steps[i] = i + 1;
                    train[i] = 0.7 * Math.exp(-i / (800.0 + 300 * r)) + 0.01 + 0.02 * random.nextDouble();
                    test[i] = train[i] * 1.1;
                }
                runs.add(RunRecord.of(r + 1, withLearningRate(model.currentSetup(), 0.01 * (r + 1)),
                        DataSpec.generated("circle", 400, 0.2, 0.2, 1), model.network().spec(), params, steps, train,
                        test, n, train[n - 1], test[n - 1], 0.9, 0.9, RunThumbnail.NONE));
            }
            for (RunRecord r : runs) {
                assertTrue(r.points() <= RunRecord.MAX_POINTS, "each run keeps a bounded curve");
            }
            RunsPanel panel = Gui.edt(() -> {
                Theme.installRemembered(); // the chart takes its colours from the theme
                return new RunsPanel(model);
            });
            long[] cpu = Gui.edt(() -> {
                BufferedImage image = new BufferedImage(900, 520, BufferedImage.TYPE_INT_RGB);
                long best = Long.MAX_VALUE;
                long bestBuild = Long.MAX_VALUE;
                for (int round = 0; round < 8; round++) { // the first rounds warm up the JIT
                    long t0 = THREADS.getCurrentThreadCpuTime();
                    panel.showOverlay(runs);
                    long t1 = THREADS.getCurrentThreadCpuTime();
                    Graphics2D g = image.createGraphics();
                    panel.chart().draw(g, new Rectangle2D.Double(0, 0, 900, 520));
                    g.dispose();
                    long t2 = THREADS.getCurrentThreadCpuTime();
                    best = Math.min(best, t2 - t0);
                    bestBuild = Math.min(bestBuild, t1 - t0);
                }
                return new long[] {bestBuild, best};
            });
            XYSeriesCollection data = Gui.edt(() -> (XYSeriesCollection) panel.chart().getXYPlot().getDataset());
            assertEquals(10, data.getSeriesCount());
            for (int s = 0; s < 10; s++) {
                assertTrue(data.getSeries(s).getItemCount() <= RunsChart.DISPLAY_POINTS);
            }
            assertTrue(data.getSeriesKey(0).toString().startsWith("Run 1: lr 0.01"), data.getSeriesKey(0).toString());
            System.out.printf("overlay of 10 x 10,000-step runs: build %.1f ms, build + draw %.1f ms CPU%n",
                    cpu[0] / 1e6, cpu[1] / 1e6);
            assertTrue(cpu[1] < 100_000_000L, "overlay build + draw took " + cpu[1] / 1e6 + " ms of CPU");
            assertTrue(cpu[0] < 20_000_000L, "overlay build took " + cpu[0] / 1e6 + " ms of CPU");
        }
    }
}
