package org.mlpsandbox.app.view;

import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.swing.SwingUtilities;
import org.mlpsandbox.app.model.SandboxModel;
import org.mlpsandbox.engine.plugin.PluginRegistry;

/** Starts the desktop app: theme, optional EDT check, model and main window, all on the event thread. */
public final class SandboxApp {

    private SandboxApp() {
    }

    /**
     * Opens the window and waits until it is closed.
     *
     * @param plugins loads the plugin registry; called now (off the event thread) and again on Reload
     * @return the exit code, 0
     */
    public static int run(Supplier<PluginRegistry> plugins) throws InterruptedException {
        return run(plugins, window -> { });
    }

    /**
     * Opens the window, lets {@code extensions} add to it (a Lessons menu, say) on the event thread before it shows
     * anything else, and waits until it is closed.
     *
     * @return the exit code, 0
     */
    public static int run(Supplier<PluginRegistry> plugins, Consumer<MainWindow> extensions)
            throws InterruptedException {
        PluginRegistry registry = plugins.get();
        CountDownLatch closed = new CountDownLatch(1);
        SwingUtilities.invokeLater(() -> {
            MainWindow window = open(registry, plugins);
            extensions.accept(window);
            window.addWindowListener(new WindowAdapter() {
                @Override
                public void windowClosed(WindowEvent e) {
                    closed.countDown();
                }
            });
        });
        closed.await();
        return 0;
    }

    /** Creates and shows the main window. Event thread only; tests call this too. */
    public static MainWindow open(PluginRegistry registry, Supplier<PluginRegistry> plugins) {
        EdtCheck.installIfRequested();
        Theme.installRemembered();
        MainWindow window = new MainWindow(new SandboxModel(registry), plugins);
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
    public static MainWindow openAndWait(PluginRegistry registry, Supplier<PluginRegistry> plugins)
            throws InterruptedException, InvocationTargetException {
        MainWindow[] w = new MainWindow[1];
        SwingUtilities.invokeAndWait(() -> w[0] = open(registry, plugins));
        return w[0];
    }
}
