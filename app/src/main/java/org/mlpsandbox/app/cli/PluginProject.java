package org.mlpsandbox.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.mlpsandbox.engine.io.AtomicFiles;
import org.mlpsandbox.engine.plugin.PluginFolders;
import org.mlpsandbox.engine.plugin.PluginKind;

/**
 * A ready Maven project for a new plugin, filled in from the templates in {@code plugin-template/}: a pom (the api
 * at this app's version, the engine in test scope for the checks, a pinned compiler with release 17), one class with
 * the formula to edit, its services line, a README and a JUnit test that runs the app's load-time checks.
 *
 * <p>Why the engine as a test dependency: the checks live there ({@code PluginProjectCheck}); a copy in the api would
 * be a second home for them, and test scope keeps the engine out of the plugin jar.
 */
final class PluginProject {

    private static final String TEMPLATES = "plugin-template/";
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_-]*(\\.[a-z][a-z0-9_-]*)+");

    private final PluginKind kind;
    private final String id;
    private final Map<String, String> values = new LinkedHashMap<>();

    /**
     * @throws IllegalArgumentException when the id is not of the form "yourname.thing" (lower case, a namespace)
     */
    PluginProject(PluginKind kind, String id) {
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("the id '" + id + "' must be lower case with a namespace, like"
                    + " 'yourname.softsign' (letters, digits, '-' and '_', parts separated by dots)");
        }
        this.kind = kind;
        this.id = id;
        String last = id.substring(id.lastIndexOf('.') + 1);
        String className = camel(last);
        String pkg = id.substring(0, id.lastIndexOf('.')).replace('-', '_');
        Properties versions = versions();
        values.put("kind", kind.label());
        values.put("id", id);
        values.put("class", className);
        values.put("name", words(last));
        values.put("package", pkg);
        values.put("packagePath", pkg.replace('.', '/'));
        values.put("artifact", id.replace('.', '-').replace('_', '-'));
        values.put("sandboxVersion", versions.getProperty("sandbox.version"));
        values.put("junitVersion", versions.getProperty("junit.version"));
        values.put("pluginFolder", PluginFolders.defaultFolder().toString());
        values.put("checks", checks(kind));
        values.put("where", where(kind));
        values.put("cli", cli(kind, id));
    }

    /** The class the author edits, e.g. "Softsign". */
    String className() {
        return values.get("class");
    }

    /**
     * Writes the project into {@code dir}, which must not exist or be empty.
     *
     * @return the class to edit
     */
    Path writeTo(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            try (Stream<Path> files = Files.list(dir)) {
                if (files.findAny().isPresent()) {
                    throw new IllegalArgumentException(dir + " is not empty; name a new folder");
                }
            }
        } else if (Files.exists(dir)) {
            throw new IllegalArgumentException(dir + " is a file; name a new folder");
        }
        String javaDir = "src/main/java/" + values.get("packagePath") + "/";
        String testDir = "src/test/java/" + values.get("packagePath") + "/";
        write(dir.resolve("pom.xml"), fill("pom.xml.template"));
        write(dir.resolve("README.md"), fill("README.md.template"));
        write(dir.resolve(".gitignore"), "target/\n");
        Path source = dir.resolve(javaDir + className() + ".java");
        write(source, fill(kind.label() + ".java.template"));
        write(dir.resolve(testDir + className() + "Test.java"), fill("Test.java.template"));
        write(dir.resolve("src/main/resources/META-INF/services/" + kind.type().getName()),
                values.get("package") + "." + className() + "\n");
        return source;
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        AtomicFiles.writeString(file, text);
    }

    private String fill(String template) {
        String text = read(TEMPLATES + template);
        for (Map.Entry<String, String> e : values.entrySet()) {
            text = text.replace("{{" + e.getKey() + "}}", e.getValue());
        }
        return text;
    }

    private static String read(String resource) {
        try (InputStream in = PluginProject.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the app lacks its template " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Properties versions() {
        Properties p = new Properties();
        try (InputStream in = PluginProject.class.getResourceAsStream(TEMPLATES + "versions.properties")) {
            p.load(in);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("the app lacks " + TEMPLATES + "versions.properties", e);
        }
        return p;
    }

    /** "leaky-relu" → "LeakyRelu"; a name that would start with a digit gets a prefix. */
    static String camel(String s) {
        StringBuilder b = new StringBuilder();
        for (String part : s.split("[-_]+")) {
            if (!part.isEmpty()) {
                b.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return b.length() == 0 || !Character.isJavaIdentifierStart(b.charAt(0)) ? "Plugin" + b : b.toString();
    }

    /** "leaky-relu" → "Leaky relu". */
    private static String words(String s) {
        String spaced = s.replace('-', ' ').replace('_', ' ');
        return spaced.substring(0, 1).toUpperCase(Locale.ROOT) + spaced.substring(1);
    }

    private static String checks(PluginKind kind) {
        return switch (kind) {
            case ACTIVATION -> "finite values from -10 to 10, and the derivative against finite differences";
            case LOSS -> "finite values, and the gradient against finite differences";
            case INITIALIZER -> "every weight written and finite, the same seed giving the same weights";
            case OPTIMIZER -> "it lowers a small quadratic, leaves the gradient alone, and states share no memory";
            case DATASET -> "finite inputs and targets, labels in range, the same seed giving the same data";
        };
    }

    private static String where(PluginKind kind) {
        return switch (kind) {
            case ACTIVATION -> "in a layer's activation menu";
            case LOSS -> "in the Loss menu";
            case INITIALIZER -> "in the Initializer menu";
            case OPTIMIZER -> "in the Optimizer menu";
            case DATASET -> "in the Dataset menu";
        };
    }

    private static String cli(PluginKind kind, String id) {
        return switch (kind) {
            case ACTIVATION -> "`train --layers 8:" + id + " ...`";
            case LOSS -> "`train --loss " + id + " ...`";
            case INITIALIZER -> "`train --init " + id + " ...`";
            case OPTIMIZER -> "`train --optimizer " + id + " ...`";
            case DATASET -> "`train --data " + id + " ...`";
        };
    }

    /** The kinds a project can be made for, by their labels. */
    static PluginKind kind(String label) {
        for (PluginKind k : PluginKind.values()) {
            if (k.label().equals(label.toLowerCase(Locale.ROOT))) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown kind '" + label + "'; choose activation, loss, initializer,"
                + " optimizer or dataset");
    }
}
