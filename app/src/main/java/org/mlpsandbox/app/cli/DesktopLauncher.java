package org.mlpsandbox.app.cli;

import java.awt.GraphicsEnvironment;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.mlpsandbox.engine.plugin.PluginFolders;

/** Opens the desktop app, or explains how to run headless where there is no display. */
final class DesktopLauncher {

    private DesktopLauncher() {
    }

    /** @param experiment a file to open in the window, or null */
    static int launch(PluginOptions plugins, Path experiment, PrintWriter out, PrintWriter err) {
        if (GraphicsEnvironment.isHeadless()) {
            String command = command();
            out.println("MLP Sandbox: no display found, so the window cannot open.");
            out.println("The commands train, eval, predict, bench and plugins run without one, for example:");
            out.println("  " + command + " train --data circle --layers 8:tanh,8:tanh --epochs 200 "
                    + "--save model.json");
            out.println("  " + command + " eval model.json");
            out.println("  " + command + " bench");
            out.println("  " + command + " --help          (every command takes --help too)");
            return 0;
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

    /** How the user started us: the installed launcher (jpackage names it in a property) or the jar. */
    private static String command() {
        return System.getProperty("jpackage.app-path") != null ? "mlp-sandbox" : "java -jar mlp-sandbox.jar";
    }
}
