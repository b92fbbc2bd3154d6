package org.mlpsandbox.engine.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlpsandbox.api.Activation;
import org.mlpsandbox.api.Loss;

/** Outside jars built during the test: what loads, what is refused, and why. */
class PluginLoadingTest {

    @TempDir
    Path work;

    private Path folder() throws IOException {
        return Files.createDirectories(work.resolve("plugins"));
    }

    /** The entry whose class is {@code className}. */
    private static PluginEntry byClass(PluginRegistry registry, String className) {
        return registry.entries().stream().filter(e -> e.className().equals(className)).findFirst()
                .orElseThrow(() -> new AssertionError("no entry for " + className + " in " + registry.entries()));
    }

    private static void assertRefused(PluginEntry e, String... parts) {
        assertEquals(PluginStatus.REFUSED, e.status(), e.toString());
        for (String p : parts) {
            assertTrue(e.reason().contains(p), "'" + e.reason() + "' should mention '" + p + "'");
        }
    }

    @Test
    void aGoodPluginLoadsOkAndIsUsable() throws IOException {
        Path jar = TestJars.in(work).source("acme.Softsign", TestPlugins.SOFTSIGN)
                .service(Activation.class, "acme.Softsign").write(folder().resolve("softsign.jar"));
        try (PluginLibrary library = PluginLibrary.open(List.of(folder()))) {
            PluginEntry e = library.registry().require(PluginKind.ACTIVATION, "acme.softsign");
            assertEquals(PluginStatus.OK, e.status(), e.reason());
            assertEquals(jar.toAbsolutePath(), e.source().jar());
            assertEquals(jar.toAbsolutePath().toString(), library.registry().sourceOf(PluginKind.ACTIVATION,
                    "acme.softsign"));
            Activation a = library.registry().activation(PluginChoice.of("acme.softsign"));
            assertEquals(0.5, a.apply(1), 1e-12);
            assertTrue(library.registry().problems().isEmpty(), library.registry().problems().toString());
        }
    }

    @Test
    void wrongDerivativeIsRefusedNamingTheWorstPointAndBothValues() throws IOException {
        TestJars.in(work).source("acme.BadSoftsign", TestPlugins.BAD_SOFTSIGN)
                .service(Activation.class, "acme.BadSoftsign").write(folder().resolve("bad.jar"));
        try (PluginLibrary library = PluginLibrary.open(List.of(folder()))) {
            PluginEntry e = byClass(library.registry(), "acme.BadSoftsign");
            // |1/(1+|z|) - 1/(1+|z|)²| is largest at |z| = 1: 0.5 against 0.25
            assertRefused(e, "derivative", "z = -1", "0.5", "0.25");
            assertTrue(library.registry().find(PluginKind.ACTIVATION, "acme.bad-softsign").isEmpty());
        }
    }

    @Test
    void aThrowingConstructorIsRefusedNamingWhatItThrew() throws IOException {
        TestJars.in(work).source("acme.Throwing", TestPlugins.THROWING_CONSTRUCTOR)
                .source("acme.Softsign", TestPlugins.SOFTSIGN)
                .service(Activation.class, "acme.Throwing", "acme.Softsign").write(folder().resolve("t.jar"));
        try (PluginLibrary library = PluginLibrary.open(List.of(folder()))) {
            assertRefused(byClass(library.registry(), "acme.Throwing"), "constructor", "IllegalStateException",
                    "no licence key");
            assertTrue(library.registry().find(PluginKind.ACTIVATION, "acme.softsign").isPresent());
        }
    }

    @Test
    void nanOutputIsRefused() throws IOException {
        TestJars.in(work).source("acme.NanBelow", TestPlugins.NAN_BELOW)
                .service(Activation.class, "acme.NanBelow").write(folder().resolve("nan.jar"));
        try (PluginLibrary library = PluginLibrary.open(List.of(folder()))) {
            assertRefused(byClass(library.registry(), "acme.NanBelow"), "NaN", "z = -10");
        }
    }

    @Test
    void anIdOfABuiltInIsRefusedNamingBoth() throws IOException {
        Path jar = TestJars.in(work).source("acme.ReluCopy", TestPlugins.RELU_COPY)
                .service(Activation.class, "acme.ReluCopy").write(folder().resolve("relu.jar"));
        try (PluginLibrary library = PluginLibrary.open(List.of(folder()))) {
            assertRefused(byClass(library.registry(), "acme.ReluCopy"), "duplicate", "'relu'", "built-in",
                    jar.toAbsolutePath().toString(), "cannot be replaced");
            assertTrue(library.registry().require(PluginKind.ACTIVATION, "relu").source().isBuiltIn());
        }
    }

    @Test
    void twoJarsWithOneIdTheFirstWinsAndBothAreNamed() throws IOException {
        Path first = TestJars.in(work).source("acme.Softsign", TestPlugins.SOFTSIGN)
                .service(Activation.class, "acme.Softsign").write(folder().resolve("a-first.jar"));
        Path second = TestJars.in(work).source("acme.Softsign", TestPlugins.SOFTSIGN)
                .service(Activation.class, "acme.Softsign").write(folder().resolve("b-second.jar"));
        try (PluginLibrary library = PluginLibrary.open(List.of(folder()))) {
            List<PluginEntry> both = library.registry().entries().stream()
                    .filter(e -> e.id().equals("acme.softsign")).toList();
            assertEquals(2, both.size());
            assertEquals(PluginStatus.OK, both.get(0).status());
            assertEquals(first.toAbsolutePath(), both.get(0).source().jar());
            assertRefused(both.get(1), "duplicate", first.toAbsolutePath().toString(),
                    second.toAbsolutePath().toString());
        }
    }

    @Test
    void aServicesLineNamingAMissingClassIsRefusedAndTheOthersLoad() throws IOException {
        TestJars.in(work).source("acme.Softsign", TestPlugins.SOFTSIGN).source("acme.Arctan", TestPlugins.ARCTAN)
                .service(Activation.class, "acme.Softsign", "acme.DoesNotExist", "acme.Arctan")
                .write(folder().resolve("mixed.jar"));
        try (PluginLibrary library = PluginLibrary.open(List.of(folder()))) {
            assertRefused(byClass(library.registry(), "acme.DoesNotExist"), "class not found", "acme.DoesNotExist",
                    "META-INF/services/org.mlpsandbox.api.Activation");
            assertEquals(PluginStatus.OK, byClass(library.registry(), "acme.Softsign").status());
            assertEquals(PluginStatus.OK, byClass(library.registry(), "acme.Arctan").status());
        }
    }

    @Test
    void aClassForANewerJavaIsRefusedAndTheOthersLoad() throws IOException {
        TestJars.in(work).source("acme.Softsign", TestPlugins.SOFTSIGN).source("acme.Arctan", TestPlugins.ARCTAN)
                .majorVersion("acme.Softsign", 70)
                .service(Activation.class, "acme.Softsign", "acme.Arctan").write(folder().resolve("new.jar"));
        try (PluginLibrary library = PluginLibrary.open(List.of(folder()))) {
            assertRefused(byClass(library.registry(), "acme.Softsign"), "compiled for a newer Java",
                    "class file version 70", "Java 26");
            assertEquals(PluginStatus.OK, byClass(library.registry(), "acme.Arctan").status());
        }
    }

    @Test
    void aMissingSuperclassIsRefusedAsAMissingClass() throws IOException {
        TestJars.in(work).source("acme.Base", TestPlugins.BASE).source("acme.NeedsBase", TestPlugins.NEEDS_BASE)
                .source("acme.Arctan", TestPlugins.ARCTAN).omit("acme.Base")
                .service(Activation.class, "acme.NeedsBase", "acme.Arctan").write(folder().resolve("nobase.jar"));
        try (PluginLibrary library = PluginLibrary.open(List.of(folder()))) {
            assertRefused(byClass(library.registry(), "acme.NeedsBase"), "missing", "acme.Base", "bundle");
            assertEquals(PluginStatus.OK, byClass(library.registry(), "acme.Arctan").status());
        }
    }

    @Test
    void codeThatThrowsFromIdNameOrHyperparametersIsNamed() throws IOException {
        TestJars.in(work).source("acme.BadId", TestPlugins.BAD_DESCRIPTIONS)
                .service(Loss.class, "acme.BadId", "acme.BadId$BadName", "acme.BadId$BadParameters")
                .write(folder().resolve("descriptions.jar"));
        try (PluginLibrary library = PluginLibrary.open(List.of(folder()))) {
            assertRefused(byClass(library.registry(), "acme.BadId"), "id() threw", "id not decided yet");
            assertRefused(byClass(library.registry(), "acme.BadId$BadName"), "displayName() threw", "no name");
            assertRefused(byClass(library.registry(), "acme.BadId$BadParameters"), "hyperparameters() threw",
                    "ArithmeticException");
            assertEquals("acme.bad-name", byClass(library.registry(), "acme.BadId$BadName").id());
        }
    }

    @Test
    void aJarSeesTheApiAndTheJdkButNotTheEngineOrTheBuiltIns() throws Exception {
        TestJars.in(work).source("acme.Spy", TestPlugins.SPY).service(Activation.class, "acme.Spy")
                .write(folder().resolve("spy.jar"));
        try (PluginLibrary library = PluginLibrary.open(List.of(folder()))) {
            PluginEntry spy = library.registry().require(PluginKind.ACTIVATION, "acme.spy");
            assertEquals("engine hidden, built-ins hidden, api and JDK visible", spy.displayName());
            // the api is shared: the jar's Activation is the engine's Activation
            assertTrue(spy.prototype() instanceof Activation);
        }
        ClassLoader parent = ApiOnlyClassLoader.overApplication();
        assertThrows(ClassNotFoundException.class, () -> parent.loadClass("org.mlpsandbox.engine.net.Network"));
        assertThrows(ClassNotFoundException.class, () -> parent.loadClass("picocli.CommandLine"));
        assertNotNull(parent.loadClass("org.mlpsandbox.api.Activation"));
        assertTrue(parent.getResources("META-INF/services/org.mlpsandbox.api.Activation").hasMoreElements() == false,
                "the built-ins' services files must not be visible to a jar");
    }

    @Test
    void problemsWithFoldersAndJarsAsAWholeAreReported() throws IOException {
        Files.writeString(folder().resolve("notes.jar"), "not a zip");
        TestJars.in(work).source("acme.Arctan", TestPlugins.ARCTAN).write(folder().resolve("no-services.jar"));
        TestJars.in(work).source("acme.Arctan", TestPlugins.ARCTAN)
                .service(org.mlpsandbox.api.Plugin.class, "acme.Arctan").write(folder().resolve("wrong-file.jar"));
        Path missing = work.resolve("no-such-folder");
        try (PluginLibrary library = PluginLibrary.open(List.of(folder(), missing))) {
            String problems = library.registry().problems().toString();
            assertTrue(problems.contains("notes.jar: is not a readable jar"), problems);
            assertTrue(problems.contains("no-services.jar: contains no plugins"), problems);
            assertTrue(problems.contains("META-INF/services/org.mlpsandbox.api.Plugin is ignored"), problems);
            assertTrue(problems.contains("no-such-folder: does not exist"), problems);
            assertEquals(PluginRegistry.builtIn().entries().size(), library.registry().entries().size());
        }
    }

    @Test
    void anOutsideIdWithoutANamespaceEarnsAWarning() throws IOException {
        TestJars.in(work).source("acme.Arctan", TestPlugins.activation("Arctan", "arctan", "Math.atan(z)",
                        "1 / (1 + z * z)"))
                .service(Activation.class, "acme.Arctan").write(folder().resolve("arctan.jar"));
        try (PluginLibrary library = PluginLibrary.open(List.of(folder()))) {
            PluginEntry e = library.registry().require(PluginKind.ACTIVATION, "arctan");
            assertEquals(PluginStatus.WARNING, e.status());
            assertTrue(e.reason().contains("namespace"), e.reason());
        }
    }

    @Test
    void aJarGivenDirectlyAndTwiceLoadsOnce() throws IOException {
        Path jar = TestJars.in(work).source("acme.Arctan", TestPlugins.ARCTAN)
                .service(Activation.class, "acme.Arctan").write(folder().resolve("arctan.jar"));
        try (PluginLibrary library = PluginLibrary.open(List.of(folder(), jar))) {
            assertEquals(1, library.registry().entries().stream().filter(e -> e.id().equals("acme.arctan")).count());
        }
    }

    @Test
    void anUnknownIdSaysWhichKindAndThatAJarMayBeMissing() {
        PluginRegistry registry = new PluginRegistry(List.of(), List.of(), List.of(work.resolve("plugins")));
        UnknownPluginException e = assertThrows(UnknownPluginException.class,
                () -> registry.activation(PluginChoice.of("acme.swish")));
        assertEquals(PluginKind.ACTIVATION, e.kind());
        assertEquals("acme.swish", e.id());
        for (String part : List.of("activation", "'acme.swish'", "jar may be missing", "plugins")) {
            assertTrue(e.getMessage().contains(part), e.getMessage() + " should mention " + part);
        }
    }
}
