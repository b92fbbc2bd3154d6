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

    static int launch(PluginOptions plugins, PrintWriter out, PrintWriter err) {
        if (GraphicsEnvironment.isHeadless()) {
            out.println("MLP Sandbox: no display found, so the window cannot open.");
            out.println("The commands train, eval, predict, bench and plugins run without one, for example:");
            out.println("  java -jar mlp-sandbox.jar train --data circle --layers 8:tanh,8:tanh --epochs 200 "
                    + "--save model.json");
            out.println("  java -jar mlp-sandbox.jar eval model.json");
            out.println("  java -jar mlp-sandbox.jar bench");
            out.println("  java -jar mlp-sandbox.jar --help          (every command takes --help too)");
            return 0;
        }
        try {
            List<Path> locations = plugins.locations().stream().map(PluginFolders.Location::path).toList();
            return org.mlpsandbox.app.view.SandboxApp.run(locations,
                    window -> org.mlpsandbox.app.view.lesson.LessonsMenu.install(window.host()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }
}
