package org.mlpsandbox.engine;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The version of MLP Sandbox, as the root pom gives it (for example {@code 0.1.0}). Maven writes it into
 * {@code version.properties} when it builds the engine, so the command line, the About box and experiment files all
 * show the one number of the build that runs.
 */
public final class Version {

    private static final String RESOURCE = "version.properties";
    private static final String UNKNOWN = "unknown";
    private static final String CURRENT = read();

    private Version() {
    }

    /** The version of this build, or {@code "unknown"} when the classes were not built by Maven. */
    public static String current() {
        return CURRENT;
    }

    /** "MLP Sandbox 0.1.0": the program's name with its version, as {@code --version} prints it. */
    public static String nameAndVersion() {
        return "MLP Sandbox " + CURRENT;
    }

    private static String read() {
        try (InputStream in = Version.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return UNKNOWN;
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "").strip();
            return v.isEmpty() || v.startsWith("${") ? UNKNOWN : v;
        } catch (IOException e) {
            return UNKNOWN;
        }
    }
}
