package org.mlpsandbox.app.inspect;

import java.util.Locale;

/** Short, readable numbers for formulas: three significant digits, plain notation unless very large or small. */
public final class Numbers {

    private Numbers() {
    }

    /** {@code v} with three significant digits: 0.0590, −1.25, 412, 3.1e-06. A minus sign, not a hyphen. */
    public static String format(double v) {
        return format(v, 3);
    }

    /** {@code v} with {@code digits} significant digits. */
    public static String format(double v, int digits) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "∞" : "−∞";
        }
        if (v == 0) {
            return "0";
        }
        double abs = Math.abs(v);
        String s;
        if (abs >= 1e-4 && abs < 1e5) {
            int magnitude = (int) Math.floor(Math.log10(abs));
            int decimals = Math.max(0, digits - 1 - magnitude);
            s = String.format(Locale.ROOT, "%." + decimals + "f", abs);
            // Rounding may carry into a new digit (0.09996 → 0.1000): drop the superfluous trailing zero then.
            if (decimals > 0 && s.replace(".", "").replaceFirst("^0+", "").length() > digits) {
                s = s.substring(0, s.length() - 1);
            }
        } else {
            s = String.format(Locale.ROOT, "%." + (digits - 1) + "e", abs).replace("e+0", "e").replace("e-0", "e-")
                    .replace("e+", "e");
        }
        return v < 0 ? "−" + s : s;
    }

    /** As {@link #format(double)}, in parentheses when negative, for use as a factor: (−0.25). */
    public static String factor(double v) {
        String s = format(v);
        return v < 0 ? "(" + s + ")" : s;
    }
}
