package org.mlpsandbox.app.model;

import java.util.Arrays;
import org.mlpsandbox.api.Activation;
import org.mlpsandbox.engine.plugin.ActivationProbes;
import org.mlpsandbox.engine.plugin.PluginThreads;

/**
 * An elementwise activation sampled for plotting: f(z) and f′(z) at evenly spaced z over a range, and at the plugin
 * check's probe points that fall in it. Plugin code may throw or return non-finite values; {@link #of} turns a throw
 * into one clear message, and non-finite values stay NaN (a gap in the plot).
 *
 * @param z           the evenly spaced inputs, ascending
 * @param f           f at each of {@code z}
 * @param derivative  f′ at each of {@code z}, as the activation computes it
 * @param probes      the probe points inside the range
 * @param probeF      f at each probe point
 * @param probeSlope  f′ at each probe point
 */
public record ActivationCurve(double[] z, double[] f, double[] derivative, double[] probes, double[] probeF,
                              double[] probeSlope) {

    /** Most samples of a curve. */
    public static final int MAX_SAMPLES = 10_000;

    /** A curve could not be computed: the activation threw, or the range was bad. */
    public static final class CurveException extends Exception {
        public CurveException(String message) {
            super(message);
        }
    }

    /**
     * Samples {@code activation} at {@code samples} points from {@code from} to {@code to}.
     *
     * @throws CurveException naming the problem: not elementwise, a bad range, or what the plugin threw and where
     */
    public static ActivationCurve of(Activation activation, double from, double to, int samples)
            throws CurveException {
        if (!(from < to) || !Double.isFinite(from) || !Double.isFinite(to)) {
            throw new CurveException("the range needs from < to, got " + from + " to " + to);
        }
        if (samples < 2 || samples > MAX_SAMPLES) {
            throw new CurveException("samples must be between 2 and " + MAX_SAMPLES + ", got " + samples);
        }
        // the plugin's code runs under the plugins' time limit: a hang names the call instead of freezing the window
        PluginThreads.Timed<Object> sampled = PluginThreads.within(PluginThreads.CHECK_LIMIT_MILLIS, activation.id(),
                null, () -> {
                    try {
                        return sample(activation, from, to, samples);
                    } catch (CurveException e) {
                        return e;
                    }
                });
        if (!sampled.answered()) {
            throw new CurveException(activation.id() + " did not answer within "
                    + PluginThreads.CHECK_LIMIT_MILLIS / 1000 + " s" + PluginThreads.pluginFrame(sampled.abandoned())
                    .map(call -> " (stuck in " + call + ")").orElse("") + "; its thread is abandoned");
        }
        if (sampled.value() instanceof CurveException e) {
            throw e;
        }
        return (ActivationCurve) sampled.value();
    }

    private static ActivationCurve sample(Activation activation, double from, double to, int samples)
            throws CurveException {
        if (!activation.elementwise()) {
            throw new CurveException(activation.id() + " is not elementwise (each output depends on the whole row): "
                    + "it has no curve f(z)");
        }
        double[] z = new double[samples];
        for (int i = 0; i < samples; i++) {
            z[i] = i == samples - 1 ? to : from + (to - from) * i / (samples - 1);
        }
        double[] probes = Arrays.stream(ActivationProbes.points()).filter(p -> p >= from && p <= to).toArray();
        return new ActivationCurve(z, values(activation, z, false), values(activation, z, true), probes,
                values(activation, probes, false), values(activation, probes, true));
    }

    private static double[] values(Activation a, double[] z, boolean derivative) throws CurveException {
        double[] out = new double[z.length];
        for (int i = 0; i < z.length; i++) {
            double v;
            try {
                v = derivative ? a.derivative(z[i]) : a.apply(z[i]);
            } catch (RuntimeException | LinkageError | StackOverflowError e) {
                throw new CurveException(a.id() + (derivative ? ".derivative(" : ".apply(") + z[i] + ") threw "
                        + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
            }
            out[i] = Double.isFinite(v) ? v : Double.NaN;
        }
        return out;
    }

    @Override
    public double[] z() {
        return z.clone();
    }

    @Override
    public double[] f() {
        return f.clone();
    }

    @Override
    public double[] derivative() {
        return derivative.clone();
    }

    @Override
    public double[] probes() {
        return probes.clone();
    }

    @Override
    public double[] probeF() {
        return probeF.clone();
    }

    @Override
    public double[] probeSlope() {
        return probeSlope.clone();
    }
}
