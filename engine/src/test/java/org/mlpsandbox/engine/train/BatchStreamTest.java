package org.mlpsandbox.engine.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mlpsandbox.engine.data.Dataset;

class BatchStreamTest {

    /** 23 samples whose one input is their index and whose target is twice it. */
    private static Dataset numbered() {
        double[] x = new double[23];
        double[] y = new double[23];
        for (int i = 0; i < x.length; i++) {
            x[i] = i;
            y[i] = 2 * i;
        }
        return new Dataset("numbered", 1, 1, 0, x, y);
    }

    /** The sample indices of one epoch, batch by batch, checking that each target belongs to its input. */
    private static List<Integer> epoch(BatchStream batches, boolean shuffle) {
        List<Integer> seen = new ArrayList<>();
        boolean ended = false;
        while (!ended) {
            int rows = batches.next(shuffle);
            for (int r = 0; r < rows; r++) {
                assertEquals(2 * batches.x()[r], batches.t()[r], 0.0, "target of sample " + batches.x()[r]);
                seen.add((int) batches.x()[r]);
            }
            ended = batches.advance();
        }
        return seen;
    }

    @Test
    void everyEpochVisitsEverySampleOnceInBatchesOfTheCapacity() {
        BatchStream batches = new BatchStream(numbered(), 5, 3);
        assertEquals(5, batches.batchesPerEpoch(), "23 samples in batches of 5: the last one holds 3");
        List<Integer> first = epoch(batches, true);
        List<Integer> second = epoch(batches, true);
        for (List<Integer> e : List.of(first, second)) {
            int[] sorted = e.stream().mapToInt(Integer::intValue).sorted().toArray();
            int[] all = new int[23];
            Arrays.setAll(all, i -> i);
            assertArrayEquals(all, sorted);
        }
        assertNotEquals(first, second, "reshuffled between epochs");
    }

    @Test
    void theSameSeedGivesTheSameOrderAndWithoutShuffleTheOrderIsKept() {
        assertEquals(epoch(new BatchStream(numbered(), 4, 9), true), epoch(new BatchStream(numbered(), 4, 9), true));
        List<Integer> inOrder = epoch(new BatchStream(numbered(), 4, 9), false);
        for (int i = 0; i < inOrder.size(); i++) {
            assertEquals(i, inOrder.get(i));
        }
    }

    @Test
    void gatheringAheadGivesTheBatchThatNextWouldGather() {
        BatchStream plain = new BatchStream(numbered(), 4, 2);
        BatchStream ahead = new BatchStream(numbered(), 4, 2);
        ahead.gatherAheadFrom(0);
        for (int step = 0; step < 15; step++) {
            int rows = plain.next(true);
            assertEquals(rows, ahead.next(true));
            assertArrayEquals(Arrays.copyOf(plain.x(), rows), Arrays.copyOf(ahead.x(), rows), 0.0, "step " + step);
            boolean started = ahead.startGatheringNext();
            ahead.finishGatheringNext();
            plain.advance();
            boolean ended = ahead.advance();
            assertTrue(!started || !ended, "never gathers across the end of an epoch (a shuffle comes between)");
        }
    }

    @Test
    void aRetriedBatchIsGatheredAgainNotTheOneGatheredAhead() {
        BatchStream batches = new BatchStream(numbered(), 4, 2);
        batches.gatherAheadFrom(0);
        int rows = batches.next(true);
        double[] first = Arrays.copyOf(batches.x(), rows);
        assertTrue(batches.startGatheringNext());
        batches.finishGatheringNext();
        assertFalse(Arrays.equals(first, Arrays.copyOf(batches.x(), rows)), "the buffers now hold the next batch");
        batches.retry();
        assertArrayEquals(first, Arrays.copyOf(batches.x(), batches.next(true)), 0.0);
    }
}
