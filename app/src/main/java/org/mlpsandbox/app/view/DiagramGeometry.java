package org.mlpsandbox.app.view;

import com.formdev.flatlaf.util.UIScale;
import java.awt.Point;
import java.awt.geom.Line2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where {@link NetworkDiagram} draws its neurons and edges at a given size and {@link Zoom}: one column per layer
 * (equal widths, lined up with the layer controls), at most {@code maxShown} tiles a column, tiles as large as
 * {@link #TILE} pixels at 100 % and growing with the zoom (FlatLaf's {@link UIScale}). Painting, hovering and
 * clicking all ask this one object, so a hit always lands on what is drawn.
 *
 * @param tiles the neurons' tiles, column by column, top to bottom
 * @param scale the UI scale the sizes were taken at (1 at 100 %)
 */
record DiagramGeometry(List<Tile> tiles, float scale) {

    /** A neuron's tile: its centre and side in pixels. */
    record Tile(int column, int index, double x, double y, double size) {
    }

    /** An edge: weight {@code [to][from]} of the layer that feeds column {@code column}. */
    record Edge(int column, int from, int to) {
    }

    /** The largest tile side at 100 %, in pixels. */
    static final int TILE = 40;
    private static final int SMALLEST_TILE = 8;
    private static final int MARGIN = 16;
    /** How near (at 100 %) the mouse must be to an edge to hover or click it. */
    private static final double EDGE_REACH = 3;

    /**
     * The geometry for a diagram {@code width}×{@code height} of a network with these layer sizes, at the UI scale in
     * use; a column with more than {@code maxShown} neurons keeps {@code captionHeight} pixels free under its tiles
     * (for its "+760 more").
     */
    static DiagramGeometry of(int[] sizes, int maxShown, int width, int fullHeight, int captionHeight) {
        float scale = UIScale.getUserScaleFactor();
        List<Tile> tiles = new ArrayList<>();
        int columns = sizes.length;
        double margin = MARGIN * scale;
        for (int col = 0; col < columns; col++) {
            int shown = Math.min(sizes[col], maxShown);
            int height = sizes[col] > maxShown ? Math.max(1, fullHeight - captionHeight) : fullHeight;
            double size = Math.min(TILE * scale, Math.max(SMALLEST_TILE * scale, (height - margin) / shown * 0.72));
            double gap = Math.min(size * 1.45, (height - margin) / shown);
            double top = (height - gap * (shown - 1)) / 2;
            double x = (col + 0.5) * width / columns;
            for (int j = 0; j < shown; j++) {
                tiles.add(new Tile(col, j, x, top + j * gap, size));
            }
        }
        return new DiagramGeometry(List.copyOf(tiles), scale);
    }

    /** Tile {@code j} of column {@code col}, or {@code null} when it is not shown. */
    Tile tile(int col, int j) {
        for (Tile t : tiles) {
            if (t.column == col && t.index == j) {
                return t;
            }
        }
        return null;
    }

    /** The line an edge is drawn along: from the right side of its source tile to the left side of its target. */
    static Line2D.Double line(Tile from, Tile to) {
        return new Line2D.Double(from.x + from.size / 2, from.y, to.x - to.size / 2, to.y);
    }

    /** {@code pixels} at 100 % in pixels at this geometry's scale (stroke widths, arcs, gaps). */
    float scaled(double pixels) {
        return (float) (pixels * scale);
    }

    /** The tile under {@code p}, with a small margin around it. */
    Optional<Tile> tileAt(Point p) {
        double reach = scaled(2);
        for (Tile t : tiles) {
            if (Math.abs(p.x - t.x) <= t.size / 2 + reach && Math.abs(p.y - t.y) <= t.size / 2 + reach) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** The shown edge nearest {@code p} within reach, if any. */
    Optional<Edge> edgeAt(Point p) {
        Edge best = null;
        double bestDistance = scaled(EDGE_REACH);
        for (Tile to : tiles) {
            if (to.column == 0) {
                continue;
            }
            for (Tile from : tiles) {
                if (from.column == to.column - 1) {
                    double d = line(from, to).ptSegDist(p.x, p.y);
                    if (d < bestDistance) {
                        bestDistance = d;
                        best = new Edge(to.column, from.index, to.index);
                    }
                }
            }
        }
        return Optional.ofNullable(best);
    }
}
