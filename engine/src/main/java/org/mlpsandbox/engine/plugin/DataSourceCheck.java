package org.mlpsandbox.engine.plugin;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.mlpsandbox.api.DataSource;

/**
 * Checks a data source: 1 or 2 inputs (2 for classification), 0 or 2 to {@value #MAX_CLASSES} classes; then draws
 * {@value #SAMPLES} samples without and with noise: every input and target finite, labels whole numbers in
 * {@code [0, classCount)}, the same seed giving the same data. A classification source that draws a single class, or
 * inputs that are all equal, earns a warning.
 */
final class DataSourceCheck {

    static final int SAMPLES = 300;
    static final int MAX_CLASSES = 10;

    private DataSourceCheck() {
    }

    static void run(DataSource source, List<String> warnings) throws Refusal {
        int inputs = Probe.call("inputCount()", source::inputCount);
        int classes = Probe.call("classCount()", source::classCount);
        if (classes != 0 && (classes < 2 || classes > MAX_CLASSES)) {
            throw new Refusal("classCount() is " + classes + "; it must be 0 (regression) or 2 to " + MAX_CLASSES);
        }
        if (inputs < 1 || inputs > 2 || (classes > 0 && inputs != 2)) {
            throw new Refusal("inputCount() is " + inputs + "; a classification source has 2 inputs (a point in the"
                    + " plane), a regression source 1 or 2");
        }
        for (double noise : new double[] {0, 0.3}) {
            double[][] first = draw(source, inputs, noise, 7);
            checkValues(first, classes, noise);
            double[][] again = draw(source, inputs, noise, 7);
            if (!Arrays.equals(first[0], again[0]) || !Arrays.equals(first[1], again[1])) {
                throw new Refusal("generate() gives different data for the same seed (noise " + Probe.num(noise)
                        + "); draw every random number from the RandomGenerator it is given");
            }
            if (noise == 0) {
                warnIfDegenerate(first, classes, warnings);
            }
        }
    }

    private static double[][] draw(DataSource source, int inputs, double noise, long seed) throws Refusal {
        double[] x = new double[SAMPLES * inputs];
        double[] y = new double[SAMPLES];
        Probe.run("generate(" + SAMPLES + " samples, noise " + Probe.num(noise) + ")",
                () -> source.generate(x, y, SAMPLES, noise, new SplittableRandom(seed)));
        return new double[][] {x, y};
    }

    private static void checkValues(double[][] data, int classes, double noise) throws Refusal {
        String when = " (noise " + Probe.num(noise) + ")";
        int bad = Probe.firstNonFinite(data[0], data[0].length);
        if (bad >= 0) {
            throw new Refusal("generate() gives input " + data[0][bad] + " at index " + bad + when);
        }
        bad = Probe.firstNonFinite(data[1], data[1].length);
        if (bad >= 0) {
            throw new Refusal("generate() gives target " + data[1][bad] + " for sample " + bad + when);
        }
        if (classes == 0) {
            return;
        }
        for (int i = 0; i < data[1].length; i++) {
            double label = data[1][i];
            if (label != Math.rint(label) || label < 0 || label >= classes) {
                throw new Refusal("generate() gives label " + Probe.num(label) + " for sample " + i + when
                        + "; labels are whole numbers from 0 to " + (classes - 1));
            }
        }
    }

    private static void warnIfDegenerate(double[][] data, int classes, List<String> warnings) {
        double[] x = data[0];
        if (Arrays.stream(x).allMatch(v -> v == x[0])) {
            warnings.add("every input generate() gives is " + Probe.num(x[0]));
        }
        if (classes > 0 && Arrays.stream(data[1]).distinct().count() < 2) {
            warnings.add("generate() gives only class " + Probe.num(data[1][0]) + " in " + SAMPLES + " samples");
        }
    }
}
