package org.mlpsandbox.app.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.junit.jupiter.api.Test;
import org.mlpsandbox.app.model.RunRecord;
import org.mlpsandbox.app.model.RunThumbnail;
import org.mlpsandbox.app.model.SandboxModel;
import org.mlpsandbox.app.model.TestPlugins;
import org.mlpsandbox.engine.io.DataSpec;
import org.mlpsandbox.engine.net.Network;

/** A run of a single point is visible in the runs chart: its point gets a marker (a line needs two points). */
class RunsChartMarkersTest {

    private static RunRecord run(SandboxModel model, int number, int n) {
        double[] steps = new double[n];
        double[] loss = new double[n];
        for (int i = 0; i < n; i++) {
            steps[i] = 10 * (i + 1);
            loss[i] = 0.7 / (i + 1);
        }
        return RunRecord.of(number, model.currentSetup(), DataSpec.generated("circle", 400, 0.2, 0.2, 1),
                model.network().spec(), RunRecord.parametersOf(Network.build(model.network().spec(), model.plugins())),
                steps, loss, loss, n, loss[n - 1], loss[n - 1], 0.5, 0.5, RunThumbnail.NONE);
    }

    @Test
    void aOnePointRunIsDrawnAsAMarker() throws Exception {
        try (SandboxModel model = new SandboxModel(TestPlugins.registry())) {
            RunRecord single = run(model, 1, 1);
            RunRecord longer = run(model, 2, 200);
            Gui.edt(() -> {
                Theme.use(false);
                RunsChart chart = new RunsChart();
                chart.show(List.of(single));
                XYLineAndShapeRenderer renderer = (XYLineAndShapeRenderer) chart.chart().getXYPlot().getRenderer();
                assertTrue(renderer.getSeriesShapesVisible(0), "one point: a marker");
                Color run = RunsChart.color(0);
                assertTrue(count(chart, run) >= 9, "the marker is painted in the run's colour");

                chart.show(List.of(longer, single));
                assertFalse(renderer.getSeriesShapesVisible(0), "a long curve is a plain line");
                assertTrue(renderer.getSeriesShapesVisible(1));
                assertEquals(2, chart.chart().getXYPlot().getDataset().getSeriesCount());
                return null;
            });
        }
    }

    /** Pixels of {@code colour} inside the plot's data area (not the legend) of the chart drawn at 400×260. */
    private static int count(RunsChart chart, Color colour) {
        BufferedImage image = new BufferedImage(400, 260, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        org.jfree.chart.ChartRenderingInfo info = new org.jfree.chart.ChartRenderingInfo();
        chart.chart().draw(g, new Rectangle2D.Double(0, 0, 400, 260), info);
        g.dispose();
        java.awt.Rectangle area = info.getPlotInfo().getDataArea().getBounds();
        int n = 0;
        for (int y = area.y; y < area.y + area.height; y++) {
            for (int x = area.x; x < area.x + area.width; x++) {
                n += (image.getRGB(x, y) & 0xffffff) == (colour.getRGB() & 0xffffff) ? 1 : 0;
            }
        }
        return n;
    }
}
