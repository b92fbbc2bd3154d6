package org.mlpsandbox.engine.plugin;

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
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.mlpsandbox.api.Activation;

/**
 * Builds plugin jars during a test: compiles sources with {@code javax.tools} against the api classes (found where the
 * test loaded {@link Activation} from), then packs the class files and {@code META-INF/services} lines with
 * {@link JarOutputStream}.
 */
final class TestJars {

    private final Path work;
    private final Map<String, String> sources = new LinkedHashMap<>();
    private final Map<String, List<String>> services = new LinkedHashMap<>();
    private final Map<String, Integer> majorVersions = new LinkedHashMap<>();
    private final List<Path> resourceRoots = new ArrayList<>();
    private final List<String> omitted = new ArrayList<>();

    private TestJars(Path work) {
        this.work = work;
    }

    /** A new jar whose compiled classes go under {@code work}. */
    static TestJars in(Path work) {
        return new TestJars(work);
    }

    /** Adds a source file; {@code className} is fully qualified ("acme.Good"). */
    TestJars source(String className, String code) {
        sources.put(className, code);
        return this;
    }

    /** Adds every {@code .java} file under a source folder (e.g. a Maven project's {@code src/main/java}). */
    TestJars sourcesFrom(Path sourceRoot) throws IOException {
        try (Stream<Path> walk = Files.walk(sourceRoot)) {
            for (Path f : walk.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                String name = sourceRoot.relativize(f).toString().replace('\\', '/').replace('/', '.');
                sources.put(name.substring(0, name.length() - ".java".length()), Files.readString(f));
            }
        }
        return this;
    }

    /** Adds every file under a folder as it is (e.g. a Maven project's {@code src/main/resources}). */
    TestJars resources(Path root) {
        resourceRoots.add(root);
        return this;
    }

    /** Adds lines to {@code META-INF/services/<interface>}. */
    TestJars service(Class<?> type, String... classNames) {
        services.computeIfAbsent(type.getName(), k -> new ArrayList<>()).addAll(List.of(classNames));
        return this;
    }

    /** Patches the class file's major version, e.g. 70 for Java 26, as a newer compiler would have written it. */
    TestJars majorVersion(String className, int major) {
        majorVersions.put(className, major);
        return this;
    }

    /** Compiles the class but leaves it out of the jar. */
    TestJars omit(String className) {
        omitted.add(className);
        return this;
    }

    /** Compiles and writes the jar. */
    Path write(Path jar) throws IOException {
        Path classes = Files.createTempDirectory(work, "classes");
        if (!sources.isEmpty()) {
            compile(sources, classes);
        }
        for (Map.Entry<String, Integer> e : majorVersions.entrySet()) {
            Path file = classes.resolve(e.getKey().replace('.', '/') + ".class");
            byte[] bytes = Files.readAllBytes(file);
            bytes[6] = (byte) (e.getValue() >> 8);
            bytes[7] = (byte) (int) e.getValue();
            Files.write(file, bytes);
        }
        for (String name : omitted) {
            Files.delete(classes.resolve(name.replace('.', '/') + ".class"));
        }
        for (Path root : resourceRoots) {
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path f : walk.filter(Files::isRegularFile).toList()) {
                    Path target = classes.resolve(root.relativize(f).toString());
                    Files.createDirectories(target.getParent());
                    Files.copy(f, target);
                }
            }
        }
        Files.createDirectories(jar.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream jarOut = new JarOutputStream(out)) {
            for (Map.Entry<String, List<String>> e : services.entrySet()) {
                jarOut.putNextEntry(new JarEntry("META-INF/services/" + e.getKey()));
                jarOut.write((String.join("\n", e.getValue()) + "\n").getBytes(StandardCharsets.UTF_8));
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

    /** Where the api classes are: a jar or a classes folder. */
    static Path apiLocation() {
        try {
            return Path.of(Activation.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Compiles sources against the api only, for Java 17, into {@code out}. */
    static void compile(Map<String, String> sources, Path out) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new IllegalStateException("no Java compiler: run the tests on a JDK, not a JRE");
        }
        List<JavaFileObject> units = new ArrayList<>();
        sources.forEach((name, code) -> units.add(new Source(name, code)));
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        List<String> options = List.of("--release", "17", "-proc:none", "-classpath", apiLocation().toString(),
                "-d", out.toString());
        boolean ok = javac.getTask(null, null, diagnostics, options, null, units).call();
        if (!ok) {
            throw new IllegalStateException("test plugin does not compile: " + diagnostics.getDiagnostics());
        }
    }

    private static final class Source extends SimpleJavaFileObject {
        private final String code;

        Source(String className, String code) {
            super(URI.create("string:///" + className.replace('.', '/') + ".java"), Kind.SOURCE);
            this.code = code;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return code;
        }
    }
}
