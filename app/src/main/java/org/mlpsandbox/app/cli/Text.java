package org.mlpsandbox.app.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mlpsandbox.engine.net.NetworkSpec;
import org.mlpsandbox.engine.train.RegressionMetrics;

/** Number and network formatting for the commands' output: plain ASCII, the same on every locale. */
final class Text {

    private Text() {
    }

    /** A loss or other measurement: four significant digits, "-" when not available. */
    static String loss(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.4g", v);
    }

    /** A fraction as a percentage: "97.50%", "-" when not available. */
    static String percent(double fraction) {
        return Double.isNaN(fraction) ? "-" : String.format(Locale.ROOT, "%.2f%%", 100 * fraction);
    }

    /** "R^2 0.9812  RMSE 0.1234  MAE 0.09876", for regression. */
    static String regression(RegressionMetrics m) {
        return "R^2 " + loss(m.r2()) + "  RMSE " + loss(m.rmse()) + "  MAE " + loss(m.mae());
    }

    /** A count or rate with thousands separators: "61,234". */
    static String count(double v) {
        return String.format(Locale.ROOT, "%,.0f", v);
    }

    /** Seconds with two decimals. */
    static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.2f s", nanos / 1e9);
    }

    /** A hyperparameter value: shortest exact form, without a trailing ".0". */
    static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.valueOf((long) v);
        }
        return String.valueOf(v);
    }

    /** "2 -> 8 tanh -> 8 tanh -> 1 sigmoid". */
    static String network(NetworkSpec spec) {
        List<String> parts = new ArrayList<>();
        parts.add(String.valueOf(spec.inputs()));
        spec.layers().forEach(l -> parts.add(l.size() + " " + PluginSyntax.format(l.activation())));
        return String.join(" -> ", parts);
    }

    /** "2-8-8-1". */
    static String shape(NetworkSpec spec) {
        List<String> parts = new ArrayList<>();
        for (int s : spec.sizes()) {
            parts.add(String.valueOf(s));
        }
        return String.join("-", parts);
    }
}
