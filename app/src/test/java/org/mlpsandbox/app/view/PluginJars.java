package org.mlpsandbox.app.view;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.mlpsandbox.api.Activation;

/** Builds a real outside plugin jar at test time: one activation compiled against the api alone. */
public final class PluginJars {

    static final String SWISH_ID = "acme.swish";

    private PluginJars() {
    }

    /** A jar holding {@code acme.Swish} (id {@value #SWISH_ID}) and its services line. */
    static Path swish(Path workDir) throws IOException {
        Path src = Files.createDirectories(workDir.resolve("src/acme"));
        Path classes = Files.createDirectories(workDir.resolve("classes"));
        Files.writeString(src.resolve("Swish.java"), """
                package acme;

                import org.mlpsandbox.api.Activation;

                public class Swish implements Activation {
                    public String id() { return "acme.swish"; }
                    public String displayName() { return "Swish (Acme)"; }
                    public double apply(double z) { return z / (1 + Math.exp(-z)); }
                    public double derivative(double z) {
                        double s = 1 / (1 + Math.exp(-z));
                        return s + z * s * (1 - s);
                    }
                }
                """);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        String api;
        try {
            api = Path.of(Activation.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (java.net.URISyntaxException e) {
            throw new IOException(e);
        }
        int rc = javac.run(null, null, null, "-d", classes.toString(), "-cp", api,
                src.resolve("Swish.java").toString());
        if (rc != 0) {
            throw new IOException("javac failed: " + rc);
        }
        Path jar = workDir.resolve("acme-swish.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("acme/Swish.class"));
            out.write(Files.readAllBytes(classes.resolve("acme/Swish.class")));
            out.closeEntry();
            out.putNextEntry(new JarEntry("META-INF/services/" + Activation.class.getName()));
            OutputStream o = out;
            o.write("acme.Swish\n".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return jar;
    }

    static final String STRIPES_ID = "acme.stripes";

    /**
     * A jar holding the dataset plugin {@code acme.Stripes} (id {@value #STRIPES_ID}): points in [-5, 5]², class 1
     * right of x₁ = 0.5, so a small network separates them quickly.
     */
    static Path stripes(Path workDir) throws IOException {
        return build(workDir, "Stripes", org.mlpsandbox.api.DataSource.class, """
                package acme;

                import java.util.random.RandomGenerator;
                import org.mlpsandbox.api.DataSource;

                public class Stripes implements DataSource {
                    public String id() { return "acme.stripes"; }
                    public String displayName() { return "Stripes (Acme)"; }
                    public int inputCount() { return 2; }
                    public int classCount() { return 2; }
                    public void generate(double[] x, double[] t, int n, double noise, RandomGenerator r) {
                        for (int i = 0; i < n; i++) {
                            double x1 = r.nextDouble(-5, 5);
                            x[2 * i] = x1 + noise * r.nextGaussian();
                            x[2 * i + 1] = r.nextDouble(-5, 5);
                            t[i] = x1 > 0.5 ? 1 : 0;
                        }
                    }
                }
                """);
    }

    public static final String BANDS_ID = "acme.bands";

    /**
     * A jar holding the dataset plugin {@code acme.Bands} (id {@value #BANDS_ID}) with one setting, {@code edge} (real,
     * -4 to 4, default 0.5): points in [-5, 5]², class 1 right of x₁ = edge. It refuses an edge above 3 in
     * {@code configure} ("too few points in class 1").
     */
    public static Path bands(Path workDir) throws IOException {
        return build(workDir, "Bands", org.mlpsandbox.api.DataSource.class, """
                package acme;

                import java.util.List;
                import java.util.random.RandomGenerator;
                import org.mlpsandbox.api.DataSource;
                import org.mlpsandbox.api.Hyperparameter;
                import org.mlpsandbox.api.Parameters;

                public class Bands implements DataSource {
                    private final double edge;
                    public Bands() { this(0.5); }
                    private Bands(double edge) { this.edge = edge; }
                    public String id() { return "acme.bands"; }
                    public String displayName() { return "Bands (Acme)"; }
                    public List<Hyperparameter> hyperparameters() {
                        return List.of(Hyperparameter.real("edge", "Class edge", 0.5, -4, 4));
                    }
                    public DataSource configure(Parameters p) {
                        if (p.get("edge") > 3) {
                            throw new IllegalArgumentException("an edge above 3 leaves too few points in class 1");
                        }
                        return new Bands(p.get("edge"));
                    }
                    public int inputCount() { return 2; }
                    public int classCount() { return 2; }
                    public void generate(double[] x, double[] t, int n, double noise, RandomGenerator r) {
                        for (int i = 0; i < n; i++) {
                            double x1 = r.nextDouble(-5, 5);
                            x[2 * i] = x1 + noise * r.nextGaussian();
                            x[2 * i + 1] = r.nextDouble(-5, 5);
                            t[i] = x1 > edge ? 1 : 0;
                        }
                    }
                }
                """);
    }

    public static final String HANG_LATER_ID = "acme.hang-later";

    /**
     * A jar holding the activation {@code acme.HangLater} (id {@value #HANG_LATER_ID}): tanh, but on the training
     * thread it loops for ever while the system property {@code acme.hang} is "true", as a plugin with an endless loop
     * in apply() does. (Only there: the views also call apply() on the event thread, which no time limit guards yet.)
     */
    public static Path hangLater(Path workDir) throws IOException {
        return build(workDir, "HangLater", Activation.class, """
                package acme;

                public class HangLater implements org.mlpsandbox.api.Activation {
                    public String id() { return "acme.hang-later"; }
                    public String displayName() { return "Hang later"; }
                    public double apply(double z) {
                        while (Boolean.getBoolean("acme.hang")
                                && Thread.currentThread().getName().equals("mlp-training")) {
                            Thread.onSpinWait();
                        }
                        return Math.tanh(z);
                    }
                    public double derivative(double z) { double t = Math.tanh(z); return 1 - t * t; }
                }
                """);
    }

    private static Path build(Path workDir, String simpleName, Class<?> service, String code) throws IOException {
        Path src = Files.createDirectories(workDir.resolve("src/acme"));
        Path classes = Files.createDirectories(workDir.resolve("classes"));
        Files.writeString(src.resolve(simpleName + ".java"), code);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        String api;
        try {
            api = Path.of(Activation.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (java.net.URISyntaxException e) {
            throw new IOException(e);
        }
        int rc = javac.run(null, null, null, "-d", classes.toString(), "-cp", api,
                src.resolve(simpleName + ".java").toString());
        if (rc != 0) {
            throw new IOException("javac failed: " + rc);
        }
        Path jar = workDir.resolve("acme-" + simpleName.toLowerCase(java.util.Locale.ROOT) + ".jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("acme/" + simpleName + ".class"));
            out.write(Files.readAllBytes(classes.resolve("acme/" + simpleName + ".class")));
            out.closeEntry();
            out.putNextEntry(new JarEntry("META-INF/services/" + service.getName()));
            OutputStream o = out;
            o.write(("acme." + simpleName + "\n").getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return jar;
    }

    static List<String> ids(List<org.mlpsandbox.engine.plugin.PluginEntry> entries) {
        return entries.stream().map(org.mlpsandbox.engine.plugin.PluginEntry::id).toList();
    }
}
