package org.mlpsandbox.app.action;

import java.awt.event.ActionEvent;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.swing.AbstractAction;
import javax.swing.SwingWorker;
import org.mlpsandbox.app.model.SandboxModel;
import org.mlpsandbox.engine.plugin.PluginRegistry;

/** Loads the plugins again (off the event thread) and hands the new registry to the model. */
public final class ReloadPluginsAction extends AbstractAction {

    private final SandboxModel model;
    private final Supplier<PluginRegistry> loader;
    private final Consumer<String> report;

    public ReloadPluginsAction(SandboxModel model, Supplier<PluginRegistry> loader, Consumer<String> report) {
        super("Reload plugins");
        this.model = model;
        this.loader = loader;
        this.report = report;
        putValue(SHORT_DESCRIPTION, "Load the plugin jars again, without restarting");
    }

    @Override
    public void actionPerformed(ActionEvent e) {
        setEnabled(false);
        new SwingWorker<PluginRegistry, Void>() {
            @Override
            protected PluginRegistry doInBackground() {
                return loader.get();
            }

            @Override
            protected void done() {
                setEnabled(true);
                try {
                    PluginRegistry registry = get();
                    model.setPlugins(registry);
                    report.accept("Plugins reloaded: " + registry.entries().size() + " found.");
                } catch (ExecutionException ex) {
                    report.accept("Could not reload plugins: " + ex.getCause());
                } catch (InterruptedException ex) {
                    Thread.currentThread().interrupt();
                }
            }
        }.execute();
    }
}
