package org.mlpsandbox.app.model;

import static org.mlpsandbox.app.model.PluginDefaults.installed;
import static org.mlpsandbox.app.model.PluginDefaults.preferred;

import java.util.List;
import java.util.Objects;
import org.mlpsandbox.app.model.SandboxModel.Change;
import org.mlpsandbox.engine.plugin.Formula;
import org.mlpsandbox.engine.plugin.PluginChoice;
import org.mlpsandbox.engine.plugin.PluginKind;
import org.mlpsandbox.engine.plugin.PluginRegistry;

/**
 * Moves a {@link SandboxModel} to another plugin registry: a reload of the plugin folder that keeps the run when it
 * can, a plain switch that falls back to defaults, and activations typed as formulas. Formula activations are in no
 * folder, so they always come along from the registry in use.
 */
final class PluginSwitch {

    private final SandboxModel owner;

    PluginSwitch(SandboxModel owner) {
        this.owner = owner;
    }

    /** See {@link SandboxModel#pluginsReloaded}. */
    List<String> reloaded(PluginRegistry reloaded) {
        PluginRegistry registry = Objects.requireNonNull(reloaded, "registry").withFormulasOf(owner.plugins());
        List<String> lost = ReloadCheck.lost(owner.currentSetup(), registry);
        owner.replacePlugins(registry);
        owner.fire(Change.PLUGINS);
        if (!lost.isEmpty()) {
            return lost;
        }
        if (owner.run().latestSnapshot().isEmpty()) {
            owner.rebuild();
        } else {
            owner.continueRun();
        }
        return lost;
    }

    /** See {@link SandboxModel#setPlugins}. */
    void replace(PluginRegistry registry) {
        PluginRegistry plugins = Objects.requireNonNull(registry, "registry").withFormulasOf(owner.plugins());
        owner.replacePlugins(plugins);
        NetworkDraft draft = owner.network();
        if (draft.dropMissing(plugins)) {
            draft.fitOutputTo(owner.data().rawData(), plugins);
        }
        if (!installed(plugins, PluginKind.OPTIMIZER, owner.settings().optimizer().id())) {
            owner.replaceSettings(owner.settings().withOptimizer(
                    PluginChoice.of(preferred(plugins, PluginKind.OPTIMIZER, "sgd"))));
        }
        owner.fire(Change.PLUGINS);
        owner.rebuild();
    }

    /** See {@link SandboxModel#addFormulas}. */
    void addFormulas(List<Formula> formulas) {
        if (formulas.isEmpty()) {
            return;
        }
        List<String> before = owner.plugins().formulas().stream().map(Formula::id).toList();
        owner.replacePlugins(owner.plugins().withFormulas(formulas));
        owner.fire(Change.PLUGINS);
        if (formulas.stream().anyMatch(f -> before.contains(f.id()))) {
            owner.rebuild();
        }
    }
}
