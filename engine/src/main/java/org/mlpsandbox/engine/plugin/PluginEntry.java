package org.mlpsandbox.engine.plugin;

import java.util.List;
import org.mlpsandbox.api.Hyperparameter;
import org.mlpsandbox.api.Plugin;

/**
 * One plugin as the registry knows it, whether usable or refused. Everything here was read from the plugin once, when
 * it was loaded, so showing an entry never runs plugin code.
 *
 * @param kind            activation, loss, initializer or optimizer
 * @param id              the plugin's id, or its class name when it could not even be created
 * @param displayName     name for people (the class name when unknown)
 * @param className       the implementing class as named in the services file
 * @param prototype       the unconfigured instance, or {@code null} when it could not be created
 * @param source          built-in or the jar it came from (the jar in the plugin folder, not a private copy)
 * @param status          ok, warning or refused
 * @param reason          why it got a warning or was refused; empty when ok
 * @param hyperparameters what the plugin declares, in display order; empty when none or when it could not be read
 */
public record PluginEntry(PluginKind kind, String id, String displayName, String className, Plugin prototype,
                          PluginSource source, PluginStatus status, String reason,
                          List<Hyperparameter> hyperparameters) {

    public PluginEntry {
        reason = reason == null ? "" : reason;
        hyperparameters = hyperparameters == null ? List.of() : List.copyOf(hyperparameters);
    }

    /** An entry for a plugin that could be created and described, before it is checked. */
    static PluginEntry created(PluginKind kind, String id, String displayName, Plugin prototype,
                               List<Hyperparameter> hyperparameters, PluginSource source) {
        return new PluginEntry(kind, id, displayName, prototype.getClass().getName(), prototype, source,
                PluginStatus.OK, "", hyperparameters);
    }

    /** An entry for a plugin that could not be created or used. */
    static PluginEntry refused(PluginKind kind, String className, PluginSource source, String reason) {
        return new PluginEntry(kind, className, className, className, null, source, PluginStatus.REFUSED, reason,
                List.of());
    }

    PluginEntry withStatus(PluginStatus newStatus, String newReason) {
        return new PluginEntry(kind, id, displayName, className, prototype, source, newStatus, newReason,
                hyperparameters);
    }

    /** Whether the plugin can be picked: it was created and not refused (ok or warning). */
    public boolean usable() {
        return status.usable() && prototype != null;
    }

    @Override
    public String toString() {
        return kind.label() + " " + id + " (" + source + "): " + status + (reason.isEmpty() ? "" : " - " + reason);
    }
}
