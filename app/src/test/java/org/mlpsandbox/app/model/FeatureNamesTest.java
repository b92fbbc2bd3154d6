package org.mlpsandbox.app.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mlpsandbox.engine.data.Dataset;

/** Features read back from experiment files, and whole datasets mapped the way the network sees them. */
class FeatureNamesTest {

    @Test
    void namedKeepsKnownNamesSkipsUnknownOnesAndFallsBackToX1X2() {
        assertEquals(EnumSet.of(Feature.X1, Feature.X1_SQUARED), Feature.named(List.of("X1_SQUARED", "X1")));
        assertEquals(EnumSet.of(Feature.X2), Feature.named(List.of("X2", "SOME_LATER_FEATURE")));
        assertEquals(EnumSet.of(Feature.X1, Feature.X2), Feature.named(List.of()));
        assertEquals(EnumSet.of(Feature.X1, Feature.X2), Feature.named(List.of("UNKNOWN")));
    }

    @Test
    void mapGivesEachRowItsFeaturesAndKeepsTheTargets() {
        Dataset raw = new Dataset("d", 2, 1, 2, new double[] {1, 2, -3, 0.5}, new double[] {0, 1});
        InputMapping mapping = new InputMapping(2, EnumSet.of(Feature.X1, Feature.X1_SQUARED));
        Dataset mapped = mapping.map(raw);
        assertEquals(mapping.width(), mapped.inputCount());
        double[] expected = new double[raw.size() * mapping.width()];
        mapping.map(raw.x(), raw.size(), expected);
        assertArrayEquals(expected, mapped.x(), 0.0);
        assertArrayEquals(new double[] {1, 1, -3, 9}, mapped.x(), 0.0, "x1 and x1² by hand");
        assertArrayEquals(raw.y(), mapped.y(), 0.0);
        assertSame(raw, InputMapping.identity(2).map(raw), "rows that pass through are not copied");
    }
}
