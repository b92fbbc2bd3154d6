package org.mlpsandbox.app.action;

import java.awt.event.ActionEvent;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.swing.AbstractAction;
import javax.swing.SwingWorker;
import org.mlpsandbox.app.model.SandboxModel;
import org.mlpsandbox.engine.plugin.PluginRegistry;

/**
 * Loads the plugins again (off the event thread) and hands the new registry to the model, which keeps the network and
 * its weights when its plugins are still there ({@link SandboxModel#pluginsReloaded}); the report names any layer that
 * lost its plugin (the run keeps the old one until the user picks another).
 */
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

    /** "Plugins reloaded: 19 found; the network and its training were kept." or what was lost. */
    static String message(java.util.List<String> lost, PluginRegistry registry) {
        String found = "Plugins reloaded: " + registry.entries().stream().filter(e -> e.usable()).count() + " usable";
        if (lost.isEmpty()) {
            return found + "; the network and its training were kept.";
        }
        String all = String.join("; ", lost);
        return found + ". " + Character.toUpperCase(all.charAt(0)) + all.substring(1)
                + ". The run keeps the old " + (lost.size() == 1 ? "plugin" : "plugins") + " until you pick another.";
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
                    report.accept(message(model.pluginsReloaded(registry), registry));
                } catch (ExecutionException ex) {
                    report.accept("Could not reload plugins: " + ex.getCause());
                } catch (InterruptedException ex) {
                    Thread.currentThread().interrupt();
                }
            }
        }.execute();
    }
}
