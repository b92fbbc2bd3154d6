package org.mlpsandbox.engine.plugin;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The app's load-time checks for a plugin project's own unit test: the project {@code plugins new} writes depends on
 * the engine in test scope and calls {@link #assertAllPass()}, so {@code mvn package} fails on a wrong derivative
 * exactly when the app would refuse the jar.
 *
 * <p>It finds the plugins the way the app does, through the {@code META-INF/services} files on the test's class path
 * (so a missing or misspelt services line fails too), and checks each one as an outside plugin, with the same time
 * limit. The engine's own jar lists no plugins, so only the project's are found.
 */
public final class PluginProjectCheck {

    private PluginProjectCheck() {
    }

    /** Every plugin listed on the class path of {@code loader}, checked as the app checks a jar. */
    public static List<PluginEntry> check(ClassLoader loader) {
        return PluginDiscovery.discover(loader, new PluginSource(Path.of("this project")), type -> true);
    }

    /**
     * Checks the plugins on the current thread's class path and fails, listing every refusal with its reason, when one
     * is refused or none is found; warnings are printed and pass.
     *
     * @return the checked entries
     * @throws AssertionError when a plugin is refused or no plugin is listed
     */
    public static List<PluginEntry> assertAllPass() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        List<PluginEntry> entries = check(loader == null ? PluginProjectCheck.class.getClassLoader() : loader);
        if (entries.isEmpty()) {
            throw new AssertionError("no plugin found: list your class in src/main/resources/META-INF/services/"
                    + "<interface>, e.g. META-INF/services/org.mlpsandbox.api.Activation");
        }
        List<String> refused = new ArrayList<>();
        for (PluginEntry e : entries) {
            if (e.status() == PluginStatus.REFUSED) {
                refused.add(e.kind().label() + " " + e.id() + " is refused: " + e.reason());
            } else {
                System.out.println(e.kind().label() + " " + e.id() + ": " + e.status().name().toLowerCase(
                        java.util.Locale.ROOT) + (e.reason().isEmpty() ? "" : " - " + e.reason()));
            }
        }
        if (!refused.isEmpty()) {
            throw new AssertionError(String.join("\n", refused));
        }
        return entries;
    }
}
