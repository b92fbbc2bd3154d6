package org.mlpsandbox.app.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class NumbersTest {

    @Test
    void significantDigitsKeepTheirZeros() {
        assertEquals("0.0590", Numbers.format(0.05901));
        assertEquals("0.100", Numbers.format(0.09996)); // rounding carries into a new digit
        assertEquals("412", Numbers.format(412.3));
        assertEquals("−1.25", Numbers.format(-1.2504));
        assertEquals("0.00610", Numbers.format(0.0061));
        assertEquals("7.15e-4", Numbers.format(7.15e-4)); // the status bar used to mix 7.15e-04 and 0.0061
        assertEquals("1.0000", Numbers.format(1, 5));
    }

    @Test
    void largeNumbersGetEngineeringSuffixes() {
        assertEquals("1.23k", Numbers.format(1234.5));
        assertEquals("50M", Numbers.compact(5e7));
        assertEquals("100k", Numbers.compact(99_999.7)); // 3 digits carry into the next group
        assertEquals("2.5G", Numbers.compact(2.5e9));
        assertEquals("1e15", Numbers.compact(1e15));
    }

    @Test
    void compactDropsTrailingZeros() {
        assertEquals("0.1", Numbers.compact(0.1));
        assertEquals("0.316", Numbers.compact(Math.pow(10, -0.5)));
        assertEquals("3.16", Numbers.compact(Math.sqrt(10)));
        assertEquals("1e-4", Numbers.compact(1e-4));
        assertEquals("1", Numbers.compact(1));
        assertEquals("0.001", Numbers.compact(1e-3));
    }

    @Test
    void neverMinusZeroNorAHyphen() {
        assertEquals("0", Numbers.format(-0.0));
        assertEquals("0", Numbers.compact(-0.0));
        assertEquals("0", Numbers.tick(-1e-17, 0.1));
        assertEquals("−1e-5", Numbers.compact(-0.00001)); // once printed "−0.0000"
        assertFalse(Numbers.format(-3).contains("-"));
        assertEquals("(−0.200)", Numbers.factor(-0.2));
        assertEquals("0.200", Numbers.factor(0.2));
    }

    @Test
    void specialValues() {
        assertEquals("NaN", Numbers.format(Double.NaN));
        assertEquals("∞", Numbers.compact(Double.POSITIVE_INFINITY));
        assertEquals("−∞", Numbers.format(Double.NEGATIVE_INFINITY));
    }

    @Test
    void percentages() {
        assertEquals("97.3%", Numbers.percent(0.97349));
        assertEquals("100%", Numbers.percent(1));
        assertEquals("0%", Numbers.percent(-0.0001));
        assertEquals("–", Numbers.percent(Double.NaN));
    }

    @Test
    void ticksShowAsManyDigitsAsTellThemApart() {
        assertEquals(List.of("0", "0.25", "0.5", "0.75", "1", "1.25"), ticks(0, 0.25, 6));
        assertEquals(List.of("0", "0.1", "0.2", "0.3", "0.4"), ticks(0, 0.1, 5)); // 3 × 0.1 = 0.30000000000000004
        assertEquals(List.of("0", "50M", "100M"), ticks(0, 5e7, 3)); // once "0E0, 5E7, 1E8"
        assertEquals(List.of("1k", "1.5k", "2k"), ticks(1000, 500, 3));
        assertEquals(List.of("1.001k", "1.002k"), ticks(1001, 1, 2)); // neighbours stay distinct
        assertEquals(List.of("−0.2", "−0.1", "0", "0.1"), ticks(-0.2, 0.1, 4));
    }

    @Test
    void logAxisTicksAreNeverZeroAndNeverRepeat() {
        // a log axis with ticks every half decade from 1e-6 to 10: once printed two "0" ticks and "3.162E-1"
        List<String> labels = new ArrayList<>();
        for (int k = -12; k <= 2; k++) {
            labels.add(Numbers.compactFormat().format(Math.pow(10, k / 2.0)));
        }
        assertTrue(labels.contains("0.316"), labels.toString());
        assertTrue(labels.contains("1e-4"), labels.toString());
        assertFalse(labels.contains("0"), labels.toString());
        assertEquals(labels.size(), new HashSet<>(labels).size(), labels.toString());
        for (String s : labels) {
            assertFalse(s.contains("E"), s);
        }
    }

    private static List<String> ticks(double from, double step, int count) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(Numbers.tickFormat(step).format(from + i * step));
        }
        return out;
    }
}
