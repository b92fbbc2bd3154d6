package org.mlpsandbox.app.model;

import java.util.Arrays;
import java.util.Optional;
import org.mlpsandbox.app.model.SandboxModel.Change;
import org.mlpsandbox.engine.data.TrainTestSplit;
import org.mlpsandbox.engine.net.DenseLayer;
import org.mlpsandbox.engine.net.Network;
import org.mlpsandbox.engine.train.Evaluation;
import org.mlpsandbox.engine.train.Evaluator;
import org.mlpsandbox.engine.train.TrainingSession;

/**
 * Weights and biases typed by hand, as in TensorFlow Playground: one parameter of the current run's network is set to
 * a value, and the run goes on from the edited network at once (the output view, the losses and the charts show it),
 * with its loss history and step counter; the experiment then has unsaved changes. The last edit can be undone while
 * its run lasts (a new run, from Reset or a changed setting, forgets it).
 *
 * <p>Training pauses for an edit. The edited network continues in a new training session, as after a plugin reload:
 * the optimizer's memory (momentum, Adam's moments) starts afresh and the shuffling starts a new epoch order.
 */
public final class WeightEdits {

    /** The largest magnitude a parameter may be given by hand. */
    public static final double MAX_MAGNITUDE = 1e6;

    /**
     * One parameter: in layer {@code layer} (0-based, the first hidden layer is 0), the weight from input
     * {@code input} into neuron {@code neuron}, or that neuron's bias when {@code input} is {@link #BIAS}.
     */
    public record Target(int layer, int neuron, int input) {

        /** The {@code input} of a bias. */
        public static final int BIAS = -1;

        public static Target weight(int layer, int neuron, int input) {
            return new Target(layer, neuron, input);
        }

        public static Target bias(int layer, int neuron) {
            return new Target(layer, neuron, BIAS);
        }

        public boolean isBias() {
            return input == BIAS;
        }

        /** Its value in {@code network}. */
        public double valueIn(Network network) {
            DenseLayer l = network.layer(layer);
            return isBias() ? l.bias()[neuron] : l.weight(neuron, input);
        }

        void setIn(Network network, double value) {
            DenseLayer l = network.layer(layer);
            if (isBias()) {
                l.bias()[neuron] = value;
            } else {
                l.weights()[neuron * l.inputs() + input] = value;
            }
        }

        /** Whether {@code network} has this parameter. */
        public boolean fits(Network network) {
            if (layer < 0 || layer >= network.layerCount()) {
                return false;
            }
            DenseLayer l = network.layer(layer);
            return neuron >= 0 && neuron < l.outputs() && (isBias() || input >= 0 && input < l.inputs());
        }
    }

    /** One edit: the parameter, its value before and the value typed. */
    public record Edit(Target target, double before, double after) {
    }

    private final SandboxModel owner;
    private Edit last;
    /** The session the last edit started; the edit can be undone while it is the current one. */
    private TrainingSession lastSession;

    WeightEdits(SandboxModel owner) {
        this.owner = owner;
    }

    /** The parameter's value in the latest snapshot; empty without a run or when the network has no such parameter. */
    public Optional<Double> value(Target target) {
        return owner.run().latestSnapshot().map(TrainingSession.Snapshot::network).filter(target::fits)
                .map(target::valueIn);
    }

    /**
     * Sets one parameter of the current run's network (pausing training first) and goes on from there.
     *
     * @throws IllegalArgumentException when the value is not a finite number within ±{@value #MAX_MAGNITUDE}, or
     *                                  the network has no such parameter
     * @throws IllegalStateException    when there is no run
     */
    public void set(Target target, double value) {
        if (!Double.isFinite(value) || Math.abs(value) > MAX_MAGNITUDE) {
            throw new IllegalArgumentException("a weight must be a number between −1,000,000 and 1,000,000");
        }
        double before = apply(target, value);
        last = new Edit(target, before, value);
        lastSession = owner.run().session().orElse(null);
        owner.fire(Change.RUN);
    }

    /** Whether the last edit can be undone: there is one, and its run is still the current run. */
    public boolean canUndo() {
        return last != null && lastSession != null && owner.run().session().orElse(null) == lastSession;
    }

    /** The last edit, while it can be undone. */
    public Optional<Edit> lastEdit() {
        return canUndo() ? Optional.of(last) : Optional.empty();
    }

    /** Puts back the value the last edit replaced (one level). @return whether there was an edit to undo */
    public boolean undo() {
        if (!canUndo()) {
            return false;
        }
        Edit e = last;
        last = null;
        lastSession = null;
        apply(e.target(), e.before());
        owner.fire(Change.RUN);
        return true;
    }

    /** Writes the value into a copy of the latest network and continues the run from that copy. */
    private double apply(Target target, double value) {
        RunControl run = owner.run();
        TrainingSession.Snapshot s = run.latest();
        if (s == null) {
            throw new IllegalStateException("there is no network to edit: " + run.problem());
        }
        run.pauseIntent();
        Network edited = s.network().copy();
        if (!target.fits(edited)) {
            throw new IllegalArgumentException("the network has no parameter " + target);
        }
        double before = target.valueIn(edited);
        target.setIn(edited, value);
        TrainTestSplit data = owner.data().networkData();
        Evaluation train = Evaluator.evaluate(edited, data.train());
        Evaluation test = data.test().size() == 0 ? Evaluation.NONE : Evaluator.evaluate(edited, data.test());
        run.suspend();
        run.start(edited, data, owner.settings(), owner.plugins());
        double[] noNorms = new double[edited.layerCount()];
        Arrays.fill(noNorms, Double.NaN);
        run.progress().recordEdit(run.step(), train, test, noNorms);
        owner.file().edited();
        return before;
    }
}
