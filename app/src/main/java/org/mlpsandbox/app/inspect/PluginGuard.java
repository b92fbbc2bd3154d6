package org.mlpsandbox.app.inspect;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.mlpsandbox.api.Activation;
import org.mlpsandbox.engine.net.Network;
import org.mlpsandbox.engine.net.NetworkSpec;
import org.mlpsandbox.engine.plugin.PluginFailedException;
import org.mlpsandbox.engine.plugin.PluginThreads;

/**
 * Runs the inspection tools' passes through a network (a backprop trace, an inspection at rest) the way the views'
 * drawing does: on a thread of its own under the plugins' time limit ({@link PluginThreads#CHECK_LIMIT_MILLIS}), so
 * that an activation or loss that never returns cannot freeze the window that asked, and one that throws is named
 * instead of escaping as a stack trace. A pass that does not answer is abandoned (its thread is left running); the
 * guard then refuses that network's shape and plugins at once, saying which plugin call it was stuck in, until a
 * network of other layers or plugins comes. One guard per tool: it remembers what got stuck there.
 */
public final class PluginGuard {

    private final String tool;
    private NetworkSpec stuckSpec;
    private String stuckMessage;
    private String problem = "";

    /** @param tool what the passes are for, starting the messages ("Backprop", "The inspection") */
    public PluginGuard(String tool) {
        this.tool = tool;
    }

    /**
     * Runs {@code work}, which calls {@code network}'s plugins, under the time limit. What it throws outside plugin
     * code (no plugin frame on the stack) is thrown here as it is.
     *
     * @return its value; empty when a plugin threw or did not answer, now or before for a network of this spec
     *         ({@link #problem()} then says which and what to do)
     */
    public <T> Optional<T> run(Network network, Supplier<T> work) {
        if (network.spec().equals(stuckSpec)) {
            problem = stuckMessage;
            return Optional.empty();
        }
        PluginThreads.Timed<T> pass;
        try {
            pass = PluginThreads.within(PluginThreads.CHECK_LIMIT_MILLIS, tool, null, work);
        } catch (PluginFailedException e) {
            problem = tool + " stopped: the " + withoutFullStop(e.getMessage()) + ". Pick another plugin for that layer.";
            return Optional.empty();
        } catch (RuntimeException | LinkageError | StackOverflowError e) {
            Optional<String> culprit = pluginIn(network, e.getStackTrace());
            if (culprit.isEmpty()) {
                throw e; // not a plugin's doing (a sample that does not fit, say): the caller's to handle
            }
            problem = tool + " stopped: " + culprit.get() + " threw "
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + withoutFullStop(e.getMessage())) + ".";
            return Optional.empty();
        }
        if (!pass.answered()) {
            stuckSpec = network.spec();
            stuckMessage = tool + " stopped: " + pluginIn(network, pass.abandoned().getStackTrace()).orElse("a plugin")
                    + " did not answer within " + PluginThreads.CHECK_LIMIT_MILLIS / 1000 + " s (its thread is"
                    + " abandoned). Pick another plugin for that layer.";
            problem = stuckMessage;
            return Optional.empty();
        }
        problem = "";
        return Optional.of(pass.value());
    }

    /** Why the last {@link #run} gave nothing (names the plugin), or empty when it gave a value. */
    public String problem() {
        return problem;
    }

    /**
     * "the activation 'acme.hang' of layer 1 (acme.Hang.apply)" or "the loss 'acme.bad' (acme.Bad.value)": the
     * innermost frame of the network's own plugins on {@code stack}; else a plugin frame of an outside jar or a
     * built-in; else empty.
     */
    static Optional<String> pluginIn(Network network, StackTraceElement[] stack) {
        for (StackTraceElement frame : stack) {
            for (int l = 0; l < network.layerCount(); l++) {
                Activation activation = network.layer(l).activation();
                if (isOf(frame, activation)) {
                    return Optional.of("the activation '" + activation.id() + "' of layer " + (l + 1) + " ("
                            + where(frame) + ")");
                }
            }
            if (isOf(frame, network.lossFunction())) {
                return Optional.of("the loss '" + network.lossFunction().id() + "' (" + where(frame) + ")");
            }
        }
        return PluginThreads.pluginCall(stack, List.of()).map(PluginThreads.PluginCall::describe);
    }

    private static boolean isOf(StackTraceElement frame, Object plugin) {
        String name = plugin.getClass().getName();
        return frame.getClassName().equals(name) || frame.getClassName().startsWith(name + "$");
    }

    private static String withoutFullStop(String message) {
        return message.endsWith(".") ? message.substring(0, message.length() - 1) : message;
    }

    private static String where(StackTraceElement frame) {
        return frame.getClassName() + "." + frame.getMethodName();
    }
}
