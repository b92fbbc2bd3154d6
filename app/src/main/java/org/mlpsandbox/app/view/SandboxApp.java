package org.mlpsandbox.app.view;

import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.swing.SwingUtilities;
import org.mlpsandbox.app.model.SandboxModel;
import org.mlpsandbox.engine.plugin.PluginLibrary;
import org.mlpsandbox.engine.plugin.PluginRegistry;

/** Starts the desktop app: its plugin library, then theme, optional EDT check, model and main window on the event thread. */
public final class SandboxApp {

    private SandboxApp() {
    }

    /**
     * Opens the plugin library of {@code pluginLocations} (built-ins plus every jar there), then the window, lets
     * {@code extensions} add to it (a Lessons menu, say) on the event thread before it shows anything else, and waits
     * until it is closed. The window's Reload reloads that library; it is closed with the window.
     *
     * @return the exit code, 0
     */
    public static int run(List<Path> pluginLocations, Consumer<MainWindow> extensions) throws InterruptedException {
        org.mlpsandbox.app.settings.PrecisionSetting.forUser().applyAtStartup(System.err); // a -D wins
        try (PluginLibrary library = PluginLibrary.open(pluginLocations)) {
            PluginRegistry registry = library.registry();
            CountDownLatch closed = new CountDownLatch(1);
            SwingUtilities.invokeLater(() -> {
                MainWindow window = open(registry, library::reload);
                extensions.accept(window);
                window.addWindowListener(new WindowAdapter() {
                    @Override
                    public void windowClosed(WindowEvent e) {
                        closed.countDown();
                    }
                });
            });
            closed.await();
        }
        return 0;
    }

    /**
     * Creates and shows the main window. Event thread only; tests call this too.
     *
     * @param reload loads the plugins again (Reload plugins calls it off the event thread)
     */
    public static MainWindow open(PluginRegistry registry, Supplier<PluginRegistry> reload) {
        EdtCheck.installIfRequested();
        Theme.installRemembered();
        Zoom.installRemembered();
        MainWindow window = new MainWindow(new SandboxModel(registry), reload);
        window.setIconImage(org.mlpsandbox.app.view.help.AboutPanel.appImage());
        window.setVisible(true);
        return window;
    }

    /**
     * Opens an experiment file given on the command line (a double-click in the file manager), or says in the
     * window why it cannot. Event thread only.
     */
    public static void openExperiment(MainWindow window, Path file) {
        window.fileActions().open(file);
    }

    /** {@link #open} from any thread, waiting for it. */
    public static MainWindow openAndWait(PluginRegistry registry, Supplier<PluginRegistry> reload)
            throws InterruptedException, InvocationTargetException {
        MainWindow[] w = new MainWindow[1];
        SwingUtilities.invokeAndWait(() -> w[0] = open(registry, reload));
        return w[0];
    }
}
