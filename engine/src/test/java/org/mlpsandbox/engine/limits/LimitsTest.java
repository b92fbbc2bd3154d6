package org.mlpsandbox.engine.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** The memory budget's arithmetic and message, and the excerpt rule. */
class LimitsTest {

    @Test
    void aFixedBudgetAcceptsUpToItsSizeAndRefusesWithOneLineSayingBoth() {
        MemoryBudget budget = MemoryBudget.of(3L << 30);
        budget.require(3L << 30, "exactly the budget");
        NotEnoughMemoryException e = assertThrows(NotEnoughMemoryException.class,
                () -> budget.require((7L << 30) + (1L << 29), "the thing"));
        assertEquals("the thing needs 7.5 GB of memory but only 3.0 GB is available (Java heap maximum 3.0 GB;"
                + " start java with a larger -Xmx, e.g. -Xmx9g, or make it smaller)", e.getMessage());
        assertEquals((7L << 30) + (1L << 29), e.needed());
        assertEquals(3L << 30, e.available());
        assertTrue(e instanceof IllegalArgumentException, "shown wherever a bad setting is shown");
    }

    @Test
    void sizesSaturateInsteadOfOverflowing() {
        // 100,000 × 100,000 weights overflow an int; their bytes times the training copies still fit a long
        long parameters = 100_000L * 100_000L;
        assertEquals(BigInteger.valueOf(parameters).multiply(BigInteger.valueOf(8L * MemoryBudget.TRAINING_COPIES))
                .longValueExact(), MemoryBudget.training(parameters));
        assertEquals(Long.MAX_VALUE, MemoryBudget.doubles(Long.MAX_VALUE / 4));
        assertEquals(Long.MAX_VALUE, MemoryBudget.times(1L << 40, 1L << 40));
        assertEquals(Long.MAX_VALUE, MemoryBudget.plus(Long.MAX_VALUE, 1));
        assertEquals(6, MemoryBudget.times(2, 3));
        assertThrows(NotEnoughMemoryException.class,
                () -> MemoryBudget.of(Long.MAX_VALUE - 1).require(MemoryBudget.doubles(Long.MAX_VALUE), "x"));
    }

    @Test
    void batchBuffersCountZAAndDeltaPerLayerAndTheBatchItself() {
        // 2 → 3 → 1, 10 rows: (2 inputs + 1 target + 3·(3 + 1)) × 10 rows × 8 bytes
        assertEquals((2 + 1 + 3 * 4) * 10 * 8, MemoryBudget.batchBuffers(new int[] {2, 3, 1}, 10));
        assertEquals(Long.MAX_VALUE, MemoryBudget.batchBuffers(new int[] {100_000, 100_000, 100_000}, Long.MAX_VALUE / 2));
    }

    @Test
    void theRuntimeBudgetLeavesAReserveBelowTheMaximum() {
        long max = Runtime.getRuntime().maxMemory();
        long reserve = Math.max(MemoryBudget.MIN_RESERVE_MB << 20, max / MemoryBudget.RESERVE_SHARE);
        long available = MemoryBudget.ofRuntime().available();
        assertTrue(available > 0 && available <= max - reserve, available + " of " + max);
        assertSame(MemoryBudget.ofRuntime(), MemoryBudget.ofRuntime());
    }

    @Test
    void bytesAreFormattedForPeople() {
        assertEquals("512 bytes", MemoryBudget.format(512));
        assertEquals("1.5 KB", MemoryBudget.format(1536));
        assertEquals("64 MB", MemoryBudget.format(64L << 20));
        assertEquals("522 GB", MemoryBudget.format(560_028_000_056L));
        assertEquals("8.0 EB", MemoryBudget.format(Long.MAX_VALUE));
    }

    @Test
    void shortValuesAreQuotedWholeAndLongOnesElidedWithTheirLength() {
        assertEquals("abc", Excerpt.of("abc"));
        String sixty = "y".repeat(Excerpt.MAX_LENGTH);
        assertEquals(sixty, Excerpt.of(sixty));
        String big = "a".repeat(40) + "m".repeat(5_000_000 - 52) + "z".repeat(12);
        assertEquals("a".repeat(40) + "…" + "z".repeat(12) + " (5,000,000 characters)", Excerpt.of(big));
        assertEquals("one⏎two", Excerpt.of("one\ntwo"), "a value never breaks the line");
        String emoji = "😀".repeat(40); // 80 chars of surrogate pairs: the cut does not split one
        String e = Excerpt.of(emoji);
        assertTrue(e.startsWith("😀".repeat(20) + "…"), e);
        assertEquals("null", Excerpt.of(null));
    }
}
