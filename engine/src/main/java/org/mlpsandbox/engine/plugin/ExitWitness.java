package org.mlpsandbox.engine.plugin;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
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
 * silently: standard error names the plugin class, its method and its jar (a built-in by its id and "built-in").
 */
final class ExitWitness {

    private static final AtomicBoolean INSTALLED = new AtomicBoolean();

    private ExitWitness() {
    }

    /**
     * Installs the hook once per program; later calls do nothing. {@code builtIns} (the same for the whole program)
     * let it name a built-in by its id.
     */
    static void install(List<PluginEntry> builtIns) {
        if (INSTALLED.compareAndSet(false, true)) {
            List<PluginEntry> known = List.copyOf(builtIns);
            Thread hook = new Thread(() -> report(Thread.getAllStackTraces(), known, System.err),
                    "plugin exit witness");
            Runtime.getRuntime().addShutdownHook(hook);
        }
    }

    /** Prints one line naming the plugin that called exit, if one did. */
    static void report(Map<Thread, StackTraceElement[]> stacks, List<PluginEntry> known, PrintStream err) {
        culprit(stacks, known).ifPresent(who -> {
            err.println("MLP Sandbox: the plugin " + who + " called System.exit and ended the program. Plugins must"
                    + " not exit; " + (who.contains("built-in") ? "please report it as a bug of MLP Sandbox."
                    : "remove that jar from the plugin folder or ask its author to fix it."));
            err.flush();
        });
    }

    /**
     * "acme.Quit.apply in quit.jar" for the plugin frame nearest below an exit call on some thread; for a built-in
     * of {@code known}, "activation 'quit' (built-in, org.mlpsandbox.plugins.Quit.apply)".
     */
    static Optional<String> culprit(Map<Thread, StackTraceElement[]> stacks, List<PluginEntry> known) {
        for (StackTraceElement[] stack : stacks.values()) {
            int below = -1;
            for (int i = 0; i < stack.length; i++) {
                if (isExit(stack[i])) {
                    below = i + 1;
                }
            }
            if (below > 0) {
                Optional<PluginThreads.PluginCall> call = PluginThreads.pluginCall(
                        Arrays.copyOfRange(stack, below, stack.length), known);
                if (call.isPresent()) {
                    return Optional.of(call.get().describe());
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
