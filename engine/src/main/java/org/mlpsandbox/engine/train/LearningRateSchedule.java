package org.mlpsandbox.engine.train;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * How the learning rate changes over the epochs: a factor on the chosen rate (and on the bias rate) for each epoch,
 * counted from 0. The loop that runs the epochs gives the trainer the rate of each epoch before it starts
 * ({@link #settingsFor}); within an epoch the rate stays.
 *
 * <ul>
 *   <li>{@code constant}: factor 1;</li>
 *   <li>{@code step(every=E,factor=F)}: F^⌊epoch / E⌋, e.g. halve every 50 epochs;</li>
 *   <li>{@code exponential(gamma=G)}: G^epoch;</li>
 *   <li>{@code cosine(epochs=E)}: ½(1 + cos(π·min(epoch, E) / E)), from 1 down to 0 at epoch E (SGDR without
 *       restarts); the rate never drops below 1 % of the chosen one, so training does not stall.</li>
 * </ul>
 */
public sealed interface LearningRateSchedule {

    /** The factor on the chosen rate during {@code epoch} (0 for the first). */
    double factor(long epoch);

    /** This schedule in the syntax {@link #parse} reads, e.g. "step(every=50,factor=0.5)". */
    String syntax();

    /** The settings for {@code epoch}: {@code base} with its rates multiplied by {@link #factor}. */
    default TrainingSettings settingsFor(TrainingSettings base, long epoch) {
        double f = factor(epoch);
        TrainingSettings s = base.withLearningRate(base.learningRate() * f);
        return Double.isNaN(base.biasLearningRate()) ? s : s.withBiasLearningRate(base.biasLearningRate() * f);
    }

    /** Factor 1 throughout. */
    LearningRateSchedule CONSTANT = new Constant();

    /** The rate as chosen. */
    record Constant() implements LearningRateSchedule {
        @Override
        public double factor(long epoch) {
            return 1;
        }

        @Override
        public String syntax() {
            return "constant";
        }
    }

    /** The rate times {@code factor} every {@code every} epochs. */
    record Step(int every, double factor) implements LearningRateSchedule {
        public Step {
            if (every < 1) {
                throw new IllegalArgumentException("step: every must be at least 1 epoch, got " + every);
            }
            positive("step", "factor", factor);
        }

        @Override
        public double factor(long epoch) {
            return Math.pow(factor, epoch / every);
        }

        @Override
        public String syntax() {
            return "step(every=" + every + ",factor=" + factor + ")";
        }
    }

    /** The rate times {@code gamma} every epoch. */
    record Exponential(double gamma) implements LearningRateSchedule {
        public Exponential {
            positive("exponential", "gamma", gamma);
        }

        @Override
        public double factor(long epoch) {
            return Math.pow(gamma, epoch);
        }

        @Override
        public String syntax() {
            return "exponential(gamma=" + gamma + ")";
        }
    }

    /** Half a cosine from the rate down to (almost) 0 over {@code epochs} epochs, then stays there. */
    record Cosine(int epochs) implements LearningRateSchedule {
        /** The smallest factor: the rate never falls below this share of the chosen one. */
        public static final double FLOOR = 0.01;

        public Cosine {
            if (epochs < 1) {
                throw new IllegalArgumentException("cosine: epochs must be at least 1, got " + epochs);
            }
        }

        @Override
        public double factor(long epoch) {
            double t = Math.min(epoch, epochs) / (double) epochs;
            return Math.max(FLOOR, 0.5 * (1 + Math.cos(Math.PI * t)));
        }

        @Override
        public String syntax() {
            return "cosine(epochs=" + epochs + ")";
        }
    }

    /**
     * Reads "constant", "step(every=E,factor=F)", "exponential(gamma=G)" or "cosine(epochs=E)"; colons work as
     * well as brackets ("step:every=50:factor=0.5"), which needs no quotes in a shell.
     *
     * @throws IllegalArgumentException with a one-line message showing the syntax
     */
    static LearningRateSchedule parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        String name;
        String args;
        int open = t.indexOf('(');
        int colon = t.indexOf(':');
        if (open >= 0) {
            if (!t.endsWith(")")) {
                throw new IllegalArgumentException("'" + text + "': missing ')'; " + SYNTAX);
            }
            name = t.substring(0, open).strip();
            args = t.substring(open + 1, t.length() - 1);
        } else if (colon >= 0) {
            name = t.substring(0, colon).strip();
            args = t.substring(colon + 1).replace(':', ',');
        } else {
            name = t;
            args = "";
        }
        Map<String, Double> values = new LinkedHashMap<>();
        for (String pair : args.split(",")) {
            if (pair.isBlank()) {
                continue;
            }
            String[] kv = pair.split("=", 2);
            if (kv.length != 2) {
                throw new IllegalArgumentException("'" + pair.strip() + "' is not KEY=VALUE; " + SYNTAX);
            }
            try {
                values.put(kv[0].strip(), Double.valueOf(kv[1].strip()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + kv[1].strip() + "' is not a number; " + SYNTAX, e);
            }
        }
        LearningRateSchedule schedule = switch (name) {
            case "constant" -> CONSTANT;
            case "step" -> new Step(whole(values, "step", "every"), number(values, "step", "factor"));
            case "exponential" -> new Exponential(number(values, "exponential", "gamma"));
            case "cosine" -> new Cosine(whole(values, "cosine", "epochs"));
            default -> throw new IllegalArgumentException("unknown schedule '" + name + "'; " + SYNTAX);
        };
        if (!values.isEmpty()) {
            throw new IllegalArgumentException(name + " has no parameter '" + values.keySet().iterator().next()
                    + "'; " + SYNTAX);
        }
        return schedule;
    }

    /** The accepted forms, for messages and help. */
    String SYNTAX = "use constant, step(every=E,factor=F), exponential(gamma=G) or cosine(epochs=E)";

    private static double number(Map<String, Double> values, String schedule, String key) {
        Double v = values.remove(key);
        if (v == null) {
            throw new IllegalArgumentException(schedule + " needs " + key + "=…; " + SYNTAX);
        }
        return v;
    }

    private static int whole(Map<String, Double> values, String schedule, String key) {
        double v = number(values, schedule, key);
        if (v != Math.rint(v) || Math.abs(v) > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(schedule + ": " + key + " must be a whole number, got " + v);
        }
        return (int) v;
    }

    private static void positive(String schedule, String key, double v) {
        if (!(v > 0) || !Double.isFinite(v)) {
            throw new IllegalArgumentException(schedule + ": " + key + " must be a positive number, got " + v);
        }
    }
}
