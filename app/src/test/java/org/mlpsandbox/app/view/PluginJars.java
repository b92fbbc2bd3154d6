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
final class PluginJars {

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

    static List<String> ids(List<org.mlpsandbox.engine.plugin.PluginEntry> entries) {
        return entries.stream().map(org.mlpsandbox.engine.plugin.PluginEntry::id).toList();
    }
}
