package org.mlpsandbox.app.model;

import java.util.List;
import org.mlpsandbox.engine.plugin.PluginEntry;
import org.mlpsandbox.engine.plugin.PluginKind;
import org.mlpsandbox.engine.plugin.PluginRegistry;

/** Picks default plugin ids from what a registry has installed. */
final class PluginDefaults {

    private PluginDefaults() {
    }

    /** Whether the registry has a usable plugin of that kind and id. */
    static boolean installed(PluginRegistry plugins, PluginKind kind, String id) {
        return plugins.find(kind, id).isPresent();
    }

    /** The first installed of the wanted ids, else the first installed plugin of the kind, else the first wanted. */
    static String preferred(PluginRegistry plugins, PluginKind kind, String... ids) {
        for (String id : ids) {
            if (installed(plugins, kind, id)) {
                return id;
            }
        }
        List<PluginEntry> usable = plugins.usable(kind);
        return usable.isEmpty() ? ids[0] : usable.get(0).id();
    }
}
