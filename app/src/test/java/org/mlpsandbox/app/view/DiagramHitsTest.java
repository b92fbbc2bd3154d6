package org.mlpsandbox.app.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mlpsandbox.app.model.WeightEdits.Target;

/** Clicks on a known layout: two inputs at x = 50, one neuron at x = 250, tiles 20 pixels wide. */
class DiagramHitsTest {

    // edges run from (60, 50) and (60, 150) to (240, 100)
    private final List<DiagramHits.Tile> tiles = List.of(
            new DiagramHits.Tile(0, 0, 50, 50, 20),
            new DiagramHits.Tile(0, 1, 50, 150, 20),
            new DiagramHits.Tile(1, 0, 250, 100, 20));

    private Optional<Target> at(double x, double y, double tolerance) {
        return DiagramHits.find(tiles, x, y, tolerance);
    }

    /** The y of the edge from input {@code i} at {@code x}. */
    private static double edgeY(int i, double x) {
        double y0 = i == 0 ? 50 : 150;
        return y0 + (100 - y0) * (x - 60) / 180;
    }

    @Test
    void aTileIsItsNeuronsBiasAndAnInputHasNone() {
        assertEquals(Optional.of(Target.bias(0, 0)), at(250, 100, 4));
        assertEquals(Optional.of(Target.bias(0, 0)), at(241, 109, 4)); // a corner of the tile
        assertTrue(at(50, 50, 4).isEmpty());
        assertTrue(at(150, 100, 4).isEmpty()); // between the edges, far from both
    }

    @Test
    void aClickNearAnEdgePicksItsWeight() {
        assertEquals(Optional.of(Target.weight(0, 0, 0)), at(150, edgeY(0, 150) + 2, 4));
        assertEquals(Optional.of(Target.weight(0, 0, 1)), at(150, edgeY(1, 150) - 2, 4));
        assertTrue(at(150, edgeY(0, 150) + 8, 4).isEmpty());
    }

    @Test
    void whereEdgesConvergeTheNearestWins() {
        // at x = 230 the edges are 5.6 pixels apart: both are within the tolerance of a point between them
        double mid = (edgeY(0, 230) + edgeY(1, 230)) / 2;
        assertEquals(Optional.of(Target.weight(0, 0, 0)), at(230, mid - 1, 4));
        assertEquals(Optional.of(Target.weight(0, 0, 1)), at(230, mid + 1, 4));
    }

    @Test
    void theToleranceGrowsWithTheZoom() {
        double y = edgeY(0, 150) + 6.5;
        assertTrue(at(150, y, 4).isEmpty());
        assertEquals(Optional.of(Target.weight(0, 0, 0)), at(150, y, 8)); // 200 %
    }

    @Test
    void typedNumbersParseAsPeopleWriteThem() {
        assertEquals(Optional.of(1.5), WeightEditor.parse(" 1.5 "));
        assertEquals(Optional.of(-0.25), WeightEditor.parse("-0,25"));
        assertEquals(Optional.of(-2.0), WeightEditor.parse("−2"));
        assertEquals(Optional.of(3e-4), WeightEditor.parse("3e-4"));
        assertTrue(WeightEditor.parse("abc").isEmpty());
        assertTrue(WeightEditor.parse("").isEmpty());
        assertTrue(WeightEditor.parse("NaN").isEmpty());
        assertTrue(WeightEditor.parse("1d").isEmpty());
        assertEquals("0.123457", WeightEditor.plain(0.1234567));
        assertEquals(Optional.of(1.5e-7), WeightEditor.parse(WeightEditor.plain(1.5e-7)));
    }
}
