package org.mlpsandbox.app.model;

/**
 * The losses, accuracies and gradient norms seen during a run, with bounded memory: when {@link #capacity()} points
 * are held, neighbouring pairs are merged (their mean) so the oldest points become coarser while the newest stay
 * fine-grained, and memory stays flat over any number of steps. Not thread-safe: one thread (the event thread)
 * records and reads.
 *
 * <p>Each merge bumps {@link #generation()}, telling a chart that its points must be rebuilt rather than appended.
 */
public final class LossHistory {

    private final int capacity;
    private int size;
    private double[] step;
    private double[] train;
    private double[] test;
    private double[] accuracy;
    private double[] testAccuracy;
    private double[][] gradients = new double[0][];
    private int layers;
    private long generation;

    /** @param capacity the most points held, at least 16 */
    public LossHistory(int capacity) {
        if (capacity < 16) {
            throw new IllegalArgumentException("a history needs room for at least 16 points, got " + capacity);
        }
        this.capacity = capacity;
        step = new double[capacity];
        train = new double[capacity];
        test = new double[capacity];
        accuracy = new double[capacity];
        testAccuracy = new double[capacity];
    }

    /**
     * Records one point. Points must come in step order; a point at or before the last step is ignored.
     *
     * @param gradientNorms per layer; its length fixes the number of layers for this history
     */
    public void record(long stepNumber, double trainLoss, double testLoss, double trainAccuracy,
                       double testAcc, double[] gradientNorms) {
        if (size > 0 && stepNumber <= step[size - 1]) {
            return;
        }
        if (size == 0 && gradients.length == 0) {
            layers = gradientNorms.length;
            gradients = new double[layers][capacity];
        }
        if (size == capacity) {
            halve();
        }
        step[size] = stepNumber;
        train[size] = trainLoss;
        test[size] = testLoss;
        accuracy[size] = trainAccuracy;
        testAccuracy[size] = testAcc;
        for (int l = 0; l < layers; l++) {
            gradients[l][size] = l < gradientNorms.length ? gradientNorms[l] : Double.NaN;
        }
        size++;
    }

    /**
     * Records a point, or replaces the last one when it is at the same step (a weight edited by hand: the network at
     * that step is now the edited one).
     */
    void recordOrAmend(long stepNumber, double trainLoss, double testLoss, double trainAccuracy, double testAcc,
                       double[] gradientNorms) {
        if (size > 0 && stepNumber == step[size - 1]) {
            size--;
            generation++; // a point the charts show changed: they redraw
        }
        record(stepNumber, trainLoss, testLoss, trainAccuracy, testAcc, gradientNorms);
    }

    /** Merges neighbouring pairs: keeps the later step and the mean of the values. */
    private void halve() {
        int half = size / 2;
        for (int i = 0; i < half; i++) {
            int a = 2 * i;
            int b = a + 1;
            step[i] = step[b];
            train[i] = mean(train[a], train[b]);
            test[i] = mean(test[a], test[b]);
            accuracy[i] = mean(accuracy[a], accuracy[b]);
            testAccuracy[i] = mean(testAccuracy[a], testAccuracy[b]);
            for (double[] g : gradients) {
                g[i] = mean(g[a], g[b]);
            }
        }
        size = half;
        generation++;
    }

    private static double mean(double a, double b) {
        if (Double.isNaN(a)) {
            return b;
        }
        if (Double.isNaN(b)) {
            return a;
        }
        return (a + b) / 2;
    }

    /** Forgets every point (a new run). */
    public void clear() {
        size = 0;
        gradients = new double[0][];
        layers = 0;
        generation++;
    }

    public int size() {
        return size;
    }

    public int capacity() {
        return capacity;
    }

    /** Changes whenever points were merged or cleared, so earlier points changed. */
    public long generation() {
        return generation;
    }

    /** Layers with a gradient norm, 0 before the first point. */
    public int layerCount() {
        return layers;
    }

    public double step(int i) {
        return step[check(i)];
    }

    public double trainLoss(int i) {
        return train[check(i)];
    }

    /** NaN when there is no test set, or it was not evaluated at that point. */
    public double testLoss(int i) {
        return test[check(i)];
    }

    public double trainAccuracy(int i) {
        return accuracy[check(i)];
    }

    public double testAccuracy(int i) {
        return testAccuracy[check(i)];
    }

    public double gradientNorm(int layer, int i) {
        return gradients[layer][check(i)];
    }

    /** The last recorded train loss, NaN when empty. */
    public double lastTrainLoss() {
        return size == 0 ? Double.NaN : train[size - 1];
    }

    private int check(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException("point " + i + " of " + size);
        }
        return i;
    }

    /**
     * The history as CSV: {@code step,train_loss,test_loss,train_accuracy,test_accuracy,grad_norm_layer1,…}; empty
     * cells for values not known.
     */
    public String toCsv() {
        StringBuilder b = new StringBuilder("step,train_loss,test_loss,train_accuracy,test_accuracy");
        for (int l = 0; l < layers; l++) {
            b.append(",grad_norm_layer").append(l + 1);
        }
        b.append('\n');
        for (int i = 0; i < size; i++) {
            b.append((long) step[i]);
            for (double v : new double[] {train[i], test[i], accuracy[i], testAccuracy[i]}) {
                b.append(',').append(cell(v));
            }
            for (int l = 0; l < layers; l++) {
                b.append(',').append(cell(gradients[l][i]));
            }
            b.append('\n');
        }
        return b.toString();
    }

    private static String cell(double v) {
        return Double.isFinite(v) ? Double.toString(v) : "";
    }

    @Override
    public String toString() {
        return "LossHistory[" + size + "/" + capacity + " points, generation " + generation + ", steps "
                + (size == 0 ? "none" : (long) step[0] + ".." + (long) step[size - 1]) + "]";
    }
}
