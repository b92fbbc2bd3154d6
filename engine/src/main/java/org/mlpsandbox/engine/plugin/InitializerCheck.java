package org.mlpsandbox.engine.plugin;

import static org.mlpsandbox.engine.plugin.Probe.num;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.mlpsandbox.api.Initializer;

/**
 * Checks an initializer on a 64 × 32 layer and a 1 × 1 layer: every weight written and finite (refused otherwise);
 * the same seed gives the same weights; all zeros (unless the plugin is "zeros"), all equal, or weights above
 * {@value #LARGE} in size earn a warning.
 */
final class InitializerCheck {

    private static final int FAN_IN = 32;
    private static final int FAN_OUT = 64;
    private static final double LARGE = 10;

    private InitializerCheck() {
    }

    static void run(Initializer initializer, String id, List<String> warnings) throws Refusal {
        double[] w = fill(initializer, FAN_IN, FAN_OUT, 1);
        fill(initializer, 1, 1, 1);
        if (!Arrays.equals(w, fill(initializer, FAN_IN, FAN_OUT, 1))) {
            warnings.add("the same seed gave different weights: use only the random generator handed in");
        }
        double largest = 0;
        boolean allEqual = true;
        for (double v : w) {
            largest = Math.max(largest, Math.abs(v));
            allEqual &= v == w[0];
        }
        if (largest == 0) {
            if (!id.equals("zeros")) {
                warnings.add("all weights are zero, so the neurons of a layer all learn the same thing");
            }
        } else if (allEqual) {
            warnings.add("all weights are equal (" + num(w[0]) + "), so the neurons of a layer all learn the same"
                    + " thing");
        }
        if (largest > LARGE) {
            warnings.add("weights as large as " + num(largest) + " for a " + FAN_OUT + " x " + FAN_IN
                    + " layer; starting weights are usually below 1, so neurons saturate or the loss explodes");
        }
    }

    private static double[] fill(Initializer initializer, int fanIn, int fanOut, long seed) throws Refusal {
        double[] w = new double[fanIn * fanOut];
        Arrays.fill(w, Double.NaN);
        SplittableRandom random = new SplittableRandom(seed);
        Probe.run("initialize() on a " + fanOut + " x " + fanIn + " layer",
                () -> initializer.initialize(w, fanIn, fanOut, random));
        int bad = Probe.firstNonFinite(w, w.length);
        if (bad >= 0) {
            throw new Refusal("initialize() leaves weight " + bad + " of a " + fanOut + " x " + fanIn + " layer at "
                    + w[bad] + " (it must write a finite value into every weight)");
        }
        return w;
    }
}
