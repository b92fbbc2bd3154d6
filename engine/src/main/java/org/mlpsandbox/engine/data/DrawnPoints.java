package org.mlpsandbox.engine.data;

import java.util.Arrays;
import java.util.Objects;

/**
 * Points a person drew on the plane: each one a position (x₁, x₂) and either a class ({@code 0 … classCount-1}) or,
 * for regression ({@code classCount == 0}), a value to fit; and the stretch of plane they were drawn on, so that the
 * plane comes back the same. Immutable: every edit returns a new set.
 *
 * <p>Training uses them like any other data ({@link #toDataset}), split into training and test points as other data
 * is, except that a set of fewer than {@link #FEW} points all trains ({@link #split}).
 *
 * @param classCount the number of classes (2 to {@link Generators#MAX_CLASSES}), or 0 for values to fit
 * @param x          the positions, {@code size × 2}, row-major
 * @param value      the class index or the value of each point
 * @param plane      the drawn-on plane: {x₁ from, x₁ to, x₂ from, x₂ to}
 */
public record DrawnPoints(int classCount, double[] x, double[] value, double[] plane) {

    /** A set with fewer points than this all trains: a test set of one or two points says nothing. */
    public static final int FEW = 10;
    /** The most points a drawn set holds. */
    public static final int MAX_POINTS = 5_000;
    /** The plane of a new drawing when the data in use gives none: the generated sets' square. */
    public static final double[] DEFAULT_PLANE = {-6, 6, -6, 6};

    /** @throws IllegalArgumentException naming what does not fit */
    public DrawnPoints {
        if (classCount != 0 && (classCount < 2 || classCount > Generators.MAX_CLASSES)) {
            throw new IllegalArgumentException("drawn points have 2 to " + Generators.MAX_CLASSES
                    + " classes, or 0 for values, got " + classCount);
        }
        x = x.clone();
        value = value.clone();
        plane = plane.clone();
        if (x.length != 2 * value.length) {
            throw new IllegalArgumentException("drawn points need two coordinates each: " + x.length
                    + " coordinates for " + value.length + " points");
        }
        if (value.length > MAX_POINTS) {
            throw new IllegalArgumentException("at most " + MAX_POINTS + " drawn points, got " + value.length);
        }
        for (int i = 0; i < value.length; i++) {
            double v = value[i];
            if (!Double.isFinite(x[2 * i]) || !Double.isFinite(x[2 * i + 1]) || !Double.isFinite(v)) {
                throw new IllegalArgumentException("drawn point " + (i + 1) + " is not a finite number");
            }
            if (classCount > 0 && (v != Math.rint(v) || v < 0 || v >= classCount)) {
                throw new IllegalArgumentException("drawn point " + (i + 1) + " has class " + v + "; the classes are 0 to "
                        + (classCount - 1));
            }
        }
        if (plane.length != 4 || !(plane[0] < plane[1]) || !(plane[2] < plane[3])
                || !Double.isFinite(plane[1] - plane[0]) || !Double.isFinite(plane[3] - plane[2])) {
            throw new IllegalArgumentException("the drawn-on plane must be {x1 from, x1 to, x2 from, x2 to} with "
                    + "from < to, got " + Arrays.toString(plane));
        }
    }

    /** No points yet, of {@code classCount} classes (0: values), on {@code plane}. */
    public static DrawnPoints empty(int classCount, double[] plane) {
        return new DrawnPoints(classCount, new double[0], new double[0], plane);
    }

    public int size() {
        return value.length;
    }

    public boolean isClassification() {
        return classCount > 0;
    }

    /** Copies of the arrays go out, so the set stays as it is. */
    @Override
    public double[] x() {
        return x.clone();
    }

    @Override
    public double[] value() {
        return value.clone();
    }

    @Override
    public double[] plane() {
        return plane.clone();
    }

    /** The set with one more point at (x₁, x₂) of class or value {@code v}. */
    public DrawnPoints with(double x1, double x2, double v) {
        double[] nx = Arrays.copyOf(x, x.length + 2);
        double[] nv = Arrays.copyOf(value, value.length + 1);
        nx[x.length] = x1;
        nx[x.length + 1] = x2;
        nv[value.length] = v;
        return new DrawnPoints(classCount, nx, nv, plane);
    }

    /**
     * The set without the points inside the ellipse around (x₁, x₂) with half-axes {@code r1} and {@code r2} (an
     * eraser round on the screen when the axes differ in scale); {@code this} when none is inside.
     */
    public DrawnPoints without(double x1, double x2, double r1, double r2) {
        int kept = 0;
        boolean[] keep = new boolean[size()];
        for (int i = 0; i < size(); i++) {
            double dx = (x[2 * i] - x1) / r1;
            double dy = (x[2 * i + 1] - x2) / r2;
            keep[i] = dx * dx + dy * dy > 1;
            kept += keep[i] ? 1 : 0;
        }
        if (kept == size()) {
            return this;
        }
        double[] nx = new double[2 * kept];
        double[] nv = new double[kept];
        for (int i = 0, k = 0; i < size(); i++) {
            if (keep[i]) {
                nx[2 * k] = x[2 * i];
                nx[2 * k + 1] = x[2 * i + 1];
                nv[k++] = value[i];
            }
        }
        return new DrawnPoints(classCount, nx, nv, plane);
    }

    /** How many points are of class {@code c}. */
    public int count(int c) {
        int n = 0;
        for (double v : value) {
            n += v == c ? 1 : 0;
        }
        return n;
    }

    /**
     * The points as data: two classes as one 0/1 target column, more as one-hot columns, values as one column.
     *
     * @param name what the data is called ("drawn")
     */
    public Dataset toDataset(String name) {
        int n = size();
        int columns = classCount > 2 ? classCount : 1;
        double[] y = new double[n * columns];
        for (int i = 0; i < n; i++) {
            if (classCount > 2) {
                y[i * columns + (int) value[i]] = 1;
            } else {
                y[i] = value[i];
            }
        }
        return new Dataset(name, 2, columns, classCount, x.clone(), y);
    }

    /**
     * Training and test points: as {@link TrainTestSplit#split} does for other data, or all of them for training when
     * there are fewer than {@link #FEW} (then {@link #allTrain()} is true).
     */
    public TrainTestSplit split(String name, double testRatio, long seed) {
        Dataset all = toDataset(name);
        if (allTrain()) {
            return new TrainTestSplit(all.select(order(size()), name + " (train)"),
                    all.select(new int[0], name + " (test)"));
        }
        return TrainTestSplit.split(all, testRatio, seed);
    }

    /** Whether all the points train, none held out for testing: fewer than {@link #FEW} of them. */
    public boolean allTrain() {
        return size() < FEW;
    }

    /**
     * Why these points cannot train a network, for people: too few, or all of one class; empty when they can.
     */
    public String problem() {
        if (size() < 2) {
            return "Draw at least 2 points to train: left-click on the plane to add one (" + size() + " so far).";
        }
        if (isClassification()) {
            for (int c = 0; c < classCount; c++) {
                if (count(c) == size()) {
                    return "All " + size() + " points are of class " + (c + 1) + ": draw points of another class "
                            + "too, so there is a boundary to learn.";
                }
            }
        }
        return "";
    }

    private static int[] order(int n) {
        int[] o = new int[n];
        for (int i = 0; i < n; i++) {
            o[i] = i;
        }
        return o;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DrawnPoints d && d.classCount == classCount && Arrays.equals(d.x, x)
                && Arrays.equals(d.value, value) && Arrays.equals(d.plane, plane);
    }

    @Override
    public int hashCode() {
        return Objects.hash(classCount, Arrays.hashCode(x), Arrays.hashCode(value), Arrays.hashCode(plane));
    }

    @Override
    public String toString() {
        return "DrawnPoints[" + size() + " points, " + (isClassification() ? classCount + " classes" : "values")
                + ", plane " + Arrays.toString(plane) + "]";
    }
}
