package org.mlpsandbox.app.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javax.swing.SwingUtilities;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;
import org.mlpsandbox.app.model.LossHistory;
import org.mlpsandbox.app.model.SandboxModel;
import org.mlpsandbox.app.model.TestPlugins;
import org.mlpsandbox.engine.data.Dataset;

/** A regression with the "mse" loss shows its test R² on the loss chart's second axis, as the status bar computes it. */
class LossChartR2Test {

    @Test
    void theChartShowsTheTestR2OfARegression() throws Exception {
        try (SandboxModel model = new SandboxModel(TestPlugins.registry())) {
            model.data().setSettings(model.data().settings().withGenerator("sine"));
            for (int e = 1; e <= 3; e++) {
                long target = model.run().poll().orElseThrow().progress().epoch() + 1;
                model.run().stepEpoch();
                long end = System.currentTimeMillis() + 30_000;
                while (model.run().poll().orElseThrow().progress().epoch() < target) {
                    assertTrue(System.currentTimeMillis() < end, "timed out");
                    Thread.sleep(5);
                }
            }
            LossHistory h = model.run().history();
            assertTrue(h.size() >= 3, h.size() + " points");
            // R² = 1 − MSE / variance of the test targets, written out here
            Dataset test = model.data().rawSplit().test();
            double mean = 0;
            for (double y : test.y()) {
                mean += y / test.y().length;
            }
            double variance = 0;
            for (double y : test.y()) {
                variance += (y - mean) * (y - mean) / test.y().length;
            }
            double expected = 1 - h.testLoss(h.size() - 1) / variance;
            LossChartPanel[] chart = new LossChartPanel[1];
            SwingUtilities.invokeAndWait(() -> {
                chart[0] = new LossChartPanel(model);
                chart[0].sync();
            });
            XYSeriesCollection second = (XYSeriesCollection) chart[0].chart().getXYPlot().getDataset(1);
            var r2 = second.getSeries("test R²");
            assertEquals(h.size(), r2.getItemCount(), "one R² point per history point");
            assertEquals(Math.max(-1, expected), r2.getY(r2.getItemCount() - 1).doubleValue(), 1e-9);
            assertEquals(0, second.getSeries("test accuracy").getItemCount(), "no accuracy for a regression");
            assertEquals("R² (test)", chart[0].chart().getXYPlot().getRangeAxis(1).getLabel());
            assertTrue(chart[0].chart().getXYPlot().getRangeAxis(1).isVisible());
        }
    }
}
