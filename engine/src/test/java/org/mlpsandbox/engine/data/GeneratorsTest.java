package org.mlpsandbox.engine.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class GeneratorsTest {

    private static final List<String> CLASSIFIERS = List.of("circle", "xor", "gauss", "spiral", "blobs", "linear");
    private static final List<String> REGRESSIONS = List.of("line", "bent", "sine", "square", "plane");

    static List<String> allNames() {
        List<String> names = new ArrayList<>(CLASSIFIERS);
        names.addAll(REGRESSIONS);
        return names;
    }

    static List<String> classifierNames() {
        return CLASSIFIERS;
    }

    @Test
    void offersExactlyTheDocumentedNamesWithDescriptions() {
        assertEquals(allNames(), Generators.names());
        for (Generator generator : Generators.all()) {
            assertFalse(generator.description().isBlank(), generator.name());
            assertTrue(Generators.describeAll().contains(generator.description()), generator.name());
        }
    }

    @ParameterizedTest
    @MethodSource("allNames")
    void sameSeedGivesIdenticalDataAndAnotherSeedDoesNot(String name) {
        Dataset a = Generators.generate(name, 300, 0.1, 7L);
        Dataset b = Generators.generate(name, 300, 0.1, 7L);
        Dataset c = Generators.generate(name, 300, 0.1, 8L);
        assertArrayEquals(a.x(), b.x());
        assertArrayEquals(a.y(), b.y());
        assertFalse(Arrays.equals(a.x(), c.x()), "seeds 7 and 8 gave the same inputs");
    }

    @ParameterizedTest
    @MethodSource("allNames")
    void shapesMatchTheKindOfData(String name) {
        Dataset data = Generators.generate(name, 50, 0.0, 1L);
        Generator generator = Generators.named(name);
        assertEquals(50, data.size());
        assertEquals(name, data.name());
        assertEquals(1, data.targetCount());
        boolean classifier = CLASSIFIERS.contains(name);
        assertEquals(classifier ? 2 : 0, data.classCount());
        assertEquals(classifier || name.equals("plane") ? 2 : 1, data.inputCount());
        assertEquals(generator.inputCount(), data.inputCount());
        assertEquals(generator.classCount(), data.classCount());
        for (double v : data.x()) {
            assertTrue(Double.isFinite(v));
        }
    }

    @ParameterizedTest
    @MethodSource("classifierNames")
    void bothClassesAppearInReasonableProportionAndTargetsAreZeroOrOne(String name) {
        Dataset data = Generators.generate(name, 2000, 0.2, 3L);
        int ones = 0;
        for (double t : data.y()) {
            assertTrue(t == 0 || t == 1, "target " + t);
            ones += (int) t;
        }
        double share = ones / 2000.0;
        assertTrue(share > 0.35 && share < 0.65, name + ": class 1 has a share of " + share);
        assertEquals(2, data.withTargetColumns(2).targetCount());
    }

    @Test
    void linearLabelsFollowTheLineWithoutNoise() {
        Dataset data = Generators.generate("linear", 1000, 0, 11L);
        for (int i = 0; i < data.size(); i++) {
            double x1 = data.x()[2 * i];
            double x2 = data.x()[2 * i + 1];
            assertEquals(x1 * 1 + x2 * -1.5 > 0.4 ? 1 : 0, data.label(i), "sample " + i);
        }
    }

    @Test
    void xorLabelsAreTheSignOfTheProduct() {
        Dataset data = Generators.generate("xor", 1000, 0, 12L);
        for (int i = 0; i < data.size(); i++) {
            assertEquals(data.x()[2 * i] * data.x()[2 * i + 1] > 0 ? 1 : 0, data.label(i), "sample " + i);
        }
    }

    @Test
    void circlePutsOneClassInsideTheOther() {
        Dataset data = Generators.generate("circle", 1000, 0, 13L);
        double innerMax = 0;
        double outerMin = Double.MAX_VALUE;
        double outerMax = 0;
        for (int i = 0; i < data.size(); i++) {
            double r = Math.hypot(data.x()[2 * i], data.x()[2 * i + 1]);
            if (data.label(i) == 1) {
                innerMax = Math.max(innerMax, r);
            } else {
                outerMin = Math.min(outerMin, r);
                outerMax = Math.max(outerMax, r);
            }
        }
        assertTrue(innerMax < outerMin, "inner class reaches " + innerMax + ", outer starts at " + outerMin);
        assertTrue(innerMax > 0.3 * outerMax && innerMax < 0.7 * outerMax,
                "inner radius " + innerMax + " is not about half of " + outerMax);
    }

    @ParameterizedTest
    @ValueSource(ints = {3, 5, 8})
    void spiralAndBlobsDrawKClassesAsOneHotTargetsInEqualShares(int k) {
        for (String name : List.of("spiral", "blobs")) {
            Generator generator = Generators.named(name, k);
            assertEquals(k, generator.classCount());
            assertTrue(generator.description().startsWith(k + " classes"), generator.description());
            Dataset data = generator.generate(40 * k, 0.1, 21L);
            assertEquals(k, data.classCount());
            assertEquals(k, data.targetCount());
            int[] counts = new int[k];
            for (int i = 0; i < data.size(); i++) {
                double rowSum = 0;
                for (int c = 0; c < k; c++) {
                    double t = data.y()[i * k + c];
                    assertTrue(t == 0 || t == 1, "target " + t);
                    rowSum += t;
                }
                assertEquals(1, rowSum, name + " sample " + i + " is not one-hot");
                assertEquals(i % k, data.label(i), name + " sample " + i);
                counts[data.label(i)]++;
            }
            for (int c = 0; c < k; c++) {
                assertEquals(40, counts[c], name + " class " + c);
            }
        }
    }

    @Test
    void twoArmSpiralIsTheUsualSpiral() {
        Dataset usual = Generators.generate("spiral", 300, 0.2, 22L);
        Dataset two = Generators.named("spiral", 2).generate(300, 0.2, 22L);
        assertArrayEquals(usual.x(), two.x());
        assertArrayEquals(usual.y(), two.y());
    }

    @Test
    void spiralArmsAreTurnedByAnEqualShareOfATurn() {
        // without noise, a point of arm c at radius r has the angle of arm 0 at that radius plus c/k of a turn
        int k = 3;
        Dataset data = Generators.named("spiral", k).generate(600, 0, 23L);
        for (int i = 0; i < data.size(); i++) {
            double x1 = data.x()[2 * i];
            double x2 = data.x()[2 * i + 1];
            double t = Math.hypot(x1, x2) / 5;
            double expected = 1.75 * 2 * Math.PI * t + data.label(i) * 2 * Math.PI / k;
            assertEquals(Math.sin(expected) * 5 * t, x1, 1e-9, "sample " + i);
            assertEquals(Math.cos(expected) * 5 * t, x2, 1e-9, "sample " + i);
        }
    }

    @Test
    void blobsAreCentredEvenlyOnARing() {
        int k = 4;
        Dataset data = Generators.named("blobs", k).generate(4000, 0, 24L);
        double[][] mean = new double[k][2];
        for (int i = 0; i < data.size(); i++) {
            mean[data.label(i)][0] += data.x()[2 * i] / 1000;
            mean[data.label(i)][1] += data.x()[2 * i + 1] / 1000;
        }
        for (int c = 0; c < k; c++) {
            double angle = c * 2 * Math.PI / k;
            assertEquals(3.5 * Math.sin(angle), mean[c][0], 0.1, "class " + c);
            assertEquals(3.5 * Math.cos(angle), mean[c][1], 0.1, "class " + c);
        }
    }

    @Test
    void fixedClassGeneratorsRefuseAnotherNumberOfClasses() {
        assertEquals("circle", Generators.named("circle", 2).name());
        IllegalArgumentException circle = assertThrows(IllegalArgumentException.class,
                () -> Generators.named("circle", 3));
        assertTrue(circle.getMessage().contains("spiral and blobs"), circle.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Generators.named("sine", 3));
        assertThrows(IllegalArgumentException.class, () -> Generators.named("spiral", 1));
        assertThrows(IllegalArgumentException.class, () -> Generators.named("blobs", Generators.MAX_CLASSES + 1));
    }

    @Test
    void gaussBlobsLieOnOppositeSides() {
        Dataset data = Generators.generate("gauss", 1000, 0, 14L);
        double[] sum = new double[2];
        for (int i = 0; i < data.size(); i++) {
            sum[data.label(i)] += data.x()[2 * i] + data.x()[2 * i + 1];
        }
        assertTrue(sum[1] > 0 && sum[0] < 0, "class means " + Arrays.toString(sum));
    }

    @Test
    void noiseJittersTheSamePointsAndKeepsTheLabels() {
        Dataset clean = Generators.generate("spiral", 2000, 0, 15L);
        Dataset noisy = Generators.generate("spiral", 2000, 0.3, 15L);
        assertArrayEquals(clean.y(), noisy.y());
        double sumSquares = 0;
        for (int k = 0; k < clean.x().length; k++) {
            double d = noisy.x()[k] - clean.x()[k];
            sumSquares += d * d;
        }
        double sd = Math.sqrt(sumSquares / clean.x().length);
        assertEquals(0.3, sd, 0.03);
    }

    @Test
    void lineHasSlopeOneAndInterceptTwo() {
        Dataset data = Generators.generate("line", 4000, 0.3, 16L);
        double[] fit = leastSquaresLine(data.x(), data.y());
        assertEquals(1.0, fit[0], 0.03);
        assertEquals(2.0, fit[1], 0.03);
        double residual = 0;
        for (int i = 0; i < data.size(); i++) {
            double r = data.y()[i] - (fit[0] * data.x()[i] + fit[1]);
            residual += r * r;
        }
        assertEquals(0.3, Math.sqrt(residual / data.size()), 0.03, "noise is the standard deviation");
    }

    @Test
    void sineAndSquareFollowTheirCurvesWithoutNoise() {
        Dataset sine = Generators.generate("sine", 500, 0, 17L);
        Dataset square = Generators.generate("square", 500, 0, 17L);
        double smallest = 0;
        double largest = 0;
        for (int i = 0; i < 500; i++) {
            assertEquals(Math.sin(sine.x()[i]), sine.y()[i], 1e-12);
            assertEquals(square.x()[i] * square.x()[i], square.y()[i], 1e-12);
            smallest = Math.min(smallest, sine.x()[i]);
            largest = Math.max(largest, sine.x()[i]);
        }
        assertTrue(smallest < -2.5 && largest > 2.5, "sine covers [" + smallest + ", " + largest + "]");
    }

    @Test
    void bentIsTwoStraightPiecesWithDifferentSlopes() {
        Dataset data = Generators.generate("bent", 400, 0, 18L);
        Integer[] order = new Integer[data.size()];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> Double.compare(data.x()[a], data.x()[b]));
        List<Double> slopes = new ArrayList<>();
        for (int k = 1; k < order.length; k++) {
            double dx = data.x()[order[k]] - data.x()[order[k - 1]];
            if (dx > 1e-6) {
                double slope = (data.y()[order[k]] - data.y()[order[k - 1]]) / dx;
                if (slopes.isEmpty() || Math.abs(slopes.get(slopes.size() - 1) - slope) > 1e-6) {
                    slopes.add(slope);
                }
            }
        }
        // left piece, at most one segment across the corner, right piece
        assertTrue(slopes.size() == 2 || slopes.size() == 3, "slopes " + slopes);
        assertTrue(Math.abs(slopes.get(0) - slopes.get(slopes.size() - 1)) > 0.5, "slopes " + slopes);
    }

    @Test
    void planeIsAnAffineFunctionOfBothInputs() {
        Dataset data = Generators.generate("plane", 200, 0, 19L);
        double[] x = data.x();
        double[] y = data.y();
        // solve y = a*x1 + b*x2 + c from the first three samples (Cramer's rule), then check the others
        double[][] m = {{x[0], x[1], 1}, {x[2], x[3], 1}, {x[4], x[5], 1}};
        double det = det(m);
        double[] abc = new double[3];
        for (int col = 0; col < 3; col++) {
            double[][] mi = {m[0].clone(), m[1].clone(), m[2].clone()};
            for (int row = 0; row < 3; row++) {
                mi[row][col] = y[row];
            }
            abc[col] = det(mi) / det;
        }
        assertTrue(Math.abs(abc[0]) > 0.1 && Math.abs(abc[1]) > 0.1, "both inputs matter: " + Arrays.toString(abc));
        for (int i = 0; i < data.size(); i++) {
            assertEquals(abc[0] * x[2 * i] + abc[1] * x[2 * i + 1] + abc[2], y[i], 1e-9);
        }
    }

    @Test
    void unknownNameListsTheValidNames() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Generators.named("moons"));
        assertTrue(e.getMessage().contains("'moons'"), e.getMessage());
        for (String name : allNames()) {
            assertTrue(e.getMessage().contains(name), e.getMessage());
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -5, Generators.MAX_SAMPLES + 1})
    void rejectsSampleCountsOutOfRange(int samples) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Generators.generate("xor", samples, 0.1, 1L));
        assertTrue(e.getMessage().contains("samples") && e.getMessage().contains(String.valueOf(samples)),
                e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(doubles = {-0.1, Double.NaN, Double.POSITIVE_INFINITY})
    void rejectsBadNoise(double noise) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Generators.generate("sine", 10, noise, 1L));
        assertTrue(e.getMessage().contains("noise"), e.getMessage());
    }

    @Test
    void oneSampleIsEnough() {
        assertEquals(1, Generators.generate("circle", 1, 0, 1L).size());
    }

    private static double[] leastSquaresLine(double[] x, double[] y) {
        int n = x.length;
        double mx = Arrays.stream(x).average().orElseThrow();
        double my = Arrays.stream(y).average().orElseThrow();
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < n; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
        }
        double slope = sxy / sxx;
        return new double[] {slope, my - slope * mx};
    }

    private static double det(double[][] m) {
        return m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1])
                - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0])
                + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0]);
    }
}
