package org.mlpsandbox.app.cli;

import java.awt.GraphicsEnvironment;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import org.mlpsandbox.engine.plugin.PluginFolders;

/** Opens the desktop app, or explains how to run headless where there is no display. */
final class DesktopLauncher {

    /** The exit code when there is no display to open the window on. */
    static final int NO_DISPLAY = 1;

    private DesktopLauncher() {
    }

    /**
     * @param experiment  a file to open in the window, or null
     * @param subcommands the names of the commands that run without a display, for the help printed when there is none
     */
    static int launch(PluginOptions plugins, Path experiment, Collection<String> subcommands, PrintWriter out,
                      PrintWriter err) {
        if (GraphicsEnvironment.isHeadless()) {
            explainHeadless(subcommands, err);
            return NO_DISPLAY;
        }
        try {
            List<Path> locations = plugins.locations().stream().map(PluginFolders.Location::path).toList();
            return org.mlpsandbox.app.view.SandboxApp.run(locations, window -> {
                org.mlpsandbox.app.view.lesson.LessonsMenu.install(window.host());
                if (experiment != null) {
                    org.mlpsandbox.app.view.SandboxApp.openExperiment(window, experiment);
                }
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    /** Says how to open the window on a virtual display, and which commands need none. */
    static void explainHeadless(Collection<String> subcommands, PrintWriter err) {
        String command = command();
        err.println("MLP Sandbox: no display found, so the window cannot open.");
        err.println("To open it on a virtual display (Debian/Ubuntu: sudo apt-get install xvfb), run:");
        err.println("  xvfb-run -a " + command);
        err.println("These commands run without a display: " + String.join(", ", subcommands) + ". For example:");
        err.println("  " + command + " train --data circle --layers 8:tanh,8:tanh --epochs 200 --save model.json");
        err.println("  " + command + " eval model.json");
        err.println("  " + command + " render --lesson 1 window.png");
        err.println("  " + command + " --help          (every command takes --help too)");
        err.flush();
    }

    /**
     * How the user started us, as a command to type: the installed launcher (jpackage names it in a property), or
     * {@code java -jar} with this jar (relative to the working folder when it is inside it).
     */
    static String command() {
        String launcher = System.getProperty("jpackage.app-path");
        if (launcher != null) {
            return quoted(launcher);
        }
        return "java -jar " + quoted(jarPath());
    }

    private static String jarPath() {
        try {
            var source = DesktopLauncher.class.getProtectionDomain().getCodeSource();
            if (source != null) {
                Path jar = Path.of(source.getLocation().toURI()).toAbsolutePath();
                if (Files.isRegularFile(jar)) {
                    Path here = Path.of("").toAbsolutePath();
                    return (jar.startsWith(here) ? here.relativize(jar) : jar).toString();
                }
            }
        } catch (URISyntaxException | SecurityException | IllegalArgumentException e) {
            // fall through to the jar's usual name
        }
        return "mlp-sandbox.jar";
    }

    private static String quoted(String path) {
        return path.contains(" ") ? "'" + path + "'" : path;
    }
}
