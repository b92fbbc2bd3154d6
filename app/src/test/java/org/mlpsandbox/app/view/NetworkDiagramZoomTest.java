package org.mlpsandbox.app.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Point;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mlpsandbox.app.model.SandboxModel;
import org.mlpsandbox.engine.plugin.PluginRegistry;

/** The network diagram grows with the zoom (presentation mode), and hit-testing follows what is painted. */
class NetworkDiagramZoomTest {

    @AfterEach
    void actualSize() throws Exception {
        SwingUtilities.invokeAndWait(() -> Zoom.use(Zoom.MIN));
    }

    /** A point {@code off} pixels beside the middle of the edge from input 1 to the first hidden neuron. */
    private static Point beside(DiagramGeometry geometry, double off) {
        Line2D.Double e = DiagramGeometry.line(geometry.tile(0, 0), geometry.tile(1, 0));
        double dx = e.x2 - e.x1;
        double dy = e.y2 - e.y1;
        double length = Math.hypot(dx, dy);
        return new Point((int) Math.round((e.x1 + e.x2) / 2 - dy / length * off),
                (int) Math.round((e.y1 + e.y2) / 2 + dx / length * off));
    }

    @Test
    void tilesEdgesAndReachGrowWithTheZoom() throws Exception {
        SwingUtilities.invokeAndWait(() -> {
            Theme.use(false);
            Zoom.use(Zoom.MIN);
            SandboxModel model = new SandboxModel(PluginRegistry.builtIn());
            try {
                NetworkDiagram diagram = new NetworkDiagram(model);
                javax.swing.JPanel parent = new javax.swing.JPanel(null); // the look and feel's font, as in the window
                parent.add(diagram);
                diagram.setSize(900, 700); // room for full-size tiles at both zooms
                DiagramGeometry actual = diagram.geometry();
                int prefHeight = diagram.getPreferredSize().height;
                float font = diagram.getFont().getSize2D();
                Zoom.use(Zoom.PRESENTATION);
                SwingUtilities.updateComponentTreeUI(parent);
                DiagramGeometry zoomed = diagram.geometry();

                DiagramGeometry.Tile small = actual.tile(1, 0);
                DiagramGeometry.Tile big = zoomed.tile(1, 0);
                assertEquals(DiagramGeometry.TILE, small.size(), 1e-9);
                assertEquals(1.5, big.size() / small.size(), 1e-6, "neuron tile " + small.size() + " → " + big.size());
                assertEquals(1.5f, zoomed.scaled(1), 1e-6, "edge widths and borders scale too");
                assertEquals(1.5, diagram.getFont().getSize2D() / font, 0.1, "the labels' font follows the zoom");
                assertEquals(1.5, diagram.getPreferredSize().height / (double) prefHeight, 0.01);

                // 3.75 px beside an edge (±0.71 for whole pixels) is out of reach at 100 % (3 px), within it at 150 % (4.5)
                assertTrue(actual.edgeAt(beside(actual, 0)).isPresent(), "on the edge at 100 %");
                assertTrue(actual.edgeAt(beside(actual, 3.75)).isEmpty(), "3.75 px off at 100 %");
                assertTrue(zoomed.edgeAt(beside(zoomed, 3.75)).isPresent(), "3.75 px off at 150 %");
                assertTrue(zoomed.tileAt(new Point((int) big.x(), (int) (big.y() + big.size() * 0.45))).isPresent());

                // and the painting follows: a point inside the zoomed tile but outside a 100 % one is painted
                BufferedImage image = new BufferedImage(900, 700, BufferedImage.TYPE_INT_RGB);
                Graphics2D g = image.createGraphics();
                Color background = new Color(0x123456);
                g.setColor(background);
                g.fillRect(0, 0, 900, 700);
                diagram.paint(g);
                g.dispose();
                int x = (int) Math.round(big.x() + big.size() * 0.42);
                int y = (int) Math.round(big.y() + big.size() * 0.42);
                assertNotEquals(background.getRGB(), image.getRGB(x, y), "the tile is drawn at its zoomed size");
                assertTrue(small.size() * 0.5 < big.size() * 0.42, "the point lies outside a 100 % tile");
            } finally {
                model.close();
            }
        });
    }
}
