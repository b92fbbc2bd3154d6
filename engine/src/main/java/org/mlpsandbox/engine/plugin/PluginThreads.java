package org.mlpsandbox.engine.plugin;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Where plugin code runs while plugins are loaded and checked, and what a thread that runs plugin code sees as its
 * context class loader.
 *
 * <p><b>Time limit.</b> Java cannot stop a thread that does not want to stop, so a plugin call that never returns (an
 * endless loop in {@code apply()}) is run on a daemon thread of its own and waited for at most
 * {@link #CHECK_LIMIT_MILLIS}. When it does not answer, the caller goes on and the thread is <em>abandoned</em>: it is interrupted once and left
 * running (it burns a core until the program ends, but it holds no lock the app needs, and as a daemon it does not keep
 * the program alive).
 *
 * <p><b>Context class loader.</b> Plugin code runs with the plugin's own class loader (or, for the training thread,
 * which calls plugins of several jars, {@link #apiOnlyLoader()}) as the thread's context class loader, never one that
 * sees the engine's classes.
 */
public final class PluginThreads {

    /** How long one plugin's load-time work (creating it, describing it, all its checks) may take: 2 s. */
    public static final long CHECK_LIMIT_MILLIS = 2000;

    private static final ClassLoader API_ONLY = ApiOnlyClassLoader.overApplication();

    private PluginThreads() {
    }

    /** A class loader that sees the api and the JDK only: the context class loader for threads calling plugins. */
    public static ClassLoader apiOnlyLoader() {
        return API_ONLY;
    }

    /** Outcome of work run under a time limit: its value, or the thread that is still running it. */
    record Timed<T>(T value, Thread abandoned) {
        boolean answered() {
            return abandoned == null;
        }
    }

    /**
     * Runs {@code work} on a new daemon thread whose context class loader is {@code context}, and waits for it at most
     * {@code millis}. What the work throws is thrown here (unchecked exceptions and errors as they are).
     *
     * @return the value, or an outcome naming the abandoned thread when the work did not finish in time
     */
    static <T> Timed<T> within(long millis, String name, ClassLoader context, Supplier<T> work) {
        FutureTask<T> task = new FutureTask<>(work::get);
        Thread thread = new Thread(task, "plugin check: " + name);
        thread.setDaemon(true);
        thread.setContextClassLoader(context == null ? API_ONLY : context);
        thread.start();
        try {
            return new Timed<>(task.get(millis, TimeUnit.MILLISECONDS), null);
        } catch (TimeoutException e) {
            thread.interrupt();
            return new Timed<>(null, thread);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            thread.interrupt();
            return new Timed<>(null, thread);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** The package of the built-in plugins (the plugins module): its frames are plugin code even without an entry. */
    private static final String BUILT_IN_PACKAGE = "org.mlpsandbox.plugins.";

    /**
     * A call into plugin code found on a thread's stack: the innermost plugin frame, and the plugin it belongs to
     * when known.
     *
     * @param className the class of the innermost plugin frame ("acme.Hang")
     * @param method    its method ("apply")
     * @param jar       the jar it came from ("hang.jar"), or {@code null} for a built-in (on the application's class
     *                  path)
     * @param plugin    the plugin whose class is on the stack, or {@code null} when no known entry matches
     */
    public record PluginCall(String className, String method, String jar, PluginEntry plugin) {

        /** Whether the code is a built-in's (on the application's class path), not an outside jar's. */
        public boolean builtIn() {
            return jar == null;
        }

        /**
         * For messages: "activation 'acme.hang' (acme.Hang.apply in hang.jar)", "activation 'slow' (built-in,
         * org.mlpsandbox.plugins.Slow.apply)"; without a known plugin "acme.Hang.apply in hang.jar" or
         * "org.mlpsandbox.plugins.Slow.apply, built-in".
         */
        public String describe() {
            String where = className + "." + method;
            if (plugin == null) {
                return where + (builtIn() ? ", built-in" : " in " + jar);
            }
            return plugin.kind().label() + " '" + plugin.id() + "' (" + (builtIn() ? "built-in, " + where
                    : where + " in " + jar) + ")";
        }
    }

    /**
     * The call into plugin code on {@code stack} (innermost frame first), if any: a frame of an outside jar, of a
     * class of a {@code known} built-in entry, or of the built-in plugins' package. The plugin is the first
     * {@code known} entry whose class (or an inner class of it) is on the stack.
     */
    public static Optional<PluginCall> pluginCall(StackTraceElement[] stack, List<PluginEntry> known) {
        return pluginCall(stack, known, name -> false);
    }

    /** {@link #pluginCall(StackTraceElement[], List)} where the classes {@code alsoBuiltIn} accepts count too. */
    private static Optional<PluginCall> pluginCall(StackTraceElement[] stack, List<PluginEntry> known,
                                                   Predicate<String> alsoBuiltIn) {
        StackTraceElement call = null;
        String jar = null;
        PluginEntry plugin = null;
        for (StackTraceElement frame : stack) {
            String loader = frame.getClassLoaderName();
            boolean outside = loader != null && loader.startsWith(PluginJar.LOADER_PREFIX);
            String name = frame.getClassName();
            PluginEntry entry = known.stream().filter(e -> (name.equals(e.className())
                    || name.startsWith(e.className() + "$")) && e.source().isBuiltIn() != outside).findFirst()
                    .orElse(null);
            if (call == null && (outside || entry != null || name.startsWith(BUILT_IN_PACKAGE)
                    || alsoBuiltIn.test(name))) {
                call = frame;
                jar = outside ? loader.substring(PluginJar.LOADER_PREFIX.length()) : null;
            }
            if (call != null && entry != null) {
                plugin = entry;
                break;
            }
        }
        return call == null ? Optional.empty()
                : Optional.of(new PluginCall(call.getClassName(), call.getMethodName(), jar, plugin));
    }

    /**
     * The first frame of plugin code on a thread's stack, outside jar or built-in: "acme.Hang.apply in hang.jar";
     * empty when the thread runs no plugin code (or has ended).
     */
    public static Optional<String> pluginFrame(Thread thread) {
        return pluginCall(thread.getStackTrace(), List.of()).map(PluginCall::describe);
    }

    /**
     * "did not answer within 2 s (stuck in acme.Hang.apply in hang.jar); its thread is abandoned", for the check of
     * {@code className}, which may be a built-in (then "stuck in …Slow.apply, built-in").
     */
    static String notAnswered(Thread abandoned, String className, PluginSource source) {
        Predicate<String> checked = name -> source.isBuiltIn() && (name.equals(className)
                || name.startsWith(className + "$"));
        String where = pluginCall(abandoned.getStackTrace(), List.of(), checked)
                .map(c -> " (stuck in " + c.describe() + ")").orElse(""); // no entry yet: class, method, jar
        return "did not answer within " + CHECK_LIMIT_MILLIS / 1000 + " s" + where
                + "; its thread is abandoned and keeps running until the program ends";
    }
}
