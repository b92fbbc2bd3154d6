package org.mlpsandbox.engine.plugin;

import java.io.Closeable;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * One outside jar, loaded: a private copy of it, its own class loader (whose parent shows only the api and the JDK),
 * and the checked plugins found in it.
 *
 * <p><b>Why a copy.</b> A class loader reads a jar lazily, for as long as it is open: a class the plugin first needs
 * after 1000 training steps is read then. If the author rebuilds the jar in place meanwhile (on Linux an open file can
 * be overwritten), the open loader would read the new bytes through the old index and fail in odd ways, and the JDK's
 * jar caches could hand a reload stale contents. Loading a copy under a fresh name each time means the running plugin
 * keeps reading the bytes it was loaded from, a reload always sees the jar as it is now, and on Windows the jar in the
 * plugin folder is never locked, so it can be replaced or deleted while the app runs. The copy is deleted when the
 * loader is closed (and at exit, as a fallback).
 */
final class PluginJar implements Closeable {

    private static final String SERVICES = "META-INF/services/";

    /** A jar's class loader is named "plugin &lt;file name&gt;"; stack frames carry that name. */
    static final String LOADER_PREFIX = "plugin ";

    private final Path jar;
    private final Path copy;
    private final URLClassLoader loader;
    private final List<PluginEntry> entries;
    private final List<LoadProblem> problems;

    private PluginJar(Path jar, Path copy, URLClassLoader loader, List<PluginEntry> entries,
                      List<LoadProblem> problems) {
        this.jar = jar;
        this.copy = copy;
        this.loader = loader;
        this.entries = List.copyOf(entries);
        this.problems = List.copyOf(problems);
    }

    /**
     * Loads a jar. Never throws: what goes wrong becomes a {@link LoadProblem} or a refused entry.
     *
     * @param jar     the jar in the plugin folder; entries name it as their source
     * @param copyAs  where to put the private copy, or {@code null} to load the jar in place
     * @param parent  the parent of the jar's class loader
     */
    static PluginJar open(Path jar, Path copyAs, ClassLoader parent) {
        Path file = jar;
        if (copyAs != null) {
            try {
                Files.copy(jar, copyAs);
                copyAs.toFile().deleteOnExit();
                file = copyAs;
            } catch (IOException e) {
                return failed(jar, copyAs, "cannot be read (" + PluginDiscovery.describe(e) + ")");
            }
        }
        List<LoadProblem> problems = new ArrayList<>();
        if (!listsPlugins(jar, file, problems)) {
            return new PluginJar(jar, file == jar ? null : file, null, List.of(), problems).deleteCopy();
        }
        URLClassLoader loader;
        try {
            loader = new URLClassLoader(LOADER_PREFIX + jar.getFileName(), new URL[] {file.toUri().toURL()}, parent);
        } catch (MalformedURLException e) {
            return failed(jar, file == jar ? null : file, "cannot be opened (" + PluginDiscovery.describe(e) + ")");
        }
        List<PluginEntry> entries = PluginDiscovery.discover(loader, new PluginSource(jar),
                type -> type.getClassLoader() == loader);
        if (entries.isEmpty()) {
            problems.add(new LoadProblem(jar, "its META-INF/services files name no classes"));
        }
        return new PluginJar(jar, file == jar ? null : file, loader, entries, problems);
    }

    private static PluginJar failed(Path jar, Path copy, String reason) {
        return new PluginJar(jar, copy, null, List.of(), List.of(new LoadProblem(jar, reason))).deleteCopy();
    }

    /**
     * Whether the jar has a services file for at least one plugin interface; notes services files that look meant
     * for MLP Sandbox but name no plugin interface, and a jar that cannot be read.
     */
    private static boolean listsPlugins(Path jar, Path file, List<LoadProblem> problems) {
        boolean any = false;
        try (JarFile jarFile = new JarFile(file.toFile())) {
            Enumeration<JarEntry> all = jarFile.entries();
            while (all.hasMoreElements()) {
                String name = all.nextElement().getName();
                if (!name.startsWith(SERVICES) || name.endsWith("/")) {
                    continue;
                }
                String service = name.substring(SERVICES.length());
                if (isKind(service)) {
                    any = true;
                } else if (service.startsWith("org.mlpsandbox")) {
                    problems.add(new LoadProblem(jar, name + " is ignored: name the file after the interface the"
                            + " plugin implements, one of " + kinds()));
                }
            }
        } catch (IOException | SecurityException e) {
            problems.add(new LoadProblem(jar, "is not a readable jar (" + PluginDiscovery.describe(e) + ")"));
            return false;
        }
        if (!any) {
            problems.add(new LoadProblem(jar, "contains no plugins: a plugin jar lists its classes in a file "
                    + SERVICES + "<interface>, where <interface> is one of " + kinds()));
        }
        return any;
    }

    private static boolean isKind(String service) {
        for (PluginKind kind : PluginKind.values()) {
            if (kind.type().getName().equals(service)) {
                return true;
            }
        }
        return false;
    }

    private static String kinds() {
        List<String> names = new ArrayList<>();
        for (PluginKind kind : PluginKind.values()) {
            names.add(kind.type().getName());
        }
        return String.join(", ", names);
    }

    /** The jar in the plugin folder. */
    Path jar() {
        return jar;
    }

    /** The plugins found, each checked; refused ones included. */
    List<PluginEntry> entries() {
        return entries;
    }

    /** What is wrong with the jar as a whole. */
    List<LoadProblem> problems() {
        return problems;
    }

    /** The jar's class loader, or {@code null} when nothing was loaded from it. */
    ClassLoader loader() {
        return loader;
    }

    /**
     * Closes the class loader and deletes the private copy. Classes already loaded keep working; a class the plugin
     * has not loaded yet can no longer be loaded.
     */
    @Override
    public void close() {
        if (loader != null) {
            try {
                loader.close();
            } catch (IOException e) {
                // nothing to do: the copy is deleted at exit at the latest
            }
        }
        deleteCopy();
    }

    private PluginJar deleteCopy() {
        if (copy != null) {
            try {
                Files.deleteIfExists(copy);
            } catch (IOException e) {
                // deleted at exit
            }
        }
        return this;
    }
}
