package org.mlpsandbox.app.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.mlpsandbox.api.Activation;

/** Builds small plugin jars for the {@code plugins} command tests: javax.tools against the api, then a jar. */
final class PluginsTestJars {

    private PluginsTestJars() {
    }

    /** An elementwise activation {@code acme.<simpleName>} with the given id, f(z) and f′(z). */
    static String activation(String simpleName, String id, String apply, String derivative) {
        return """
                package acme;

                public final class %s implements org.mlpsandbox.api.Activation {
                    public String id() { return "%s"; }
                    public String displayName() { return "%s"; }
                    public double apply(double z) { return %s; }
                    public double derivative(double z) { return %s; }
                }
                """.formatted(simpleName, id, simpleName, apply, derivative);
    }

    /**
     * Compiles the sources (class name to code) and writes a jar with them and a services file for activations.
     *
     * @param services the lines of META-INF/services/org.mlpsandbox.api.Activation
     */
    static Path activationJar(Path jar, Map<String, String> sources, String... services) throws IOException {
        Path classes = Files.createTempDirectory("plugin-classes");
        compile(sources, classes);
        return pack(jar, classes, Map.of("META-INF/services/" + Activation.class.getName(),
                String.join("\n", services) + "\n"));
    }

    /** Compiles a Maven project's src/main/java and packs it with its src/main/resources. */
    static Path projectJar(Path project, Path jar) throws IOException {
        Map<String, String> sources = new LinkedHashMap<>();
        Path javaRoot = project.resolve("src/main/java");
        try (Stream<Path> walk = Files.walk(javaRoot)) {
            for (Path f : walk.filter(p -> p.toString().endsWith(".java")).toList()) {
                String name = javaRoot.relativize(f).toString().replace('\\', '/').replace('/', '.');
                sources.put(name.substring(0, name.length() - 5), Files.readString(f));
            }
        }
        Path classes = Files.createTempDirectory("plugin-classes");
        compile(sources, classes);
        Map<String, String> resources = new LinkedHashMap<>();
        Path resourceRoot = project.resolve("src/main/resources");
        try (Stream<Path> walk = Files.walk(resourceRoot)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                resources.put(resourceRoot.relativize(f).toString().replace('\\', '/'), Files.readString(f));
            }
        }
        return pack(jar, classes, resources);
    }

    private static Path pack(Path jar, Path classes, Map<String, String> texts) throws IOException {
        Files.createDirectories(jar.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream jarOut = new JarOutputStream(out)) {
            for (Map.Entry<String, String> e : texts.entrySet()) {
                jarOut.putNextEntry(new JarEntry(e.getKey()));
                jarOut.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                jarOut.closeEntry();
            }
            List<Path> files;
            try (Stream<Path> walk = Files.walk(classes)) {
                files = walk.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path f : files) {
                jarOut.putNextEntry(new JarEntry(classes.relativize(f).toString().replace('\\', '/')));
                jarOut.write(Files.readAllBytes(f));
                jarOut.closeEntry();
            }
        }
        return jar;
    }

    private static void compile(Map<String, String> sources, Path out) {
        Path api;
        try {
            api = Path.of(Activation.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        List<JavaFileObject> units = new ArrayList<>();
        sources.forEach((name, code) -> units.add(
                new SimpleJavaFileObject(URI.create("string:///" + name.replace('.', '/') + ".java"),
                        JavaFileObject.Kind.SOURCE) {
                    @Override
                    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                        return code;
                    }
                }));
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        List<String> options = List.of("--release", "17", "-proc:none", "-classpath", api.toString(),
                "-d", out.toString());
        if (!ToolProvider.getSystemJavaCompiler().getTask(null, null, diagnostics, options, null, units).call()) {
            throw new IllegalStateException("test plugin does not compile: " + diagnostics.getDiagnostics());
        }
    }
}
