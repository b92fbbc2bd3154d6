package org.mlpsandbox.app.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mlpsandbox.engine.plugin.PluginChoice;
import org.mlpsandbox.engine.plugin.PluginEntry;
import org.mlpsandbox.engine.plugin.PluginKind;
import org.mlpsandbox.engine.plugin.PluginRegistry;

/** Which plugins of a setup a reloaded registry no longer offers, said for people: which layer lost which plugin. */
final class ReloadCheck {

    private ReloadCheck() {
    }

    /**
     * One line per plugin of {@code setup} that {@code registry} cannot give: "hidden layer 2 lost its activation
     * acme.swish: refused (derivative does not match)" or "…: no longer installed". Empty when all are there.
     */
    static List<String> lost(Setup setup, PluginRegistry registry) {
        List<String> lost = new ArrayList<>();
        List<org.mlpsandbox.engine.net.LayerSpec> hidden = setup.hiddenLayers();
        for (int i = 0; i < hidden.size(); i++) {
            check(registry, PluginKind.ACTIVATION, hidden.get(i).activation(), "hidden layer " + (i + 1)
                    + " lost its activation", lost);
        }
        check(registry, PluginKind.ACTIVATION, setup.outputActivation(), "the output layer lost its activation", lost);
        check(registry, PluginKind.LOSS, setup.loss(), "the network lost its loss", lost);
        check(registry, PluginKind.INITIALIZER, setup.initializer(), "the network lost its initializer", lost);
        check(registry, PluginKind.OPTIMIZER, setup.training().optimizer(), "training lost its optimizer", lost);
        return lost;
    }

    private static void check(PluginRegistry registry, PluginKind kind, PluginChoice choice, String what,
                              List<String> lost) {
        if (choice == null || registry.find(kind, choice.id()).isPresent()) {
            return;
        }
        Optional<PluginEntry> refused = registry.entries().stream()
                .filter(e -> e.kind() == kind && e.id().equals(choice.id()) && !e.usable()).findFirst();
        lost.add(what + " " + choice.id() + ": " + refused.map(e -> "refused"
                + (e.reason().isEmpty() ? "" : " (" + e.reason() + ")")).orElse("no longer installed"));
    }
}
