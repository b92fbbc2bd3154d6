package org.mlpsandbox.engine.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class NormalizationTest {

    // two inputs: column 0 is 1, 2, 3, 6 (mean 3, sd √3.5); column 1 is constant 7
    private static final Dataset TRAIN = new Dataset("t", 2, 1, 0, new double[] {1, 7, 2, 7, 3, 7, 6, 7},
            new double[] {0, 0, 0, 0});

    @Test
    void standardUsesTheMeanAndPopulationStandardDeviationOfTheTrainingPart() {
        Normalization n = Normalization.unfitted(Normalization.Method.STANDARD).fit(TRAIN);
        assertArrayEquals(new double[] {3, 7}, n.shift(), 1e-12);
        assertArrayEquals(new double[] {Math.sqrt(3.5), 1}, n.scale(), 1e-12);
        double[] scaled = n.apply(TRAIN).x();
        assertEquals((1 - 3) / Math.sqrt(3.5), scaled[0], 1e-12);
        assertEquals(0, scaled[1], 0);
    }

    @Test
    void minmaxMapsTheTrainingRangeOntoMinusOneToOne() {
        Normalization n = Normalization.unfitted(Normalization.Method.MINMAX).fit(TRAIN);
        double[] x = {1, 7, 6, 7, 11, 7};
        n.applyInPlace(x, 2);
        assertArrayEquals(new double[] {-1, 0, 1, 0, 3, 0}, x, 1e-12);
    }

    @Test
    void restoreGivesTheRawInputsBackWithTheTargetsUntouched() {
        Normalization n = Normalization.unfitted(Normalization.Method.MINMAX).fit(TRAIN);
        // minmax by hand: shift (1 + 6) / 2 = 3.5, scale (6 - 1) / 2 = 2.5; the constant column keeps scale 1
        Dataset scaled = new Dataset("s", 2, 1, 0, new double[] {-1, 0, 1, 0, 3, 2}, new double[] {4, 5, 6});
        Dataset raw = n.restore(scaled);
        assertArrayEquals(new double[] {1, 7, 6, 7, 11, 9}, raw.x(), 1e-12);
        assertArrayEquals(scaled.y(), raw.y(), 0);
        Normalization standard = Normalization.unfitted(Normalization.Method.STANDARD).fit(TRAIN);
        assertArrayEquals(TRAIN.x(), standard.restore(standard.apply(TRAIN)).x(), 1e-12);
        assertSame(TRAIN, Normalization.NONE.restore(TRAIN));
        assertThrows(IllegalArgumentException.class, () -> n.restore(new Dataset("one", 1, 1, 0, new double[] {1},
                new double[] {0})));
    }

    @Test
    void noneLeavesDataAloneAndUnfittedRefusesToScale() {
        assertSame(TRAIN, Normalization.NONE.apply(TRAIN));
        Normalization unfitted = Normalization.unfitted(Normalization.Method.STANDARD);
        assertThrows(IllegalStateException.class, () -> unfitted.applyInPlace(new double[2], 2));
        assertThrows(IllegalArgumentException.class, () -> Normalization.Method.byId("zscore"));
        assertThrows(IllegalArgumentException.class,
                () -> new Normalization(Normalization.Method.STANDARD, new double[] {0}, new double[] {0}));
    }
}
