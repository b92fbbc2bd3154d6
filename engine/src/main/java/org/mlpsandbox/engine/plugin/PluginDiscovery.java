package org.mlpsandbox.engine.plugin;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mlpsandbox.api.Hyperparameter;
import org.mlpsandbox.api.Plugin;

/**
 * Runs {@link ServiceLoader} over one class loader for every {@link PluginKind}, turning each provider into a checked
 * {@link PluginEntry}. A provider that cannot be found, linked or created becomes a refused entry naming its class and
 * the reason; the others still load. Catches {@link ServiceConfigurationError}, {@link RuntimeException} and
 * {@link LinkageError} per provider, as the {@code ServiceLoader} contract asks.
 */
final class PluginDiscovery {

    /** Consecutive failures after which the iterator is assumed to be stuck. */
    private static final int MAX_CONSECUTIVE_FAILURES = 100;

    private static final Pattern CLASS_FILE_VERSION = Pattern.compile("class file version (\\d+)");

    private PluginDiscovery() {
    }

    /**
     * Every provider that {@code loader} sees through {@code META-INF/services}, each checked with
     * {@link PluginChecker}.
     *
     * @param keep which provider classes to keep (an outside jar keeps only the classes its own loader defines)
     */
    static List<PluginEntry> discover(ClassLoader loader, PluginSource source, Predicate<Class<?>> keep) {
        List<PluginEntry> found = new ArrayList<>();
        for (PluginKind kind : PluginKind.values()) {
            discover(kind, loader, source, keep, found);
        }
        return found;
    }

    private static void discover(PluginKind kind, ClassLoader loader, PluginSource source, Predicate<Class<?>> keep,
                                 List<PluginEntry> found) {
        // ServiceLoader goes through the services lines in this order, so a failure belongs to the first name that
        // has not been accounted for yet (the error's message does not always name the provider).
        List<String> names = providerNames(kind, loader);
        Set<String> accounted = new HashSet<>();
        Iterator<? extends ServiceLoader.Provider<? extends Plugin>> it =
                ServiceLoader.load(kind.type(), loader).stream().iterator();
        int failures = 0;
        while (failures < MAX_CONSECUTIVE_FAILURES) {
            try {
                if (!it.hasNext()) {
                    return;
                }
                ServiceLoader.Provider<? extends Plugin> provider = it.next();
                failures = 0;
                Class<?> type = provider.type();
                accounted.add(type.getName());
                if (keep.test(type)) {
                    found.add(createdAndChecked(kind, provider, source));
                } else {
                    found.add(PluginEntry.refused(kind, type.getName(), source,
                            "the class is not defined in this jar but by " + type.getClassLoader() + "; ignored"));
                }
            } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
                failures++;
                String className = failingClass(e, names, accounted);
                accounted.add(className);
                found.add(PluginEntry.refused(kind, className, source, reasonOf(kind, e)));
            }
        }
    }

    /**
     * Creates, describes and checks one provider on a thread of its own, under {@link PluginThreads#CHECK_LIMIT_MILLIS}
     * and with the plugin's class loader as context class loader; a provider that does not answer in time is refused.
     */
    private static PluginEntry createdAndChecked(PluginKind kind, ServiceLoader.Provider<? extends Plugin> provider,
                                                 PluginSource source) {
        String className = provider.type().getName();
        PluginThreads.Timed<PluginEntry> timed;
        try {
            timed = PluginThreads.within(PluginThreads.CHECK_LIMIT_MILLIS, className,
                    provider.type().getClassLoader(), () -> {
                        Plugin plugin;
                        try {
                            plugin = provider.get();
                        } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
                            return PluginEntry.refused(kind, className, source, reasonOf(kind, e));
                        }
                        return checked(describe(kind, plugin, source));
                    });
        } catch (RuntimeException | LinkageError | StackOverflowError e) {
            return PluginEntry.refused(kind, className, source, "threw " + describe(e) + " while being checked");
        }
        if (timed.answered()) {
            return timed.value();
        }
        return PluginEntry.refused(kind, className, source, PluginThreads.notAnswered(timed.abandoned(), className,
                source));
    }

    /** The provider class names in the loader's services files for a kind, in order, without repeats. */
    static List<String> providerNames(PluginKind kind, ClassLoader loader) {
        Set<String> names = new LinkedHashSet<>();
        try {
            Enumeration<URL> files = loader.getResources("META-INF/services/" + kind.type().getName());
            while (files.hasMoreElements()) {
                URLConnection connection = files.nextElement().openConnection();
                connection.setUseCaches(false);
                try (BufferedReader in = new BufferedReader(
                        new InputStreamReader(connection.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        int hash = line.indexOf('#');
                        String name = (hash >= 0 ? line.substring(0, hash) : line).strip();
                        if (!name.isEmpty()) {
                            names.add(name);
                        }
                    }
                }
            }
        } catch (IOException e) {
            // ServiceLoader will meet the same problem and report it
        }
        return new ArrayList<>(names);
    }

    private static String failingClass(Throwable e, List<String> names, Set<String> accounted) {
        for (String name : names) {
            if (!accounted.contains(name)) {
                return name;
            }
        }
        String message = e.getMessage() == null ? "" : e.getMessage();
        Matcher m = Pattern.compile("Provider (\\S+)").matcher(message);
        return m.find() ? m.group(1) : "(unknown class)";
    }

    /** Reads id, display name and hyperparameters, which are plugin code too and may throw. */
    private static PluginEntry describe(PluginKind kind, Plugin plugin, PluginSource source) {
        String className = plugin.getClass().getName();
        String id;
        String name;
        List<Hyperparameter> hyperparameters;
        try {
            id = plugin.id();
        } catch (RuntimeException | LinkageError | StackOverflowError e) {
            return PluginEntry.refused(kind, className, source, "id() threw " + describe(e));
        }
        if (id == null || id.isBlank()) {
            return PluginEntry.refused(kind, className, source, "id() returned no id");
        }
        if (!id.equals(id.toLowerCase(Locale.ROOT)) || id.chars().anyMatch(Character::isWhitespace)) {
            return PluginEntry.refused(kind, className, source,
                    "id '" + id + "' must be lower-case without spaces (e.g. \"acme.swish\")");
        }
        try {
            name = plugin.displayName();
        } catch (RuntimeException | LinkageError | StackOverflowError e) {
            return withId(PluginEntry.refused(kind, className, source, "displayName() threw " + describe(e)), id);
        }
        if (name == null || name.isBlank()) {
            return withId(PluginEntry.refused(kind, className, source, "displayName() returned no name"), id);
        }
        try {
            hyperparameters = plugin.hyperparameters();
        } catch (RuntimeException | LinkageError | StackOverflowError e) {
            return withId(PluginEntry.refused(kind, className, source, "hyperparameters() threw " + describe(e)), id);
        }
        try {
            hyperparameters = hyperparameters == null ? null : List.copyOf(hyperparameters);
        } catch (RuntimeException e) {
            hyperparameters = null; // a null element
        }
        if (hyperparameters == null) {
            return withId(PluginEntry.refused(kind, className, source,
                    "hyperparameters() returned null or a list holding null (return List.of() for none)"), id);
        }
        return PluginEntry.created(kind, id, name, plugin, hyperparameters, source);
    }

    private static PluginEntry withId(PluginEntry e, String id) {
        return new PluginEntry(e.kind(), id, id, e.className(), null, e.source(), e.status(), e.reason(), List.of());
    }

    /** Runs the load-time checks on a described entry; an outside id without a namespace earns a warning. */
    private static PluginEntry checked(PluginEntry entry) {
        if (!entry.usable()) {
            return entry;
        }
        PluginChecker.Result result = PluginChecker.check(entry.kind(), entry.prototype(), entry.hyperparameters());
        List<String> notes = new ArrayList<>();
        PluginStatus status = result.status();
        if (!result.reason().isEmpty()) {
            notes.add(result.reason());
        }
        if (status != PluginStatus.REFUSED && !entry.source().isBuiltIn() && entry.id().indexOf('.') < 0) {
            status = PluginStatus.WARNING;
            notes.add("id '" + entry.id() + "' has no namespace; use e.g. 'yourname." + entry.id()
                    + "' so it never clashes with a built-in or another author's plugin");
        }
        return entry.withStatus(status, String.join("; ", notes));
    }

    /** A one-line reason for a provider that could not be loaded or created, naming the root cause. */
    static String reasonOf(PluginKind kind, Throwable e) {
        Throwable root = rootCause(e);
        String services = "META-INF/services/" + kind.type().getName();
        String message = e.getMessage() == null ? "" : firstLine(e.getMessage());
        if (root instanceof UnsupportedClassVersionError) {
            return newerJava(root);
        }
        if (e instanceof ServiceConfigurationError) {
            if (message.endsWith(" not found") && root == e) {
                return "class not found: " + providerIn(message) + " is named in " + services
                        + " but is not in the jar";
            }
            if (message.contains("could not be instantiated") && root != e) {
                return (root instanceof NoClassDefFoundError ? "its constructor needs a class that is missing: "
                        : "its constructor threw ") + describe(root);
            }
            if (message.contains("Unable to get public no-arg constructor")) {
                return "it has no public no-arg constructor";
            }
            if (message.contains("not a subtype")) {
                return "it is named in " + services + " but does not implement " + kind.type().getName();
            }
        }
        if (root instanceof ExceptionInInitializerError || e instanceof ExceptionInInitializerError) {
            Throwable cause = root.getCause() != null ? root.getCause() : root;
            return "its static initialiser threw " + describe(cause);
        }
        if (root instanceof NoClassDefFoundError || root instanceof ClassNotFoundException) {
            return "a class it needs is missing (" + describe(root) + "); plugins see only the MLP Sandbox api and"
                    + " the JDK, so bundle any library it uses into the jar";
        }
        String where = e instanceof ServiceConfigurationError ? strip(message, kind) : describe(e);
        return root == e ? where : where + " - caused by " + describe(root);
    }

    private static String newerJava(Throwable e) {
        Matcher m = CLASS_FILE_VERSION.matcher(e.getMessage() == null ? "" : e.getMessage());
        String built = m.find() ? " (class file version " + m.group(1) + ", Java " + (Integer.parseInt(m.group(1)) - 44)
                + ")" : "";
        return "compiled for a newer Java" + built + " than this one (Java " + Runtime.version().feature()
                + "); rebuild it with --release " + Runtime.version().feature() + " or lower";
    }

    private static Throwable rootCause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    private static String providerIn(String message) {
        Matcher m = Pattern.compile("Provider (\\S+)").matcher(message);
        return m.find() ? m.group(1) : message;
    }

    /** ServiceLoader's messages start with the interface name: "org.mlpsandbox.api.Loss: ...". */
    private static String strip(String message, PluginKind kind) {
        String prefix = kind.type().getName() + ": ";
        return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
    }

    /** "IllegalStateException: boom" for a throwable. */
    static String describe(Throwable t) {
        return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + firstLine(t.getMessage()));
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
