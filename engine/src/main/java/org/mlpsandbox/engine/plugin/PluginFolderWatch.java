package org.mlpsandbox.engine.plugin;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Watches plugin folders for jars that are added, changed or removed, and reports each burst of changes once, when the
 * folder has been quiet for {@link #QUIET_MILLIS} (a build writes a jar in several steps). Runs on a daemon thread of
 * its own; the callback runs there too, so a window hands it to its event thread. A location that is a single jar
 * is watched through its folder. Missing folders are skipped.
 *
 * <pre>
 *   try (PluginFolderWatch watch = PluginFolderWatch.start(registry.locations(), () -> reloadLater())) { ... }
 * </pre>
 */
public final class PluginFolderWatch implements AutoCloseable {

    /** How long the folders must be quiet before a change is reported. */
    public static final long QUIET_MILLIS = 500;

    private final WatchService service;
    private final Thread thread;

    private final Set<Path> folders;
    private final Set<Path> singleJars;

    private PluginFolderWatch(WatchService service, Set<Path> folders, Set<Path> singleJars, Runnable changed) {
        this.service = service;
        this.folders = folders;
        this.singleJars = singleJars;
        this.thread = new Thread(() -> loop(changed), "plugin folder watch");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Starts watching.
     *
     * @param locations plugin folders, or single jars (their folder is watched for that jar only)
     * @param changed   called on the watch thread after each quiet burst of jar changes
     * @throws IOException when the file system offers no watch service
     */
    public static PluginFolderWatch start(List<Path> locations, Runnable changed) throws IOException {
        WatchService service = FileSystems.getDefault().newWatchService();
        Set<Path> folders = new HashSet<>();
        Set<Path> singleJars = new HashSet<>();
        for (Path location : locations) {
            Path path = location.toAbsolutePath().normalize();
            Path folder = Files.isDirectory(path) ? path : path.getParent();
            (Files.isDirectory(path) ? folders : singleJars).add(path);
            if (folder != null && Files.isDirectory(folder)) {
                folder.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
        return new PluginFolderWatch(service, Set.copyOf(folders), Set.copyOf(singleJars), changed);
    }

    private void loop(Runnable changed) {
        try {
            while (true) {
                boolean relevant = drain(service.take());
                WatchKey next;
                while ((next = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    relevant |= drain(next);
                }
                if (relevant) {
                    changed.run();
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed
        }
    }

    /** Whether the key's events touch a jar that is loaded (or would be); resets the key. */
    private boolean drain(WatchKey key) {
        boolean relevant = false;
        Path folder = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                relevant = true;
            } else if (event.context() instanceof Path name) {
                Path file = folder.resolve(name);
                boolean jar = name.toString().toLowerCase(Locale.ROOT).endsWith(".jar");
                relevant |= jar && (folders.contains(folder) || singleJars.contains(file));
            }
        }
        key.reset();
        return relevant;
    }

    /** Stops watching; the thread ends. */
    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            // nothing more to release
        }
        thread.interrupt();
    }
}
