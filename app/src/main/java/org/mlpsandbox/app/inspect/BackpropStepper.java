package org.mlpsandbox.app.inspect;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.mlpsandbox.app.format.Numbers;
import org.mlpsandbox.engine.net.Network;

/**
 * A cursor through backpropagation on one sample: input → forward, layer by layer → loss → backward, from the output
 * layer down → update (previewed) → applied. After "applied", {@link #next()} starts another pass on the same sample
 * from the updated parameters, so a student can watch the loss of that sample fall step by step.
 *
 * <p>Everything is reversible: {@link #back()} undoes one stop (including an applied update), and {@link #start()}
 * returns to the first stop with the original parameters. The stepper works on its own copy of the network; the
 * network handed in is never changed. Not thread-safe: use it from one thread (the event thread in the app).
 *
 * <p>Lifecycle: create with a network and learning rate, {@link #setSample} (until then there is nothing to step
 * through), then step; {@link #setNetwork} or {@link #setSample} start over.
 */
public final class BackpropStepper {

    private Network original;
    private double learningRate;
    private double[] x;
    private double[] t;
    /** One trace per pass; pass k + 1 starts from pass k's updated parameters. */
    private final List<BackpropTrace> passes = new ArrayList<>();
    private Stage[] stages;
    private int pass;
    private int index;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    /** Passes call plugin code: under the plugins' time limit, a plugin that hangs or throws is named. */
    private final PluginGuard guard = new PluginGuard("Backprop");
    private String problem = "";

    /**
     * @param network      the network to step through; copied
     * @param learningRate η of the plain gradient-descent update, {@code > 0}
     */
    public BackpropStepper(Network network, double learningRate) {
        checkRate(learningRate);
        this.original = network.copy();
        this.learningRate = learningRate;
        this.stages = Stage.pass(network.layerCount());
    }

    private static void checkRate(double learningRate) {
        if (!(learningRate > 0) || !Double.isFinite(learningRate)) {
            throw new IllegalArgumentException("the learning rate must be a positive number, got " + learningRate);
        }
    }

    /** Called after every change of position, sample or network. */
    public void addChangeListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeChangeListener(Runnable listener) {
        listeners.remove(listener);
    }

    private void changed() {
        for (Runnable r : listeners) {
            r.run();
        }
    }

    /**
     * Starts over on a new sample, from the original parameters.
     *
     * @throws IllegalArgumentException when the lengths do not fit the network
     */
    public void setSample(double[] newX, double[] newT) {
        BackpropTrace.check(original, newX, newT, learningRate);
        x = newX.clone();
        t = newT.clone();
        restart(traced(original));
    }

    /** Replaces the network (copied) and starts over on the same sample, if it still fits. */
    public void setNetwork(Network network) {
        original = network.copy();
        stages = Stage.pass(network.layerCount());
        if (x != null && x.length == network.inputs() && t.length == network.outputs()) {
            restart(traced(original));
        } else {
            x = null;
            t = null;
            passes.clear();
            pass = 0;
            index = 0;
            changed();
        }
    }

    /** A new learning rate; starts over at the current stop of the first pass. */
    public void setLearningRate(double rate) {
        checkRate(rate);
        learningRate = rate;
        if (x != null) {
            int keep = pass == 0 ? index : 0;
            restart(traced(original));
            index = hasSample() ? keep : 0;
            changed();
        }
    }

    /** The first pass, or null when a plugin failed ({@link #problem()} says which); starts over either way. */
    private void restart(BackpropTrace first) {
        passes.clear();
        if (first != null) {
            passes.add(first);
        }
        pass = 0;
        index = 0;
        changed();
    }

    /**
     * The pass on {@code network}, computed under the plugins' time limit; null when a plugin threw or did not answer
     * (then {@link #problem()} names it).
     */
    private BackpropTrace traced(Network network) {
        double[] sampleX = x;
        double[] sampleT = t;
        double rate = learningRate;
        BackpropTrace trace = guard.run(network, () -> BackpropTrace.compute(network, sampleX, sampleT, rate))
                .orElse(null);
        problem = guard.problem();
        return trace;
    }

    /**
     * Why the last pass could not be computed: which plugin threw or did not answer, and what to do. Empty when it
     * was computed, and again after a move back.
     */
    public String problem() {
        return problem;
    }

    /** Whether there is a pass to step through (a sample is set, and its first pass could be computed). */
    public boolean hasSample() {
        return !passes.isEmpty();
    }

    public double learningRate() {
        return learningRate;
    }

    /** The sample's inputs, or {@code null} before {@link #setSample}. */
    public double[] x() {
        return x == null ? null : x.clone();
    }

    public double[] t() {
        return t == null ? null : t.clone();
    }

    /** The numbers of the current pass. */
    public BackpropTrace trace() {
        requireSample();
        return passes.get(pass);
    }

    private void requireSample() {
        if (passes.isEmpty()) {
            throw new IllegalStateException("no sample yet: call setSample first");
        }
    }

    /** The current stop. */
    public Stage stage() {
        return stages[index];
    }

    /** Passes made on this sample before the current one (0 in the first pass). */
    public int pass() {
        return pass;
    }

    /** Stops in one pass. */
    public int stagesPerPass() {
        return stages.length;
    }

    public int layerCount() {
        return original.layerCount();
    }

    public boolean canNext() {
        return hasSample() && (index < stages.length - 2 || trace().updateFinite());
    }

    public boolean canBack() {
        return hasSample() && (index > 0 || pass > 0);
    }

    /** Whether {@link #applyUpdate} can move (the update exists and is finite, and is not applied yet). */
    public boolean canApply() {
        return hasSample() && stage().kind() != Stage.Kind.APPLIED && trace().updateFinite();
    }

    /** One stop on; after "applied", the first stop of a new pass from the updated parameters. */
    public void next() {
        if (!canNext()) {
            return;
        }
        if (index < stages.length - 1) {
            index++;
        } else {
            if (passes.size() == pass + 1) {
                BackpropTrace following = traced(parametersAfter(trace()));
                if (following == null) {
                    changed(); // stays at "applied"; problem() names the plugin
                    return;
                }
                passes.add(following);
            }
            pass++;
            index = 0;
        }
        changed();
    }

    /** One stop back; from the first stop of a later pass, back to the "applied" stop of the pass before. */
    public void back() {
        if (!canBack()) {
            return;
        }
        problem = "";
        if (index > 0) {
            index--;
        } else {
            pass--;
            index = stages.length - 1;
        }
        changed();
    }

    /** Back to the first stop of the first pass, with the original parameters. */
    public void start() {
        if (!hasSample()) {
            return;
        }
        problem = "";
        pass = 0;
        index = 0;
        changed();
    }

    /** Runs the rest of the current pass and applies its update (the "applied" stop). */
    public void applyUpdate() {
        if (!canApply()) {
            return;
        }
        index = stages.length - 1;
        changed();
    }

    /** Moves to stop {@code i} of the current pass. */
    public void goTo(int i) {
        if (!hasSample() || i < 0 || i >= stages.length) {
            return;
        }
        if (i == stages.length - 1 && !trace().updateFinite()) {
            return;
        }
        index = i;
        changed();
    }

    // --- what the current stop reveals -------------------------------------------------------------------

    /** Whether z and a of layer {@code l} have been computed at the current stop. */
    public boolean forwardShown(int l) {
        return hasSample() && index >= 1 + l;
    }

    /** Whether the loss and ∂C/∂a at the output are shown. */
    public boolean lossShown() {
        return hasSample() && index >= stages.length - 3 - layerCount();
    }

    /** Whether δ of layer {@code l} (and ∂C/∂w of the weights into it) is shown. */
    public boolean deltaShown(int l) {
        return hasSample() && index >= stages.length - 2 - (l + 1);
    }

    /** Whether the update (new values) is shown. */
    public boolean updateShown() {
        return hasSample() && index >= stages.length - 2;
    }

    /** Whether the update has been applied (the network now holds the new parameters). */
    public boolean applied() {
        return hasSample() && index == stages.length - 1;
    }

    /** The network with the parameters in effect at the current stop (a fresh copy). */
    public Network network() {
        if (!hasSample()) {
            return original.copy();
        }
        return applied() ? parametersAfter(trace()) : parametersBefore(trace());
    }

    /** The network as handed in (a fresh copy). */
    public Network originalNetwork() {
        return original.copy();
    }

    private Network parametersBefore(BackpropTrace tr) {
        Network n = original.copy();
        for (int l = 0; l < n.layerCount(); l++) {
            n.setParameters(l, tr.weights(l), biasesBefore(tr, l));
        }
        return n;
    }

    private static double[] biasesBefore(BackpropTrace tr, int l) {
        double[] b = new double[tr.size(l)];
        for (int j = 0; j < b.length; j++) {
            b[j] = tr.bias(l, j);
        }
        return b;
    }

    private Network parametersAfter(BackpropTrace tr) {
        Network n = original.copy();
        for (int l = 0; l < n.layerCount(); l++) {
            n.setParameters(l, tr.weightsAfter(l), tr.biasesAfter(l));
        }
        return n;
    }

    /** A sentence about the current stop, for a caption. */
    public String describe() {
        if (!problem.isEmpty()) {
            return problem;
        }
        if (!hasSample()) {
            return "Pick a sample to step through one forward and backward pass.";
        }
        BackpropTrace tr = trace();
        Stage s = stage();
        int layers = layerCount();
        String passNote = pass == 0 ? "" : " (pass " + (pass + 1) + ", from the updated weights)";
        return switch (s.kind()) {
            case INPUT -> "The sample enters the network: x = " + vector(x) + ", target t = " + vector(t) + passNote
                    + ".";
            case FORWARD -> "Forward, layer " + (s.layer() + 1) + " of " + layers
                    + (s.layer() == layers - 1 ? " (output)" : "") + ": each neuron sums its inputs, z = Σ w·a + b,"
                    + " then applies " + tr.activationName(s.layer()) + ", a = f(z).";
            case LOSS -> "Loss (" + tr.lossId() + "): C = " + Numbers.format(tr.loss(), 4)
                    + ". Its slope ∂C/∂a at each output says which way each output should move.";
            case BACKWARD -> (s.layer() == layers - 1
                    ? "Backward, output layer: δ = ∂C/∂z " + (tr.elementwise(s.layer()) ? "= ∂C/∂a × a′(z)"
                            : "= the " + tr.activationName(s.layer()) + " Jacobian applied to ∂C/∂a")
                    : "Backward, layer " + (s.layer() + 1) + ": each neuron collects Σₖ w·δ from the layer above, "
                            + (tr.elementwise(s.layer()) ? "then δ = that × a′(z)." : "then its Jacobian gives δ."))
                    + " Every weight into the layer gets ∂C/∂w = δ · a (click an edge).";
            case UPDATE -> "Update (plain gradient descent, η = " + Numbers.format(learningRate, 3)
                    + "): every weight moves to w − η·∂C/∂w" + (tr.updateFinite() ? "." : "; the result is not "
                    + "finite — try a smaller learning rate.");
            case APPLIED -> "Applied. The loss on this sample went from " + Numbers.format(tr.loss(), 4) + " to "
                    + Numbers.format(tr.lossAfter(), 4) + ". Next runs another pass from the new weights.";
        };
    }

    private static String vector(double[] v) {
        StringBuilder b = new StringBuilder("(");
        int shown = Math.min(v.length, 6);
        for (int i = 0; i < shown; i++) {
            b.append(i == 0 ? "" : ", ").append(Numbers.format(v[i]));
        }
        if (shown < v.length) {
            b.append(", … ").append(v.length).append(" values");
        }
        return b.append(')').toString();
    }

    /** Short name of the current stop, for a step indicator ("Forward 2/3"). */
    public String stageLabel() {
        Stage s = stage();
        return switch (s.kind()) {
            case INPUT -> "Input";
            case FORWARD -> "Forward " + (s.layer() + 1) + "/" + layerCount();
            case LOSS -> "Loss";
            case BACKWARD -> "Backward " + (s.layer() + 1) + "/" + layerCount();
            case UPDATE -> "Update";
            case APPLIED -> "Applied";
        };
    }
}
