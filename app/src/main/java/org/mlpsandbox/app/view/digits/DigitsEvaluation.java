package org.mlpsandbox.app.view.digits;

import java.util.ArrayList;
import java.util.List;
import org.mlpsandbox.engine.data.Dataset;
import org.mlpsandbox.engine.math.Vectors;
import org.mlpsandbox.engine.net.Network;

/**
 * How a digits network does on a dataset: the confusion matrix and the samples it gets wrong. No Swing; computed in
 * chunks with {@link Network#predict}, so it can run on a worker thread with the caller's own network copy.
 *
 * @param confusion     {@code confusion[true][predicted]} counts
 * @param misclassified the wrong answers, in dataset order
 * @param samples       samples evaluated
 */
public record DigitsEvaluation(int[][] confusion, List<Mistake> misclassified, int samples) {

    /**
     * One wrong answer.
     *
     * @param index     the sample's position in the dataset
     * @param actual    its true label
     * @param predicted the network's answer
     */
    public record Mistake(int index, int actual, int predicted) {
    }

    /** Predicts every sample of {@code data} (classification with {@code network.outputs()} classes). */
    public static DigitsEvaluation of(Network network, Dataset data) {
        int classes = Math.max(2, network.outputs());
        int[][] confusion = new int[classes][classes];
        List<Mistake> wrong = new ArrayList<>();
        int n = data.size();
        int in = data.inputCount();
        int chunk = 250;
        double[] x = new double[chunk * in];
        for (int start = 0; start < n; start += chunk) {
            int rows = Math.min(chunk, n - start);
            System.arraycopy(data.x(), start * in, x, 0, rows * in);
            double[] y = network.predict(x, rows);
            for (int r = 0; r < rows; r++) {
                int predicted = Vectors.classOf(y, r * network.outputs(), network.outputs());
                int actual = data.label(start + r);
                confusion[actual][predicted]++;
                if (actual != predicted) {
                    wrong.add(new Mistake(start + r, actual, predicted));
                }
            }
        }
        return new DigitsEvaluation(confusion, List.copyOf(wrong), n);
    }

    public int classes() {
        return confusion.length;
    }

    /** Fraction of the samples on the diagonal. */
    public double accuracy() {
        int right = 0;
        for (int c = 0; c < confusion.length; c++) {
            right += confusion[c][c];
        }
        return samples == 0 ? Double.NaN : (double) right / samples;
    }

    /** Samples whose true label is {@code actual}. */
    public int rowTotal(int actual) {
        int sum = 0;
        for (int v : confusion[actual]) {
            sum += v;
        }
        return sum;
    }
}
