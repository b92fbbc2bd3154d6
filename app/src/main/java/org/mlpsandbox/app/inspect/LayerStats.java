package org.mlpsandbox.app.inspect;

/**
 * What one layer looked like on a batch of samples: histograms of its weights, its weight gradients and its
 * activations, and the numbers the automatic findings use.
 *
 * @param layer             engine layer index (0 = first hidden layer)
 * @param activationId      the layer's activation plugin id
 * @param weights           histogram of the weights
 * @param gradients         histogram of ∂C/∂W on the batch
 * @param activations       histogram of the activations a over the batch (rows × neurons values)
 * @param zeroFraction      share of activations exactly 0
 * @param saturatedFraction share of activations where the activation is flat: sigmoid below 0.02 or above 0.98, tanh
 *                          beyond ±0.96; 0 for other activations
 * @param deadNeurons       neurons whose activation is 0 for every sample of the batch
 * @param neurons           neurons in the layer
 * @param weightRms         root mean square of the weights
 * @param gradientRms       root mean square of ∂C/∂W
 * @param nonFinite         NaN or infinite values among weights, gradients and activations
 */
public record LayerStats(int layer, String activationId, Histogram weights, Histogram gradients,
                         Histogram activations, double zeroFraction, double saturatedFraction, int deadNeurons,
                         int neurons, double weightRms, double gradientRms, int nonFinite) {

    /** Bins per histogram. */
    public static final int BINS = 30;
    /** Sigmoid outputs below this, or above one minus this, count as saturated (σ′ &lt; 0.02). */
    public static final double SIGMOID_SATURATION = 0.02;
    /** Tanh outputs beyond ± this count as saturated (tanh′ &lt; 0.08). */
    public static final double TANH_SATURATION = 0.96;

    /**
     * Statistics from raw arrays.
     *
     * @param activations {@code rows × neurons} activations, row-major
     */
    public static LayerStats of(int layer, String activationId, double[] weights, double[] gradients,
                                double[] activations, int rows, int neurons) {
        int n = rows * neurons;
        int zeros = 0;
        int saturated = 0;
        for (int i = 0; i < n; i++) {
            double a = activations[i];
            if (a == 0) {
                zeros++;
            }
            if (isSaturated(activationId, a)) {
                saturated++;
            }
        }
        int dead = 0;
        for (int j = 0; j < neurons; j++) {
            boolean allZero = rows > 0;
            for (int r = 0; r < rows && allZero; r++) {
                allZero = activations[r * neurons + j] == 0;
            }
            if (allZero) {
                dead++;
            }
        }
        Histogram hw = Histogram.of(weights, weights.length, BINS);
        Histogram hg = Histogram.of(gradients, gradients.length, BINS);
        Histogram ha = Histogram.of(activations, n, BINS);
        return new LayerStats(layer, activationId, hw, hg, ha, n == 0 ? 0 : (double) zeros / n,
                n == 0 ? 0 : (double) saturated / n, dead, neurons, rms(weights), rms(gradients),
                hw.nonFinite() + hg.nonFinite() + ha.nonFinite());
    }

    private static boolean isSaturated(String activationId, double a) {
        return switch (activationId) {
            case "sigmoid" -> a < SIGMOID_SATURATION || a > 1 - SIGMOID_SATURATION;
            case "tanh" -> Math.abs(a) > TANH_SATURATION;
            default -> false;
        };
    }

    private static double rms(double[] v) {
        if (v.length == 0) {
            return 0;
        }
        double s = 0;
        for (double x : v) {
            s += x * x;
        }
        return Math.sqrt(s / v.length);
    }
}
