package org.mlpsandbox.engine.math;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class VectorsTest {

    @Test
    void argmaxFindsTheLargestWithinTheRowOnly() {
        double[] rows = {9, 0, 0, /* row 1: */ 0.1, 0.7, 0.2, /* row 2: */ -3, -1, -2, 99};
        assertEquals(0, Vectors.argmax(rows, 0, 3));
        assertEquals(1, Vectors.argmax(rows, 3, 3));
        assertEquals(1, Vectors.argmax(rows, 6, 3), "the 99 after the row is not part of it");
    }

    @Test
    void argmaxTakesTheFirstOfEqualValues() {
        assertEquals(1, Vectors.argmax(new double[] {0, 5, 5, 1}, 0, 4));
    }

    @Test
    void aSingleValueIsAClassByTheHalfThreshold() {
        double[] y = {0.2, 0.5, 0.49999, 1};
        assertEquals(0, Vectors.classOf(y, 0, 1));
        assertEquals(1, Vectors.classOf(y, 1, 1));
        assertEquals(0, Vectors.classOf(y, 2, 1));
        assertEquals(1, Vectors.classOf(y, 3, 1));
    }

    @Test
    void severalValuesAreAClassByTheirLargest() {
        double[] oneHot = {0, 0, 1, 0, /* row 1: */ 0.6, 0.3, 0.05, 0.05};
        assertEquals(2, Vectors.classOf(oneHot, 0, 4));
        assertEquals(0, Vectors.classOf(oneHot, 4, 4));
    }
}
