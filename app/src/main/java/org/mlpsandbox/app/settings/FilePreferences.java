package org.mlpsandbox.app.settings;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Properties;
import java.util.Set;
import java.util.prefs.AbstractPreferences;
import org.mlpsandbox.engine.io.AtomicFiles;

/**
 * Preferences kept in one properties file, every node's keys under {@code "<node path>\t<key>"}. Each read goes to the
 * file and each change rewrites it atomically, so two instances over one file never lose each other's writes. Meant
 * for a handful of settings, not for volume. A file that cannot be read or written counts as empty: preferences
 * are a convenience, never a reason to fail.
 */
final class FilePreferences extends AbstractPreferences {

    private static final char SEPARATOR = '\t';

    private final Path file;

    FilePreferences(Path file) {
        super(null, "");
        this.file = file;
    }

    private FilePreferences(FilePreferences parent, String name) {
        super(parent, name);
        this.file = parent.file;
    }

    private String prefix() {
        return absolutePath() + SEPARATOR;
    }

    @Override
    protected void putSpi(String key, String value) {
        Properties all = read();
        all.setProperty(prefix() + key, value);
        write(all);
    }

    @Override
    protected String getSpi(String key) {
        return read().getProperty(prefix() + key);
    }

    @Override
    protected void removeSpi(String key) {
        Properties all = read();
        if (all.remove(prefix() + key) != null) {
            write(all);
        }
    }

    @Override
    protected void removeNodeSpi() {
        // the children are removed before their parent, so only this node's own keys are left
        Properties all = read();
        String prefix = prefix();
        if (all.keySet().removeIf(k -> k.toString().startsWith(prefix))) {
            write(all);
        }
    }

    @Override
    protected String[] keysSpi() {
        String prefix = prefix();
        return read().stringPropertyNames().stream().filter(k -> k.startsWith(prefix))
                .map(k -> k.substring(prefix.length())).toArray(String[]::new);
    }

    @Override
    protected String[] childrenNamesSpi() {
        String path = absolutePath();
        String below = path.endsWith("/") ? path : path + "/";
        Set<String> names = new LinkedHashSet<>();
        for (String k : read().stringPropertyNames()) {
            String nodePath = k.substring(0, k.indexOf(SEPARATOR));
            if (nodePath.startsWith(below) && nodePath.length() > below.length()) {
                String rest = nodePath.substring(below.length());
                int slash = rest.indexOf('/');
                names.add(slash < 0 ? rest : rest.substring(0, slash));
            }
        }
        return names.toArray(String[]::new);
    }

    @Override
    protected AbstractPreferences childSpi(String name) {
        return new FilePreferences(this, name);
    }

    @Override
    protected void syncSpi() {
        // every read goes to the file
    }

    @Override
    protected void flushSpi() {
        // every change is written at once
    }

    private Properties read() {
        Properties all = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            all.load(in);
        } catch (NoSuchFileException e) {
            // nothing saved yet
        } catch (IOException | IllegalArgumentException e) {
            // an unreadable file counts as empty: preferences are a convenience, never a reason to fail
        }
        return all;
    }

    private void write(Properties all) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            StringWriter text = new StringWriter();
            all.store(text, "MLP Sandbox preferences");
            AtomicFiles.writeString(file, text.toString());
        } catch (IOException e) {
            // not remembered this time: preferences are a convenience, never a reason to fail
        }
    }
}
