package org.mlpsandbox.engine.plugin;

import java.io.PrintStream;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A shutdown hook that names a plugin which ends the program with {@code System.exit} or {@code Runtime.exit}.
 *
 * <p>Why a witness and not a guard: since Java 17 the only way to <em>refuse</em> an exit is a {@code SecurityManager},
 * which is deprecated for removal (JEP 411): installing one prints four warning lines at every start on Java 17, throws
 * on Java 18 and later unless the user adds {@code -Djava.security.manager=allow}, and cannot be used at all once it is
 * removed. A shutdown hook works on every Java: while the JVM shuts down, the thread that called {@code exit} is still
 * blocked inside it, so its stack shows who called. The program still ends (with the plugin's exit code), but never
 * silently: standard error names the plugin class, its method and its jar.
 */
final class ExitWitness {

    private static final AtomicBoolean INSTALLED = new AtomicBoolean();

    private ExitWitness() {
    }

    /** Installs the hook once per program; later calls do nothing. */
    static void install() {
        if (INSTALLED.compareAndSet(false, true)) {
            Thread hook = new Thread(() -> report(Thread.getAllStackTraces(), System.err), "plugin exit witness");
            Runtime.getRuntime().addShutdownHook(hook);
        }
    }

    /** Prints one line naming the plugin that called exit, if one did. */
    static void report(Map<Thread, StackTraceElement[]> stacks, PrintStream err) {
        culprit(stacks).ifPresent(who -> {
            err.println("MLP Sandbox: the plugin " + who + " called System.exit and ended the program. Plugins must"
                    + " not exit; remove that jar from the plugin folder or ask its author to fix it.");
            err.flush();
        });
    }

    /** "acme.Quit.apply in quit.jar" for the outside-plugin frame nearest to an exit call on some thread. */
    static Optional<String> culprit(Map<Thread, StackTraceElement[]> stacks) {
        for (StackTraceElement[] stack : stacks.values()) {
            boolean exiting = false;
            for (StackTraceElement frame : stack) {
                if (isExit(frame)) {
                    exiting = true;
                } else if (exiting && frame.getClassLoaderName() != null
                        && frame.getClassLoaderName().startsWith(PluginJar.LOADER_PREFIX)) {
                    return Optional.of(frame.getClassName() + "." + frame.getMethodName() + " in "
                            + frame.getClassLoaderName().substring(PluginJar.LOADER_PREFIX.length()));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isExit(StackTraceElement frame) {
        String c = frame.getClassName();
        return frame.getMethodName().equals("exit")
                && (c.equals("java.lang.Shutdown") || c.equals("java.lang.Runtime") || c.equals("java.lang.System"));
    }
}
