package org.mlpsandbox.engine.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TrainTestSplitTest {

    /** n samples whose input is the sample's number and whose target is ten times that, so rows can be traced. */
    private static Dataset numbered(int n) {
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i;
            y[i] = 10.0 * i;
        }
        return new Dataset("numbers", 1, 1, 0, x, y);
    }

    @Test
    void splitsByTheRatioIntoDisjointPartsThatCoverTheData() {
        TrainTestSplit split = TrainTestSplit.split(numbered(100), 0.2, 5L);
        assertEquals(80, split.train().size());
        assertEquals(20, split.test().size());
        Set<Double> seen = new HashSet<>();
        for (Dataset part : new Dataset[] {split.train(), split.test()}) {
            for (int i = 0; i < part.size(); i++) {
                assertEquals(10 * part.x()[i], part.y()[i], "a sample's target stayed with its input");
                assertTrue(seen.add(part.x()[i]), "sample " + part.x()[i] + " is in both parts");
            }
        }
        assertEquals(100, seen.size());
        assertEquals("numbers (train)", split.train().name());
        assertEquals("numbers (test)", split.test().name());
    }

    @Test
    void isDeterministicPerSeedAndShuffles() {
        Dataset data = numbered(200);
        TrainTestSplit a = TrainTestSplit.split(data, 0.25, 9L);
        TrainTestSplit b = TrainTestSplit.split(data, 0.25, 9L);
        TrainTestSplit c = TrainTestSplit.split(data, 0.25, 10L);
        assertEquals(a, b);
        assertFalse(Arrays.equals(a.test().x(), c.test().x()), "another seed gave the same test set");
        double[] firstFifty = Arrays.copyOf(data.x(), 50);
        assertFalse(Arrays.equals(firstFifty, a.test().x()), "the test set is just the first samples");
    }

    @Test
    void keepsClassesAndColumns() {
        Dataset data = Generators.generate("xor", 100, 0.1, 1L).withTargetColumns(2);
        TrainTestSplit split = TrainTestSplit.split(data, 0.3, 2L);
        assertEquals(2, split.test().classCount());
        assertEquals(2, split.test().targetCount());
        assertEquals(2, split.train().inputCount());
        assertEquals(30, split.test().size());
    }

    @Test
    void ratioZeroKeepsEverythingForTraining() {
        TrainTestSplit split = TrainTestSplit.split(numbered(10), 0, 1L);
        assertEquals(10, split.train().size());
        assertEquals(0, split.test().size());
    }

    @Test
    void alwaysLeavesAtLeastOneTrainingSample() {
        TrainTestSplit split = TrainTestSplit.split(numbered(1), 0.9, 1L);
        assertEquals(1, split.train().size());
        assertEquals(0, split.test().size());
    }

    @ParameterizedTest
    @ValueSource(doubles = {-0.1, 0.95, 1.0, Double.NaN})
    void rejectsRatiosOutsideZeroToPointNine(double ratio) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TrainTestSplit.split(numbered(10), ratio, 1L));
        assertTrue(e.getMessage().contains("test ratio"), e.getMessage());
    }

    @Test
    void shuffledIndicesAreAPermutation() {
        int[] order = TrainTestSplit.shuffledIndices(1000, 3L);
        int[] sorted = order.clone();
        Arrays.sort(sorted);
        int[] identity = new int[1000];
        Arrays.setAll(identity, i -> i);
        assertArrayEquals(identity, sorted);
    }

    @Test
    void joinedPutsTheTrainingRowsBeforeTheTestRowsWithTheirTargets() {
        TrainTestSplit split = TrainTestSplit.split(numbered(10), 0.3, 4);
        Dataset all = split.joined("all");
        assertEquals("all", all.name());
        assertEquals(10, all.size());
        for (int i = 0; i < all.size(); i++) {
            Dataset part = i < split.train().size() ? split.train() : split.test();
            int k = i < split.train().size() ? i : i - split.train().size();
            assertEquals(part.x()[k], all.x()[i], 0.0, "row " + i);
            assertEquals(10 * all.x()[i], all.y()[i], 0.0, "row " + i + " keeps its target");
        }
    }
}
