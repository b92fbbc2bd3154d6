package org.mlpsandbox.app.inspect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mlpsandbox.app.format.Numbers;

/**
 * A look inside the network at one moment: statistics per layer, the update-to-parameter ratio per layer of the last
 * training step, and short findings a student should notice (dead ReLUs, saturated sigmoids, vanishing gradients).
 * Immutable.
 *
 * @param step         training steps done when it was taken (0 when not from a trainer)
 * @param rows         samples the activations and gradients were measured on
 * @param layers       one entry per layer, input side first
 * @param updateRatios ‖ΔW‖ / ‖W‖ per layer of the last step, or an empty array when unknown
 * @param findings     sentences such as "layer 2: 87 % of ReLU outputs are 0 — dead neurons"
 */
public record NetworkInspection(long step, int rows, List<LayerStats> layers, double[] updateRatios,
                                List<String> findings) {

    /** Share of a ReLU layer's outputs at exactly 0 from which the layer is flagged as dying. */
    public static final double DEAD_RELU_SHARE = 0.5;
    /** Share of a hidden sigmoid or tanh layer's outputs saturated from which it is flagged. */
    public static final double SATURATED_SHARE = 0.4;

    public NetworkInspection {
        layers = List.copyOf(layers);
        updateRatios = updateRatios.clone();
        findings = List.copyOf(findings);
    }

    /** An inspection with its findings worked out from the statistics. */
    public static NetworkInspection of(long step, int rows, List<LayerStats> layers, double[] updateRatios) {
        return new NetworkInspection(step, rows, layers, updateRatios, findings(layers, updateRatios));
    }

    /** The automatic notes, most important first. Layer numbers count from 1 (the first hidden layer). */
    public static List<String> findings(List<LayerStats> layers, double[] updateRatios) {
        List<String> notes = new ArrayList<>();
        int last = layers.size() - 1;
        for (LayerStats s : layers) {
            String name = "layer " + (s.layer() + 1);
            if (s.nonFinite() > 0) {
                notes.add(name + ": " + s.nonFinite() + " values are NaN or infinite — training has diverged");
            }
            if ("relu".equals(s.activationId())) {
                if (s.zeroFraction() >= DEAD_RELU_SHARE) {
                    notes.add(name + ": " + percent(s.zeroFraction()) + " of ReLU outputs are 0 — dead neurons"
                            + (s.deadNeurons() > 0 ? " (" + s.deadNeurons() + " of " + s.neurons()
                            + " never fire on these samples)" : ""));
                } else if (s.deadNeurons() > 0) {
                    notes.add(name + ": " + s.deadNeurons() + " of " + s.neurons()
                            + " ReLU neurons output 0 for every sample — dead");
                }
            }
            if (s.layer() != last && s.saturatedFraction() >= SATURATED_SHARE) {
                notes.add(name + ": " + percent(s.saturatedFraction()) + " of " + s.activationId()
                        + " outputs saturated — their slope is nearly 0, so they learn slowly");
            }
        }
        if (layers.size() >= 3) {
            double first = layers.get(0).gradientRms();
            double out = layers.get(last).gradientRms();
            if (out > 0 && first < out * 1e-3) {
                notes.add(String.format(Locale.ROOT, "gradients shrink %s× from layer %d to layer 1 — vanishing"
                        + " gradients", Numbers.format(out / Math.max(first, Double.MIN_VALUE), 2), last + 1));
            } else if (first > 0 && first > out * 1e3) {
                notes.add(String.format(Locale.ROOT, "gradients grow %s× from layer %d to layer 1 — exploding"
                        + " gradients", Numbers.format(first / Math.max(out, Double.MIN_VALUE), 2), last + 1));
            }
        }
        for (int l = 0; l < updateRatios.length; l++) {
            double r = updateRatios[l];
            if (r > 0.1) {
                notes.add("layer " + (l + 1) + ": each step moves the weights by " + percent(Math.min(r, 99.99))
                        + " of their size — the learning rate is probably too high (about 0.1 % is typical)");
            } else if (r == 0 && layers.size() == updateRatios.length) {
                notes.add("layer " + (l + 1) + ": the last step did not move its weights at all — no gradient reaches"
                        + " them");
            } else if (r > 0 && r < 1e-6) {
                notes.add("layer " + (l + 1) + ": the weights barely move (update ratio " + Numbers.format(r, 2)
                        + ") — the learning rate may be too low or the gradients vanished");
            }
        }
        return notes;
    }

    private static String percent(double share) {
        return Math.round(share * 100) + " %";
    }
}
