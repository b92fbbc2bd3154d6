package org.mlpsandbox.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintStream;
import java.io.ByteArrayOutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlpsandbox.engine.plugin.PluginEntry;
import org.mlpsandbox.engine.plugin.PluginProjectCheck;
import org.mlpsandbox.engine.plugin.PluginStatus;
import org.mlpsandbox.engine.plugin.PluginThreads;

/**
 * {@code plugins new}: every kind's project compiles (its test too), passes the app's checks as written, and the check
 * its test runs refuses a broken derivative. (Building it with Maven itself, `mvn -o package`, was measured by hand:
 * see the README; a nested Maven build needs the sandbox installed in a local repository, which tests must not do.)
 */
class NewPluginCommandTest {

    @TempDir
    Path dir;

    private String run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = RootCommand.execute(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        String text = out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
        return code + "\n" + text;
    }

    /** The project's plugins, checked the way its own test checks them, loaded from its jar as the app would. */
    private static List<PluginEntry> checkedJar(Path jar) throws IOException {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()},
                PluginThreads.apiOnlyLoader())) {
            return PluginProjectCheck.check(loader);
        }
    }

    @Test
    void everyKindsProjectCompilesAndPassesTheChecksAsWritten() throws IOException {
        for (String kind : List.of("activation", "loss", "initializer", "optimizer", "dataset")) {
            Path project = dir.resolve(kind);
            String output = run("plugins", "new", "--kind", kind, "--id", "me.my-" + kind, project.toString());
            assertTrue(output.startsWith("0\n"), output);
            List<PluginEntry> entries = checkedJar(PluginsTestJars.projectJar(project, dir.resolve(kind + ".jar")));
            assertEquals(1, entries.size(), entries.toString());
            assertEquals(PluginStatus.OK, entries.get(0).status(), entries.toString());
            assertEquals("me.my-" + kind, entries.get(0).id());
            compileTest(project);
        }
    }

    @Test
    void thePomPinsTheCompilerAndNamesThisAppsApiVersion() throws IOException {
        Path project = dir.resolve("p");
        run("plugins", "new", "--kind", "activation", "--id", "me.softsign", project.toString());
        String pom = Files.readString(project.resolve("pom.xml"));
        assertTrue(pom.contains("<maven.compiler.release>17</maven.compiler.release>"), pom);
        assertTrue(pom.contains("<artifactId>maven-compiler-plugin</artifactId>\n        <version>3.13.0"), pom);
        assertTrue(pom.contains("<mlp-sandbox.version>0.1.0-SNAPSHOT</mlp-sandbox.version>"), pom);
        assertFalse(pom.contains("${project.version}") || pom.contains("{{"), pom);
        assertEquals("me.Softsign\n", Files.readString(
                project.resolve("src/main/resources/META-INF/services/org.mlpsandbox.api.Activation")));
        assertTrue(Files.readString(project.resolve("README.md")).contains("mvn -o package"));
    }

    @Test
    void theGeneratedTestsCheckRefusesABrokenDerivative() throws IOException {
        Path project = dir.resolve("softsign");
        run("plugins", "new", "--kind", "activation", "--id", "me.softsign", project.toString());
        Path source = project.resolve("src/main/java/me/Softsign.java");
        String code = Files.readString(source);
        String derivative = "return 1 / Math.pow(1 + Math.abs(z), 2); // EDIT";
        assertTrue(code.contains(derivative), code);
        Files.writeString(source, code.replace(derivative, "return 1 / (1 + Math.abs(z)); // EDIT"));
        List<PluginEntry> entries = checkedJar(PluginsTestJars.projectJar(project, dir.resolve("broken.jar")));
        assertEquals(PluginStatus.REFUSED, entries.get(0).status());
        assertTrue(entries.get(0).reason().contains("derivative"), entries.get(0).reason());
    }

    @Test
    void aBadIdAnExistingFolderAndAnUnknownKindGetOneLine() throws IOException {
        assertTrue(run("plugins", "new", "--kind", "activation", "--id", "Softsign", dir.resolve("a").toString())
                .contains("must be lower case with a namespace"));
        Files.writeString(Files.createDirectories(dir.resolve("full")).resolve("x"), "x");
        assertTrue(run("plugins", "new", "--kind", "loss", "--id", "me.l", dir.resolve("full").toString())
                .contains("is not empty"));
        assertTrue(run("plugins", "new", "--kind", "dataset-thing", "--id", "me.l", dir.resolve("b").toString())
                .contains("unknown kind"));
    }

    /** The generated JUnit test compiles against the api, the engine and JUnit. */
    private static void compileTest(Path project) throws IOException {
        List<String> args = new ArrayList<>(List.of("--release", "17", "-proc:none", "-d",
                Files.createTempDirectory("generated-test").toString(), "-classpath",
                System.getProperty("java.class.path")));
        try (var files = Files.walk(project.resolve("src"))) {
            files.filter(p -> p.toString().endsWith(".java")).forEach(p -> args.add(p.toString()));
        }
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = ToolProvider.getSystemJavaCompiler().run(null, null, err, args.toArray(String[]::new));
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
    }
}
