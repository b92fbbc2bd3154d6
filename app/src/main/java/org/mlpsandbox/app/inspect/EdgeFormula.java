package org.mlpsandbox.app.inspect;

import java.util.ArrayList;
import java.util.List;
import static org.mlpsandbox.app.format.Numbers.factor;
import static org.mlpsandbox.app.format.Numbers.format;

/**
 * The chain rule for one weight, written out with numbers: ∂C/∂w = δ · a_prev, where δ = ∂C/∂a × a′(z) for an
 * elementwise activation. At the output ∂C/∂a is the loss's slope; in a hidden layer it is Σₖ wₖⱼ δₖ, what the layer
 * above sends back. Softmax couples its outputs, so its δ is written as the Jacobian–vector product
 * δⱼ = aⱼ · (∂C/∂aⱼ − Σₖ aₖ ∂C/∂aₖ) rather than as a product with a scalar a′(z).
 *
 * @param layer        engine layer of the neuron the weight leads into (0 = first hidden layer)
 * @param neuron       that neuron, 0-based
 * @param input        the neuron (or input) the weight comes from, 0-based
 * @param gradA        ∂C/∂a of the receiving neuron
 * @param slope        a′(z) of the receiving neuron; NaN for a non-elementwise activation
 * @param delta        δ of the receiving neuron as the formula computes it (∂C/∂a × a′(z), or the softmax product)
 * @param incoming     the value the weight multiplies, a of the previous layer (x for the first layer)
 * @param chainProduct the factors multiplied out: δ · incoming
 * @param gradient     the engine's own ∂C/∂w for this weight
 * @param explanation  the lines for the formula box, depending on how far the step-through has come
 */
public record EdgeFormula(int layer, int neuron, int input, double gradA, double slope, double delta, double incoming,
                          double chainProduct, double gradient, Explanation explanation) {

    /**
     * The formula for the weight from {@code input} to {@code neuron} of layer {@code layer}, showing what the
     * stepper's current stop has revealed.
     */
    public static EdgeFormula of(BackpropStepper stepper, int layer, int neuron, int input) {
        BackpropTrace tr = stepper.trace();
        int l = layer;
        int j = neuron;
        int i = input;
        int last = tr.layerCount() - 1;
        double gradA = tr.gradA(l, j);
        double slope = tr.slope(l, j);
        double in = tr.input(l, i);
        boolean softmax = !tr.elementwise(l) && "softmax".equals(tr.activationId(l));
        double dot = 0;
        if (softmax) {
            for (int k = 0; k < tr.size(l); k++) {
                dot += tr.a(l, k) * tr.gradA(l, k);
            }
        }
        double delta;
        if (tr.elementwise(l)) {
            delta = gradA * slope;
        } else if (softmax) {
            delta = tr.a(l, j) * (gradA - dot);
        } else {
            delta = tr.delta(l, j);
        }
        double product = delta * in;
        double gradient = tr.gradWeight(l, j, i);

        String w = Notation.weight(l, j, i);
        String aPrev = Notation.a(l - 1, i);
        String d = Notation.delta(l, j);
        String zj = Notation.z(l, j);
        String aj = Notation.a(l, j);
        List<String> lines = new ArrayList<>();
        String from = l == 0 ? "input " + (i + 1) : "neuron " + (i + 1) + " of layer " + l;
        String to = "neuron " + (j + 1) + " of layer " + (l + 1) + (l == last ? " (output)" : "");
        String title = "Weight " + w + ": " + from + " → " + to;
        lines.add(w + " = " + format(tr.weight(l, j, i), 4));
        if (stepper.forwardShown(l)) {
            lines.add("Forward: adds " + w + " · " + aPrev + " = " + factor(tr.weight(l, j, i)) + " × " + factor(in)
                    + " = " + format(tr.weight(l, j, i) * in) + " to " + zj + " = " + format(tr.z(l, j)));
        }
        if (stepper.deltaShown(l)) {
            String dCda = "∂C/∂" + aj;
            String source = l == last ? dCda : "Σₖ w" + Notation.sup(l + 2) + "ₖ" + Notation.sub(j + 1) + " δ"
                    + Notation.sup(l + 2) + "ₖ";
            if (tr.elementwise(l)) {
                lines.add("∂C/∂" + w + " = " + d + " · " + aPrev + " = (" + source + " × a′(" + zj + ")) · " + aPrev);
                lines.add("= (" + factor(gradA) + " × " + factor(slope) + ") · " + factor(in) + " = "
                        + format(product));
            } else if (softmax) {
                lines.add("∂C/∂" + w + " = " + d + " · " + aPrev);
                lines.add("Softmax couples its outputs, so δ is a Jacobian–vector product, not ∂C/∂a × a′(z):");
                lines.add(d + " = " + aj + " · (" + dCda + " − Σₖ a" + Notation.sup(l + 1) + "ₖ ∂C/∂a"
                        + Notation.sup(l + 1) + "ₖ) = " + factor(tr.a(l, j)) + " × (" + factor(gradA) + " − "
                        + factor(dot) + ") = " + format(delta));
                if (l == last && "categorical-cross-entropy".equals(tr.lossId())) {
                    lines.add("(with cross-entropy and a one-hot target this is " + aj + " − t" + Notation.sub(j + 1)
                            + " = " + format(tr.a(l, j)) + " − " + format(tr.t()[j]) + " = " + format(tr.a(l, j) - tr.t()[j])
                            + ")");
                }
                lines.add("∂C/∂" + w + " = " + factor(delta) + " · " + factor(in) + " = " + format(product));
            } else {
                lines.add("∂C/∂" + w + " = " + d + " · " + aPrev + " = " + factor(delta) + " · " + factor(in) + " = "
                        + format(product));
                lines.add(tr.activationName(l) + " is not elementwise: δ comes from the plugin's Jacobian–vector "
                        + "product.");
            }
            if (l < last) {
                lines.add("where " + source + " = " + backSum(tr, l, j) + " = " + format(gradA));
            } else {
                lines.add("where " + dCda + " = " + lossSlope(tr, j));
            }
        } else if (stepper.hasSample()) {
            lines.add("∂C/∂" + w + ": known once the backward pass reaches layer " + (l + 1) + ".");
        }
        if (stepper.updateShown()) {
            lines.add((stepper.applied() ? "Applied: " : "Update: ") + w + " ← " + w + " − η · ∂C/∂" + w + " = "
                    + format(tr.weight(l, j, i), 4) + " − " + format(tr.learningRate()) + " × " + factor(gradient)
                    + " = " + format(tr.weightAfter(l, j, i), 4));
        }
        return new EdgeFormula(l, j, i, gradA, slope, delta, in, product, gradient, new Explanation(title, lines));
    }

    /** "0.530 × 0.0808 + (−0.200) × 0.100", at most four terms written out. */
    private static String backSum(BackpropTrace tr, int l, int j) {
        int next = tr.size(l + 1);
        StringBuilder b = new StringBuilder();
        int shown = next <= 4 ? next : 3;
        for (int k = 0; k < shown; k++) {
            b.append(k == 0 ? "" : " + ").append(factor(tr.weight(l + 1, k, j))).append(" × ")
                    .append(factor(tr.delta(l + 1, k)));
        }
        if (shown < next) {
            b.append(" + … (").append(next).append(" terms)");
        }
        return b.toString();
    }

    /** How the loss gives ∂C/∂a at output j, for the built-in losses; otherwise just the number. */
    private static String lossSlope(BackpropTrace tr, int j) {
        int last = tr.layerCount() - 1;
        double y = tr.a(last, j);
        double t = tr.t()[j];
        int n = tr.size(last);
        String value = format(tr.gradA(last, j));
        return switch (tr.lossId()) {
            case "mse" -> "2(y − t)/" + n + " = 2 × (" + format(y) + " − " + format(t) + ")/" + n + " = " + value;
            case "log-loss" -> "(−t/y + (1 − t)/(1 − y))/" + n + " = " + value;
            case "categorical-cross-entropy" -> "−t/y = −" + format(t) + "/" + format(y) + " = " + value;
            default -> value + " (the slope of " + tr.lossId() + ")";
        };
    }

    /** What clicking a neuron shows: its z, a, δ and bias gradient, as far as the stepper has come. */
    public static Explanation neuron(BackpropStepper stepper, int layer, int neuron) {
        BackpropTrace tr = stepper.trace();
        int l = layer;
        int j = neuron;
        int last = tr.layerCount() - 1;
        List<String> lines = new ArrayList<>();
        String title = "Neuron " + (j + 1) + " of layer " + (l + 1) + (l == last ? " (output)" : "") + ", "
                + tr.activationName(l);
        String zj = Notation.z(l, j);
        if (stepper.forwardShown(l)) {
            int inputs = tr.inputs(l);
            StringBuilder sum = new StringBuilder();
            int shown = inputs <= 3 ? inputs : 2;
            for (int i = 0; i < shown; i++) {
                sum.append(i == 0 ? "" : " + ").append(factor(tr.weight(l, j, i))).append(" × ")
                        .append(factor(tr.input(l, i)));
            }
            if (shown < inputs) {
                sum.append(" + … (").append(inputs).append(" inputs)");
            }
            lines.add(zj + " = Σ w·a + b = " + sum + " + " + factor(tr.bias(l, j)) + " = " + format(tr.z(l, j)));
            lines.add(Notation.a(l, j) + " = f(" + zj + ") = " + format(tr.a(l, j)));
        } else {
            lines.add("Not reached yet by the forward pass.");
        }
        if (stepper.deltaShown(l)) {
            lines.add("∂C/∂" + Notation.a(l, j) + " = " + format(tr.gradA(l, j)));
            if (tr.elementwise(l)) {
                lines.add(Notation.delta(l, j) + " = ∂C/∂a × a′(z) = " + factor(tr.gradA(l, j)) + " × "
                        + factor(tr.slope(l, j)) + " = " + format(tr.delta(l, j)));
            } else {
                lines.add(Notation.delta(l, j) + " = " + format(tr.delta(l, j)) + " (Jacobian–vector product)");
            }
            lines.add("∂C/∂" + Notation.bias(l, j) + " = " + Notation.delta(l, j) + " = " + format(tr.gradBias(l, j)));
        }
        if (stepper.updateShown()) {
            lines.add(Notation.bias(l, j) + " ← " + format(tr.bias(l, j), 4) + " − " + format(tr.learningRate())
                    + " × " + factor(tr.gradBias(l, j)) + " = " + format(tr.biasAfter(l, j), 4));
        }
        return new Explanation(title, lines);
    }
}
