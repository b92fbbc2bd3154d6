package org.mlpsandbox.engine.plugin;

import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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

    /**
     * The first frame of plugin code from an outside jar on a thread's stack: "acme.Hang.apply in hang.jar";
     * empty when the thread runs no outside plugin code (or has ended).
     */
    public static Optional<String> pluginFrame(Thread thread) {
        for (StackTraceElement frame : thread.getStackTrace()) {
            String loader = frame.getClassLoaderName();
            if (loader != null && loader.startsWith(PluginJar.LOADER_PREFIX)) {
                return Optional.of(frame.getClassName() + "." + frame.getMethodName() + " in "
                        + loader.substring(PluginJar.LOADER_PREFIX.length()));
            }
        }
        return Optional.empty();
    }

    /** "did not answer within 2 s (stuck in acme.Hang.apply in hang.jar); its thread is abandoned". */
    static String notAnswered(Thread abandoned) {
        String where = pluginFrame(abandoned).map(f -> " (stuck in " + f + ")").orElse("");
        return "did not answer within " + CHECK_LIMIT_MILLIS / 1000 + " s" + where
                + "; its thread is abandoned and keeps running until the program ends";
    }
}
