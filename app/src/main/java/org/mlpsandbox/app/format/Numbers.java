package org.mlpsandbox.app.format;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;

/**
 * The app's one number formatter, for people: significant digits, plain notation from 0.001 to below 1000, engineering
 * suffixes above (12.5k, 50M, 3G), a short exponent below (7.15e-4). A minus sign, not a hyphen; never "−0".
 *
 * <p>{@link #format(double, int)} keeps trailing zeros (they say how precise a value is, and a live value keeps its
 * width: 0.0590, 0.100); {@link #compact(double)} and {@link #tick(double, double)} drop them, for axes and captions
 * (0.1, 0.316, 1e-4, 50M).
 */
public final class Numbers {

    private static final String[] SUFFIXES = {"", "k", "M", "G", "T"};

    private Numbers() {
    }

    /** {@code v} with three significant digits: 0.0590, −1.25, 412, 1.23k, 3.10e-6. */
    public static String format(double v) {
        return format(v, 3);
    }

    /** {@code v} with {@code digits} significant digits, trailing zeros kept. */
    public static String format(double v, int digits) {
        return format(v, digits, true);
    }

    /** {@code v} with three significant digits at most, trailing zeros dropped: 0.1, 0.316, 1e-4, 50M. */
    public static String compact(double v) {
        return format(v, 3, false);
    }

    /** {@code v} with {@code digits} significant digits at most, trailing zeros dropped. */
    public static String compact(double v, int digits) {
        return format(v, digits, false);
    }

    /** As {@link #format(double)}, in parentheses when negative, for use as a factor: (−0.25). */
    public static String factor(double v) {
        String s = format(v);
        return s.startsWith("−") ? "(" + s + ")" : s;
    }

    /** A percentage of a fraction with one decimal: 0.9734 → "97.3%", 1 → "100%". */
    public static String percent(double fraction) {
        if (!Double.isFinite(fraction)) {
            return "–";
        }
        BigDecimal p = new BigDecimal(100 * fraction).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros();
        String s = (p.signum() == 0 ? BigDecimal.ZERO : p.abs()).toPlainString() + "%";
        return p.signum() < 0 ? "−" + s : s;
    }

    /**
     * A tick label of an axis whose ticks are {@code step} apart: as many digits as tell the ticks apart, no more
     * (0, 0.25, 0.5; 0.1, 0.2; 1k, 1.5k; 50M), and "0" for a tick within rounding of zero.
     */
    public static String tick(double v, double step) {
        double s = Math.abs(step);
        if (!Double.isFinite(v) || !(s > 0) || !Double.isFinite(s)) {
            return compact(v);
        }
        if (Math.abs(v) < s * 1e-6) {
            return "0";
        }
        BigDecimal unit = new BigDecimal(s).round(new MathContext(6)).stripTrailingZeros();
        int digits = magnitude(Math.abs(v)) - (unit.precision() - unit.scale() - 1) + unit.precision();
        return format(v, Math.max(1, Math.min(15, digits)), false);
    }

    /** {@link #compact(double)} as a {@link NumberFormat}, e.g. for a chart axis's tick labels. */
    public static NumberFormat compactFormat() {
        return new People(Double.NaN);
    }

    /** {@link #tick(double, double)} for ticks {@code step} apart, as a {@link NumberFormat}. */
    public static NumberFormat tickFormat(double step) {
        return new People(step);
    }

    private static int magnitude(double abs) {
        BigDecimal d = new BigDecimal(abs).round(new MathContext(15));
        return d.precision() - d.scale() - 1;
    }

    private static String format(double v, int digits, boolean keepZeros) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "∞" : "−∞";
        }
        BigDecimal r = new BigDecimal(Math.abs(v)).round(new MathContext(digits, RoundingMode.HALF_UP));
        if (r.signum() == 0) {
            return "0";
        }
        if (keepZeros && r.precision() < digits) {
            r = r.setScale(r.scale() + digits - r.precision()); // an exact 1 still reads 1.00
        }
        int magnitude = r.precision() - r.scale() - 1;
        String body;
        if (magnitude >= 3 && magnitude < 3 * SUFFIXES.length) {
            int group = magnitude / 3;
            body = plain(r.movePointLeft(3 * group), keepZeros) + SUFFIXES[group];
        } else if (magnitude >= -3 && magnitude < 3) {
            body = plain(r, keepZeros);
        } else {
            body = plain(r.movePointLeft(magnitude), keepZeros) + "e" + magnitude;
        }
        return v < 0 ? "−" + body : body;
    }

    private static String plain(BigDecimal d, boolean keepZeros) {
        return (keepZeros ? d : d.stripTrailingZeros()).toPlainString();
    }

    /** A {@link NumberFormat} over {@link #compact} or {@link #tick}; formatting only. */
    private static final class People extends NumberFormat {

        private final double step;

        People(double step) {
            this.step = step;
        }

        @Override
        public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
            return toAppendTo.append(Double.isNaN(step) ? compact(number) : tick(number, step));
        }

        @Override
        public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
            return format((double) number, toAppendTo, pos);
        }

        @Override
        public Number parse(String source, ParsePosition parsePosition) {
            return null; // labels only
        }
    }
}
