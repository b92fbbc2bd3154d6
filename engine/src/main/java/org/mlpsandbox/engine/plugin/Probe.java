package org.mlpsandbox.engine.plugin;

import java.util.Locale;

/** Guarded calls into plugin code, and number formatting for reasons. */
final class Probe {

    /** Plugin code that returns a value. */
    interface Call<T> {
        T call();
    }

    /** Plugin code that returns nothing. */
    interface Run {
        void run();
    }

    private Probe() {
    }

    /** Runs plugin code; whatever it throws becomes a refusal naming {@code what}. */
    static <T> T call(String what, Call<T> code) throws Refusal {
        try {
            return code.call();
        } catch (RuntimeException | LinkageError | StackOverflowError | AssertionError e) {
            throw new Refusal(what + " threw " + PluginDiscovery.describe(e));
        }
    }

    static void run(String what, Run code) throws Refusal {
        call(what, () -> {
            code.run();
            return null;
        });
    }

    /** Six significant digits, no trailing noise: "0.196612", "-1.00000e-06" becomes "-1.0e-06". */
    static String num(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e9) {
            return String.valueOf((long) v);
        }
        String s = String.format(Locale.ROOT, "%.6g", v);
        if (s.contains("e")) {
            String[] parts = s.split("e");
            return trimZeros(parts[0]) + "e" + parts[1];
        }
        return trimZeros(s);
    }

    private static String trimZeros(String s) {
        if (!s.contains(".")) {
            return s;
        }
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    /** Relative difference, with an absolute floor so that tiny values compare absolutely. */
    static double difference(double a, double b, double floor) {
        return Math.abs(a - b) / Math.max(floor, Math.max(Math.abs(a), Math.abs(b)));
    }

    static int firstNonFinite(double[] values, int n) {
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(values[i])) {
                return i;
            }
        }
        return -1;
    }
}
