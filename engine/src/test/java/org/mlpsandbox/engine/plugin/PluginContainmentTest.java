package org.mlpsandbox.engine.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlpsandbox.api.Activation;
import org.mlpsandbox.engine.TestNets;
import org.mlpsandbox.engine.net.Network;
import org.mlpsandbox.engine.train.Trainer;
import org.mlpsandbox.engine.train.TrainingSession;
import org.mlpsandbox.engine.train.TrainingSettings;

/** Plugins that never return, call System.exit or look for engine classes: the rest of the program carries on. */
class PluginContainmentTest {

    static final String HANG = """
            package acme;
            public final class Hang implements org.mlpsandbox.api.Activation {
                public String id() { return "acme.hang"; }
                public String displayName() { return "Hang"; }
                public double apply(double z) { while (true) { Thread.onSpinWait(); } }
                public double derivative(double z) { return 1; }
            }
            """;

    static final String QUIT = """
            package acme;
            public final class Quit implements org.mlpsandbox.api.Activation {
                public String id() { return "acme.quit"; }
                public String displayName() { return "Quit"; }
                public double apply(double z) { System.exit(3); return z; }
                public double derivative(double z) { return 1; }
            }
            """;

    /** Reports, from inside a check, which class loader is the thread's context class loader and what it finds. */
    static final String SNOOP = """
            package acme;
            public final class Snoop implements org.mlpsandbox.api.Activation {
                public String id() {
                    ClassLoader context = Thread.currentThread().getContextClassLoader();
                    try {
                        Class.forName("org.mlpsandbox.engine.net.Network", false, context);
                        return "acme.sees-engine";
                    } catch (ClassNotFoundException e) {
                        return context == getClass().getClassLoader() ? "acme.own-loader" : "acme.other-loader";
                    }
                }
                public String displayName() { return "Snoop"; }
                public double apply(double z) { return z; }
                public double derivative(double z) { return 1; }
            }
            """;

    /** Passes its checks, then loops for ever once the system property acme.hang is set. */
    static final String HANG_LATER = """
            package acme;
            public final class HangLater implements org.mlpsandbox.api.Activation {
                public String id() { return "acme.hang-later"; }
                public String displayName() { return "Hang later"; }
                public double apply(double z) {
                    while (Boolean.getBoolean("acme.hang")) { Thread.onSpinWait(); }
                    return Math.tanh(z);
                }
                public double derivative(double z) { double t = Math.tanh(z); return 1 - t * t; }
            }
            """;

    @TempDir
    Path work;

    @Test
    void aRunStuckInAPluginIsAbandonedNamingItAndTheSessionStaysResponsive() throws Exception {
        Path folder = Files.createDirectories(work.resolve("plugins"));
        TestJars.in(work).source("acme.HangLater", HANG_LATER).service(Activation.class, "acme.HangLater")
                .write(folder.resolve("later.jar"));
        try (PluginLibrary library = PluginLibrary.open(List.of(folder))) {
            Network net = Network.build(TestNets.spec("2,4:acme.hang-later,1:sigmoid", "log-loss", "xavier-uniform",
                    1), library.registry());
            Trainer trainer = new Trainer(net, TestNets.xor(), null, TrainingSettings.defaults().withBatchSize(4),
                    library.registry());
            TrainingSession session = new TrainingSession(trainer, 0);
            assertTrue(session.abandonIfStuck(0).isEmpty(), "an idle session is not stuck");
            System.setProperty("acme.hang", "true");
            try {
                session.play();
                Thread.sleep(400);
                Optional<String> message = session.abandonIfStuck(200);
                assertTrue(message.isPresent(), "the session should be stuck in the plugin");
                assertTrue(message.get().contains("acme.HangLater.apply in later.jar"), message.get());
                assertEquals(TrainingSession.State.STOPPED, session.latest().state());
                assertEquals(message.get(), session.latest().message());
                assertTrue(session.abandonIfStuck(0).isEmpty(), "abandoned only once");
            } finally {
                System.clearProperty("acme.hang");
            }
            session.close();
            assertTrue(session.awaitClosed(2000), "once the plugin returns, the abandoned thread ends");
            assertEquals(TrainingSession.State.STOPPED, session.latest().state(), "and never publishes again");
        }
    }

    @Test
    void aPluginThatNeverReturnsIsRefusedWithinTheLimitWhileTheOthersLoad() throws IOException {
        Path folder = Files.createDirectories(work.resolve("plugins"));
        TestJars.in(work).source("acme.Hang", HANG).source("acme.Softsign", TestPlugins.SOFTSIGN)
                .service(Activation.class, "acme.Hang", "acme.Softsign").write(folder.resolve("hang.jar"));
        long start = System.nanoTime();
        try (PluginLibrary library = PluginLibrary.open(List.of(folder))) {
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            PluginEntry hang = library.registry().entries().stream()
                    .filter(e -> e.className().equals("acme.Hang")).findFirst().orElseThrow();
            assertEquals(PluginStatus.REFUSED, hang.status());
            assertTrue(hang.reason().contains("did not answer within 2 s"), hang.reason());
            assertTrue(hang.reason().contains("acme.Hang.apply in hang.jar"), hang.reason());
            assertTrue(library.registry().find(PluginKind.ACTIVATION, "acme.softsign").isPresent());
            assertTrue(library.registry().find(PluginKind.ACTIVATION, "tanh").isPresent());
            assertTrue(millis < PluginThreads.CHECK_LIMIT_MILLIS + 3000, "loading took " + millis + " ms");
        }
    }

    @Test
    void checksRunWithThePluginsOwnClassLoaderAsContextLoader() throws IOException {
        Path folder = Files.createDirectories(work.resolve("plugins"));
        TestJars.in(work).source("acme.Snoop", SNOOP).service(Activation.class, "acme.Snoop")
                .write(folder.resolve("snoop.jar"));
        try (PluginLibrary library = PluginLibrary.open(List.of(folder))) {
            assertTrue(library.registry().find(PluginKind.ACTIVATION, "acme.own-loader").isPresent(),
                    library.registry().entries().toString());
        }
    }

    @Test
    void theTrainingThreadsContextLoaderSeesTheApiButNotTheEngine() throws Exception {
        ClassLoader loader = PluginThreads.apiOnlyLoader();
        assertEquals(Activation.class, Class.forName(Activation.class.getName(), false, loader));
        assertThrowsNotFound(loader, "org.mlpsandbox.engine.net.Network");
        assertThrowsNotFound(loader, "org.mlpsandbox.plugins.activation.Tanh");
    }

    private static void assertThrowsNotFound(ClassLoader loader, String name) {
        try {
            Class.forName(name, false, loader);
            throw new AssertionError(name + " should not be visible");
        } catch (ClassNotFoundException expected) {
            // as it should be
        }
    }

    @Test
    void theExitWitnessNamesThePluginFrameBelowAnExitCall() {
        StackTraceElement[] stack = {
            new StackTraceElement(null, "java.base", "17", "java.lang.Shutdown", "exit", "Shutdown.java", 1),
            new StackTraceElement(null, "java.base", "17", "java.lang.Runtime", "exit", "Runtime.java", 1),
            new StackTraceElement(null, "java.base", "17", "java.lang.System", "exit", "System.java", 1),
            new StackTraceElement("plugin quit.jar", null, null, "acme.Quit", "apply", "Quit.java", 5),
            new StackTraceElement("app", null, null, "org.mlpsandbox.engine.plugin.ActivationCheck", "run", null, 1),
        };
        StackTraceElement[] idle = {
            new StackTraceElement("plugin other.jar", null, null, "acme.Other", "apply", "Other.java", 5),
        };
        assertEquals("acme.Quit.apply in quit.jar",
                ExitWitness.culprit(Map.of(new Thread(() -> { }), stack), List.of()).orElseThrow());
        assertFalse(ExitWitness.culprit(Map.of(new Thread(() -> { }), idle), List.of()).isPresent());
    }

    @Test
    void theExitWitnessNamesABuiltInByItsIdAndAsBuiltIn() {
        PluginEntry quit = PluginEntry.created(PluginKind.ACTIVATION, "quit", "Quit", new StuckActivation(),
                List.of(), PluginSource.BUILT_IN);
        StackTraceElement[] stack = {
            new StackTraceElement(null, "java.base", "17", "java.lang.Runtime", "exit", "Runtime.java", 1),
            new StackTraceElement(null, "java.base", "17", "java.lang.System", "exit", "System.java", 1),
            new StackTraceElement("app", null, null, StuckActivation.class.getName(), "apply", null, 5),
            new StackTraceElement("app", null, null, "org.mlpsandbox.engine.net.Network", "forward", null, 1),
        };
        String who = ExitWitness.culprit(Map.of(new Thread(() -> { }), stack), List.of(quit)).orElseThrow();
        assertEquals("activation 'quit' (built-in, " + StuckActivation.class.getName() + ".apply)", who);
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        ExitWitness.report(Map.of(new Thread(() -> { }), stack), List.of(quit), new java.io.PrintStream(err, true,
                StandardCharsets.UTF_8));
        String line = err.toString(StandardCharsets.UTF_8);
        assertTrue(line.contains("the plugin activation 'quit' (built-in,") && line.contains("called System.exit"),
                line);
        // a built-in of the plugins module is named as built-in even without its entry
        StackTraceElement[] module = {
            new StackTraceElement(null, "java.base", "17", "java.lang.System", "exit", "System.java", 1),
            new StackTraceElement("app", null, null, "org.mlpsandbox.plugins.activation.Relu", "apply", null, 5),
        };
        assertEquals("org.mlpsandbox.plugins.activation.Relu.apply, built-in",
                ExitWitness.culprit(Map.of(new Thread(() -> { }), module), List.of()).orElseThrow());
    }

    /** A "built-in" (on the class path) activation that loops while the system property test.stuck is set. */
    public static final class StuckActivation implements Activation {
        @Override
        public String id() {
            return "test.stuck";
        }

        @Override
        public String displayName() {
            return "Stuck";
        }

        @Override
        public double apply(double z) {
            while (Boolean.getBoolean("test.stuck")) {
                Thread.onSpinWait();
            }
            return Math.tanh(z);
        }

        @Override
        public double derivative(double z) {
            double t = Math.tanh(z);
            return 1 - t * t;
        }
    }

    @Test
    void aRunStuckInABuiltInIsAbandonedNamingItsIdAsBuiltIn() throws Exception {
        List<PluginEntry> entries = new ArrayList<>(PluginRegistry.builtIn().entries());
        entries.add(PluginEntry.created(PluginKind.ACTIVATION, "test.stuck", "Stuck", new StuckActivation(),
                List.of(), PluginSource.BUILT_IN));
        PluginRegistry registry = new PluginRegistry(entries);
        Network net = Network.build(TestNets.spec("2,4:test.stuck,1:sigmoid", "log-loss", "xavier-uniform", 1),
                registry);
        Trainer trainer = new Trainer(net, TestNets.xor(), null, TrainingSettings.defaults().withBatchSize(4),
                registry);
        TrainingSession session = new TrainingSession(trainer, 0);
        System.setProperty("test.stuck", "true");
        try {
            session.play();
            Thread.sleep(400);
            Optional<String> message = session.abandonIfStuck(200);
            assertTrue(message.isPresent(), "the session should be stuck in the built-in");
            assertTrue(message.get().contains("activation 'test.stuck' (built-in, "
                    + StuckActivation.class.getName() + ".apply)"), message.get());
            assertEquals(message, session.abandonment());
        } finally {
            System.clearProperty("test.stuck");
        }
        session.close();
        assertTrue(session.awaitClosed(2000));
    }

    @Test
    void aHealthyRunIsNotTakenForStuckEvenInsideABuiltIn() throws Exception {
        PluginRegistry registry = PluginRegistry.builtIn();
        Network net = Network.build(TestNets.spec("2,64:tanh,64:tanh,1:sigmoid", "log-loss", "xavier-uniform", 1),
                registry);
        Trainer trainer = new Trainer(net, TestNets.xor(), null, TrainingSettings.defaults().withBatchSize(4),
                registry);
        try (TrainingSession session = new TrainingSession(trainer, 0)) {
            session.play();
            long end = System.currentTimeMillis() + 500;
            while (System.currentTimeMillis() < end) {
                // every step is short: however often it is asked, a training run is never stuck
                assertTrue(session.abandonIfStuck(50).isEmpty(), "a healthy run was taken for stuck");
            }
            assertTrue(session.abandonment().isEmpty());
        }
    }

    @Test
    void aBuiltInThatNeverReturnsFromItsCheckIsRefusedAsBuiltIn() throws Exception {
        Path jar = TestJars.in(work).source("acme.Hang", HANG).service(Activation.class, "acme.Hang")
                .write(work.resolve("classpath.jar"));
        try (java.net.URLClassLoader loader = new java.net.URLClassLoader(new java.net.URL[] {jar.toUri().toURL()},
                Activation.class.getClassLoader())) {
            PluginEntry hang = PluginDiscovery.discover(loader, PluginSource.BUILT_IN,
                    c -> c.getName().equals("acme.Hang")).stream()
                    .filter(e -> e.className().equals("acme.Hang")).findFirst().orElseThrow();
            assertEquals(PluginStatus.REFUSED, hang.status());
            assertTrue(hang.reason().contains("did not answer within 2 s (stuck in acme.Hang.apply, built-in)"),
                    hang.reason());
        }
    }

    /** The real thing: a JVM whose plugin calls System.exit(3) ends, and says which plugin did it. */
    @Test
    void aPluginCallingSystemExitIsNamedOnStandardError() throws Exception {
        Path folder = Files.createDirectories(work.resolve("plugins"));
        TestJars.in(work).source("acme.Quit", QUIT).service(Activation.class, "acme.Quit")
                .write(folder.resolve("quit.jar"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), OpenLibrary.class.getName(),
                folder.toString()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "the child JVM did not end");
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(3, p.exitValue(), output);
        assertTrue(output.contains("the plugin acme.Quit.apply in quit.jar called System.exit"), output);
        assertFalse(output.contains("loaded"), output);
        assertNotEquals("", output.strip());
    }

    /** Child JVM for the test above: opens a plugin library over one folder. */
    public static final class OpenLibrary {
        public static void main(String[] args) {
            try (PluginLibrary library = PluginLibrary.open(List.of(Path.of(args[0])))) {
                System.out.println("loaded " + library.registry().entries().size());
            }
        }
    }
}
