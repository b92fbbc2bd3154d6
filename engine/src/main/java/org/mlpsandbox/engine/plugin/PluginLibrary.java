package org.mlpsandbox.engine.plugin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The plugins of a running application: the built-ins and every jar in a list of plugin folders, loaded, checked and
 * held in a {@link PluginRegistry}, together with the class loaders the jars need. {@link #reload()} closes those class
 * loaders and loads the folders again, picking up added, changed and removed jars without a restart.
 *
 * <p>Typical use:
 * <pre>
 *   PluginLibrary library = PluginLibrary.open(PluginFolders.standard(extraFolders));
 *   PluginRegistry plugins = library.registry();
 *   ...
 *   plugins = library.reload();     // "Reload plugins"
 * </pre>
 *
 * <p>Order: built-ins first, then the locations in the order given, and the jars of a folder by file name. When two
 * plugins of one kind share an id, the first one found wins and the other is refused naming both.
 *
 * <p>Networks built from an earlier registry keep their plugin instances across a reload; classes those plugins had
 * already loaded keep working, but a class they load for the first time after the reload fails (the old loader is
 * closed), which stops training with a message naming the plugin. Build networks from the new registry after a
 * reload. Thread-safe: {@link #registry()} may be called from any thread while another reloads.
 */
public final class PluginLibrary implements AutoCloseable {

    private final List<Path> locations;
    private final List<PluginEntry> builtIns;
    private volatile PluginRegistry registry;
    private List<PluginJar> jars = List.of();
    private Path copies;
    private boolean closed;

    private PluginLibrary(List<Path> locations, List<PluginEntry> builtIns) {
        this.locations = List.copyOf(locations);
        this.builtIns = builtIns;
    }

    /**
     * Loads the built-ins and every {@code *.jar} in the given locations.
     *
     * @param locations plugin folders (every {@code *.jar} directly inside is loaded) or single jar files; a missing
     *                  one is reported in {@link PluginRegistry#problems()}, not thrown
     */
    public static PluginLibrary open(List<Path> locations) {
        List<PluginEntry> builtIns = PluginDiscovery.discover(PluginLibrary.class.getClassLoader(),
                PluginSource.BUILT_IN, type -> true);
        PluginLibrary library = new PluginLibrary(locations, builtIns);
        library.reload();
        return library;
    }

    /** The plugins as of the last load. Never {@code null}. */
    public PluginRegistry registry() {
        return registry;
    }

    /** The plugin folders and jars this library loads, in order. */
    public List<Path> locations() {
        return locations;
    }

    /**
     * Loads every location again and swaps in the new registry; then closes the class loaders of the previous load
     * and deletes their private jar copies.
     *
     * @return the new registry
     * @throws IllegalStateException after {@link #close()}
     */
    public synchronized PluginRegistry reload() {
        if (closed) {
            throw new IllegalStateException("this plugin library is closed");
        }
        List<PluginJar> oldJars = jars;
        Path oldCopies = copies;
        List<LoadProblem> problems = new ArrayList<>();
        List<Path> found = jarsIn(locations, problems);
        copies = found.isEmpty() ? null : copyFolder(problems);
        ExitWitness.install(builtIns); // built-ins can exit too; the witness names them by id
        ApiOnlyClassLoader parent = ApiOnlyClassLoader.overApplication();
        List<PluginJar> loaded = new ArrayList<>();
        List<PluginEntry> entries = new ArrayList<>(builtIns);
        for (int i = 0; i < found.size(); i++) {
            Path jar = found.get(i);
            Path copy = copies == null ? null : copies.resolve(i + "-" + jar.getFileName());
            PluginJar pj = PluginJar.open(jar, copy, parent);
            loaded.add(pj);
            entries.addAll(pj.entries());
            problems.addAll(pj.problems());
        }
        jars = List.copyOf(loaded);
        registry = new PluginRegistry(entries, problems, locations);
        closeAll(oldJars, oldCopies);
        return registry;
    }

    /** Closes every jar's class loader and deletes the private copies. The last registry stays readable. */
    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            closeAll(jars, copies);
            jars = List.of();
            copies = null;
        }
    }

    /** The class loader of an outside jar loaded now, for tests and diagnostics; {@code null} if none. */
    synchronized ClassLoader loaderOf(Path jar) {
        Path wanted = jar.toAbsolutePath().normalize();
        for (PluginJar pj : jars) {
            if (pj.jar().equals(wanted)) {
                return pj.loader();
            }
        }
        return null;
    }

    private static void closeAll(List<PluginJar> jars, Path copies) {
        for (PluginJar pj : jars) {
            pj.close();
        }
        if (copies != null) {
            try {
                Files.deleteIfExists(copies);
            } catch (IOException e) {
                // a copy still in use on some systems; deleted at exit
            }
        }
    }

    private static Path copyFolder(List<LoadProblem> problems) {
        try {
            Path dir = Files.createTempDirectory("mlp-sandbox-plugins-");
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException | SecurityException e) {
            problems.add(new LoadProblem(Path.of(System.getProperty("java.io.tmpdir", "")),
                    "cannot make private copies of the plugin jars here (" + PluginDiscovery.describe(e)
                            + "); loading them in place"));
            return null;
        }
    }

    /** Every jar in the locations, in order, each once; missing or unreadable locations become problems. */
    static List<Path> jarsIn(List<Path> locations, List<LoadProblem> problems) {
        Set<Path> seen = new LinkedHashSet<>();
        for (Path location : locations) {
            Path path = location.toAbsolutePath().normalize();
            if (Files.isRegularFile(path)) {
                if (isJar(path)) {
                    seen.add(path);
                } else {
                    problems.add(new LoadProblem(path, "is not a .jar file"));
                }
            } else if (Files.isDirectory(path)) {
                try (Stream<Path> files = Files.list(path)) {
                    files.filter(p -> isJar(p) && Files.isRegularFile(p))
                            .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                            .forEach(seen::add);
                } catch (IOException | SecurityException e) {
                    problems.add(new LoadProblem(path, "cannot be listed (" + PluginDiscovery.describe(e) + ")"));
                }
            } else {
                problems.add(new LoadProblem(path, "does not exist"));
            }
        }
        return new ArrayList<>(seen);
    }

    private static boolean isJar(Path p) {
        return p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jar");
    }
}
