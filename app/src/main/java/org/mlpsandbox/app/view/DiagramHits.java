package org.mlpsandbox.app.view;

import java.awt.geom.Line2D;
import java.util.List;
import java.util.Optional;
import org.mlpsandbox.app.model.WeightEdits.Target;

/**
 * What a click on the network diagram points at: a neuron's tile (its bias; an input has none) or else the nearest
 * edge within a tolerance (its weight). Edges run from the right side of a tile in one column to the left side of a
 * tile in the next, as {@link NetworkDiagram} draws them.
 */
final class DiagramHits {

    /** Pixels of slack around a tile (before the UI scale). */
    static final double TILE_SLACK = 2;

    /** A neuron's tile as laid out: column 0 holds the inputs; {@code index} is the neuron's index in its layer. */
    record Tile(int column, int index, double x, double y, double size) {

        boolean contains(double px, double py, double slack) {
            return Math.abs(px - x) <= size / 2 + slack && Math.abs(py - y) <= size / 2 + slack;
        }
    }

    private DiagramHits() {
    }

    /**
     * The parameter at ({@code px}, {@code py}): the bias of the neuron whose tile is there, else the weight of the
     * nearest edge no farther than {@code tolerance}; empty over an input's tile or empty space.
     *
     * @param tolerance how far from an edge a click still picks it, in pixels (scale it with the UI zoom)
     */
    static Optional<Target> find(List<Tile> tiles, double px, double py, double tolerance) {
        double slack = TILE_SLACK * Math.max(1, tolerance / 4);
        for (Tile t : tiles) {
            if (t.contains(px, py, slack)) {
                return t.column() == 0 ? Optional.empty() : Optional.of(Target.bias(t.column() - 1, t.index()));
            }
        }
        Target best = null;
        double bestDistance = tolerance;
        for (Tile to : tiles) {
            if (to.column() == 0) {
                continue;
            }
            for (Tile from : tiles) {
                if (from.column() != to.column() - 1) {
                    continue;
                }
                double d = Line2D.ptSegDist(from.x() + from.size() / 2, from.y(), to.x() - to.size() / 2, to.y(), px,
                        py);
                if (d <= bestDistance) {
                    bestDistance = d;
                    best = Target.weight(to.column() - 1, to.index(), from.index());
                }
            }
        }
        return Optional.ofNullable(best);
    }
}
