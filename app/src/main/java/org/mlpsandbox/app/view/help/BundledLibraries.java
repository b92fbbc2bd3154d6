package org.mlpsandbox.app.view.help;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The libraries bundled in the app with their versions and licences, read from {@code libraries.txt} (one line each:
 * name | version | licence | web site | what for), whose versions Maven fills in from the root pom.
 */
public final class BundledLibraries {

    /** One bundled library. */
    public record Library(String name, String version, String licence, String url, String use) {
    }

    private static final String RESOURCE = "libraries.txt";

    private BundledLibraries() {
    }

    /** Every bundled library, in the file's order. */
    public static List<Library> all() {
        try (InputStream in = BundledLibraries.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the app's resources");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Library> libraries = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    libraries.add(parse(line));
                }
            }
            return List.copyOf(libraries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Library parse(String line) {
        String[] f = line.split("\\|");
        if (f.length != 5) {
            throw new IllegalStateException(RESOURCE + ": expected 5 fields separated by |, got: " + line);
        }
        return new Library(f[0].strip(), f[1].strip(), f[2].strip(), f[3].strip(), f[4].strip());
    }
}
