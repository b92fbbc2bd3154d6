package org.mlpsandbox.app.view;

import org.mlpsandbox.engine.net.Network;
import org.mlpsandbox.engine.net.NetworkSpec;
import org.mlpsandbox.engine.net.Workspace;
import org.mlpsandbox.engine.plugin.PluginThreads;

/**
 * The forward passes that views make to draw (the output plane, the neurons' maps, a 1-D curve) run plugin code: an
 * activation that never returns there would freeze the whole window, since drawing happens on the event thread. So
 * each pass runs on a thread of its own under the plugins' time limit ({@link PluginThreads#CHECK_LIMIT_MILLIS}).
 * A pass that does not answer is abandoned (its thread is left running, as for a stuck training run), the view stops
 * drawing with that network's plugins and says which plugin call it was stuck in; a network of other layers or
 * plugins draws again. One guard per view: it remembers what got stuck there.
 */
public final class DrawingGuard {

    private NetworkSpec stuckSpec;
    private String stuckMessage;
    /** CPU time the last pass took on its own thread, for the views' CPU budget. */
    private long lastPassNanos;

    /**
     * Forward pass of {@code network} (a snapshot copy) over {@code rows} inputs into {@code ws}.
     *
     * @return whether the pass finished; false when it did not answer now or before for a network of this spec
     */
    public boolean forward(Network network, double[] inputs, int rows, Workspace ws) {
        if (network.spec().equals(stuckSpec)) {
            return false;
        }
        long[] cpu = new long[1];
        PluginThreads.Timed<Boolean> pass = PluginThreads.within(PluginThreads.CHECK_LIMIT_MILLIS, "drawing", null,
                () -> {
                    long start = CpuClock.now();
                    network.forward(inputs, rows, ws);
                    cpu[0] = CpuClock.now() - start;
                    return Boolean.TRUE;
                });
        if (pass.answered()) {
            lastPassNanos = cpu[0];
            stuckMessage = null;
            return true;
        }
        stuckSpec = network.spec();
        stuckMessage = "Not drawn: " + stuckIn(network, pass.abandoned()) + " did not answer within "
                + PluginThreads.CHECK_LIMIT_MILLIS / 1000 + " s; pick another plugin for that layer.";
        return false;
    }

    /** "the activation 'acme.hang' of layer 1 (acme.Hang.apply)": the layer whose plugin the thread is stuck in. */
    private static String stuckIn(Network network, Thread abandoned) {
        StackTraceElement[] stack = abandoned.getStackTrace();
        for (StackTraceElement frame : stack) {
            for (int l = 0; l < network.layerCount(); l++) {
                org.mlpsandbox.api.Activation activation = network.layer(l).activation();
                if (frame.getClassName().equals(activation.getClass().getName())) {
                    return "the activation '" + activation.id() + "' of layer " + (l + 1) + " ("
                            + frame.getClassName() + "." + frame.getMethodName() + ")";
                }
            }
        }
        return PluginThreads.pluginFrame(abandoned).orElse("a plugin");
    }

    /**
     * The outputs for {@code rows} inputs ({@code rows × outputs}, a new array), as {@link Network#predict}, under the
     * time limit; for views that draw now and then (a drawn digit, a lesson's few samples).
     *
     * @return the outputs, or null when the pass did not answer ({@link #stuckMessage()} says why)
     */
    public double[] predict(Network network, double[] inputs, int rows) {
        Workspace ws = network.newWorkspace(Math.max(1, rows));
        return forward(network, inputs, rows, ws) ? java.util.Arrays.copyOf(ws.output(), rows * network.outputs())
                : null;
    }

    /** Why the view is not drawn (names the stuck plugin call), or null when it is. */
    public String stuckMessage() {
        return stuckMessage;
    }

    /** CPU nanoseconds of the last pass that finished. */
    long lastPassNanos() {
        return lastPassNanos;
    }
}
