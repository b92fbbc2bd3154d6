package org.mlpsandbox.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlpsandbox.engine.plugin.PluginFolders;

/** {@code plugins list} and {@code plugins check}, run in-process with jars built during the test. */
class PluginsCommandTest {

    private static final String SOFTSIGN = PluginsTestJars.activation("Softsign", "acme.softsign",
            "z / (1 + Math.abs(z))", "1 / ((1 + Math.abs(z)) * (1 + Math.abs(z)))");
    /** The square is missing from the derivative. */
    private static final String BAD_SOFTSIGN = PluginsTestJars.activation("BadSoftsign", "acme.bad-softsign",
            "z / (1 + Math.abs(z))", "1 / (1 + Math.abs(z))");

    @TempDir
    Path work;

    private String savedHome;

    @BeforeEach
    void useATemporaryHome() {
        savedHome = System.getProperty(PluginFolders.HOME_PROPERTY);
        System.setProperty(PluginFolders.HOME_PROPERTY, work.resolve("home").toString());
    }

    @AfterEach
    void restoreHome() {
        if (savedHome == null) {
            System.clearProperty(PluginFolders.HOME_PROPERTY);
        } else {
            System.setProperty(PluginFolders.HOME_PROPERTY, savedHome);
        }
    }

    private Path goodJar(Path folder) throws IOException {
        return PluginsTestJars.activationJar(folder.resolve("softsign.jar"), Map.of("acme.Softsign", SOFTSIGN),
                "acme.Softsign");
    }

    private Path badJar(Path folder) throws IOException {
        return PluginsTestJars.activationJar(folder.resolve("bad.jar"),
                Map.of("acme.BadSoftsign", BAD_SOFTSIGN, "acme.Softsign2", SOFTSIGN.replace("Softsign", "Softsign2")
                        .replace("acme.softsign", "acme.softsign2")),
                "acme.BadSoftsign", "acme.Missing", "acme.Softsign2");
    }

    private static void assertMentions(String text, String... parts) {
        for (String p : parts) {
            assertTrue(text.contains(p), "should mention '" + p + "':\n" + text);
        }
    }

    @Test
    void listShowsBuiltInsAndJarsWithStatusAndReasonAndCreatesTheUserFolder() throws IOException {
        Path folder = work.resolve("plugins");
        Path good = goodJar(folder);
        Path bad = badJar(folder);

        Cli.Result r = Cli.run("plugins", "list", "--plugins", folder.toString()).expect(0);

        assertTrue(Files.isDirectory(work.resolve("home/plugins")), "the per-user folder is created on first run");
        assertMentions(r.out(), "KIND", "ID", "NAME", "STATUS", "SOURCE",
                work.resolve("home/plugins").toString(), "(per-user folder)", "(--plugins)",
                "relu", "built-in",
                "acme.softsign", "Softsign", good.toAbsolutePath().toString(),
                "acme.softsign2", "acme.bad-softsign", "REFUSED", bad.toAbsolutePath().toString(),
                "does not match the slope", "acme.Missing", "class not found", "refused.");
        String softsignRow = r.out().lines().filter(l -> l.contains(" acme.softsign ")).findFirst().orElseThrow();
        assertMentions(softsignRow, "activation", " ok ", good.toAbsolutePath().toString());
        assertEquals("", r.err());
    }

    @Test
    void listTakesPluginsBeforeTheCommandToo() throws IOException {
        Path folder = work.resolve("plugins");
        goodJar(folder);
        Cli.Result r = Cli.run("--plugins", folder.toString(), "plugins", "list").expect(0);
        assertMentions(r.out(), "acme.softsign");
    }

    @Test
    void listReportsAMissingFolder() {
        Cli.Result r = Cli.run("plugins", "list", "--plugins", work.resolve("nowhere").toString()).expect(0);
        assertMentions(r.out(), "Problems:", "nowhere: does not exist");
    }

    @Test
    void checkAGoodJarExitsZeroAndSaysWhereToPutIt() throws IOException {
        Path jar = goodJar(work.resolve("build"));
        Cli.Result r = Cli.run("plugins", "check", jar.toString()).expect(0);
        assertMentions(r.out(), "Checking " + jar.toAbsolutePath(), "ok", "acme.softsign", "class acme.Softsign",
                "1 plugin: 1 ok, 0 warnings, 0 refused.", work.resolve("home/plugins").toString());
    }

    @Test
    void checkABadJarExitsOneAndNamesEveryReason() throws IOException {
        Path jar = badJar(work.resolve("build"));
        Cli.Result r = Cli.run("plugins", "check", jar.toString()).expect(1);
        assertMentions(r.out(), "REFUSED", "acme.bad-softsign", "refused: its derivative", "z = -1",
                "acme.Missing", "class not found", "acme.softsign2", "3 plugins: 1 ok, 0 warnings, 2 refused.");
    }

    @Test
    void checkAFolderChecksEveryJarInIt() throws IOException {
        Path folder = work.resolve("build");
        goodJar(folder);
        badJar(folder);
        Files.writeString(folder.resolve("broken.jar"), "not a jar");
        Cli.Result r = Cli.run("plugins", "check", folder.toString()).expect(1);
        assertMentions(r.out(), "acme.softsign ", "acme.bad-softsign", "Problems:", "broken.jar: is not a readable jar",
                "4 plugins: 2 ok, 0 warnings, 2 refused.");
    }

    @Test
    void checkFindsADuplicateOfABuiltInOrOfAPluginsFolder() throws IOException {
        Path installed = work.resolve("installed");
        Path mine = goodJar(installed);
        Path copy = goodJar(work.resolve("build"));
        Path relu = PluginsTestJars.activationJar(work.resolve("build/relu.jar"),
                Map.of("acme.MyRelu", PluginsTestJars.activation("MyRelu", "relu", "Math.max(0, z)", "z > 0 ? 1 : 0")),
                "acme.MyRelu");
        Cli.Result r = Cli.run("plugins", "check", relu.toString()).expect(1);
        assertMentions(r.out(), "duplicate activation id 'relu'", "built-in", "cannot be replaced");
        r = Cli.run("plugins", "check", copy.toString(), "--plugins", installed.toString()).expect(1);
        assertMentions(r.out(), "duplicate activation id 'acme.softsign'", mine.toAbsolutePath().toString());
    }

    @Test
    void checkANoPluginJarOrAMissingPathFails() throws IOException {
        Cli.Result r = Cli.run("plugins", "check", work.resolve("nothing.jar").toString()).expect(1);
        assertMentions(r.err(), "error: no such jar or folder");
        Path empty = PluginsTestJars.activationJar(work.resolve("empty.jar"), Map.of("acme.Softsign", SOFTSIGN));
        Files.delete(empty);
        Files.createDirectories(work.resolve("empty-folder"));
        r = Cli.run("plugins", "check", work.resolve("empty-folder").toString()).expect(1);
        assertMentions(r.out(), "No plugins found.");
    }

    @Test
    void theSwishExampleBuiltWithJavaxToolsChecksOk() throws IOException {
        Path project = null;
        for (Path p = Path.of("").toAbsolutePath(); p != null && project == null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("examples/swish-activation"))) {
                project = p.resolve("examples/swish-activation");
            }
        }
        assertTrue(project != null, "examples/swish-activation not found");
        Path jar = PluginsTestJars.projectJar(project, work.resolve("swish-activation.jar"));
        Cli.Result r = Cli.run("plugins", "check", jar.toString()).expect(0);
        assertMentions(r.out(), "ok", "example.swish", "\"Swish\"", "parameter beta = 1 (from 0 to 10)",
                "1 plugin: 1 ok");
    }

    @Test
    void helpAndAMissingSubcommand() {
        assertMentions(Cli.run("plugins", "--help").expect(0).out(), "list", "check");
        assertMentions(Cli.run("plugins", "list", "--help").expect(0).out(), "--plugins", "MLP_SANDBOX_PLUGINS");
        assertMentions(Cli.run("plugins", "check", "--help").expect(0).out(), "PATH", "Exit code 1");
        assertMentions(Cli.run("--help").expect(0).out(), "plugins");
        Cli.run("plugins").expect(2);
    }

    @Test
    void theLibraryOpensOnceAndReloadsOnlyWhenAsked() throws IOException {
        Path folder = work.resolve("plugins");
        PluginOptions options = new PluginOptions();
        options.folders.add(folder);
        assertTrue(options.registry().find(org.mlpsandbox.engine.plugin.PluginKind.ACTIVATION, "acme.softsign")
                .isEmpty());
        goodJar(folder);
        assertTrue(options.registry().find(org.mlpsandbox.engine.plugin.PluginKind.ACTIVATION, "acme.softsign")
                .isEmpty(), "asking again does not reload behind the command's back");
        assertTrue(options.library().reload().find(org.mlpsandbox.engine.plugin.PluginKind.ACTIVATION,
                "acme.softsign").isPresent());
        assertTrue(options.registry().find(org.mlpsandbox.engine.plugin.PluginKind.ACTIVATION, "acme.softsign")
                .isPresent());
        assertTrue(options.library().registry().find(org.mlpsandbox.engine.plugin.PluginKind.ACTIVATION,
                "acme.softsign").isPresent());
        options.library().close();
    }

    @Test
    void locationsComeInLoadingOrderFromTheUserFolderTheEnvironmentAndTheCommandLine() {
        PluginOptions options = new PluginOptions();
        options.folders.add(Path.of("cli"));
        List<PluginFolders.Location> locations = PluginFolders.locations("a" + File.pathSeparator
                + File.pathSeparator + "b ", options.folders());
        assertEquals(List.of(work.resolve("home/plugins"), Path.of("a"), Path.of("b"), Path.of("cli")),
                locations.stream().map(PluginFolders.Location::path).toList());
        assertEquals(List.of("per-user folder", "MLP_SANDBOX_PLUGINS", "MLP_SANDBOX_PLUGINS", "--plugins"),
                locations.stream().map(PluginFolders.Location::origin).toList());
    }
}
