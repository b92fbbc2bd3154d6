package org.mlpsandbox.app.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LossHistoryTest {

    @Test
    void hundredThousandStepsStayWithinCapacityAndInOrder() {
        LossHistory h = new LossHistory(1000);
        for (int step = 1; step <= 100_000; step++) {
            h.record(step, 1.0 / step, Double.NaN, Double.NaN, Double.NaN, new double[] {step, 2 * step});
        }
        assertTrue(h.size() <= 1000 && h.size() >= 500, "size " + h.size());
        assertEquals(100_000, (long) h.step(h.size() - 1));
        for (int i = 1; i < h.size(); i++) {
            assertTrue(h.step(i) > h.step(i - 1));
        }
        assertTrue(h.generation() > 0);
        assertEquals(2, h.layerCount());
    }

    @Test
    void mergingAveragesNeighbours() {
        LossHistory h = new LossHistory(16);
        for (int step = 1; step <= 17; step++) {
            h.record(step, step, Double.NaN, 0.5, Double.NaN, new double[] {10 * step});
        }
        // 16 points merged into 8 pairs (1,2) (3,4) … then point 17 appended
        assertEquals(9, h.size());
        assertEquals(2, h.step(0));
        assertEquals(1.5, h.trainLoss(0), 1e-12);
        assertEquals(15, h.gradientNorm(0, 0), 1e-12);
        assertTrue(Double.isNaN(h.testLoss(0)));
        assertEquals(0.5, h.trainAccuracy(3), 1e-12);
        assertEquals(17, h.step(8));
    }

    @Test
    void ignoresRepeatedStepsAndWritesCsv() {
        LossHistory h = new LossHistory(16);
        h.record(5, 0.5, 0.6, Double.NaN, Double.NaN, new double[] {1});
        h.record(5, 0.4, 0.6, Double.NaN, Double.NaN, new double[] {1});
        assertEquals(1, h.size());
        String csv = h.toCsv();
        assertEquals("step,train_loss,test_loss,train_accuracy,test_accuracy,grad_norm_layer1\n5,0.5,0.6,,,1.0\n", csv);
        h.clear();
        assertEquals(0, h.size());
    }
}
