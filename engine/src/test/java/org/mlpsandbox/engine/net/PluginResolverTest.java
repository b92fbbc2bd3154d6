package org.mlpsandbox.engine.net;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mlpsandbox.engine.TestNets;
import org.mlpsandbox.engine.plugin.PluginKind;
import org.mlpsandbox.engine.plugin.PluginResolver;

/** A network is built from whatever configures its plugin choices, not from the plugin registry itself. */
class PluginResolverTest {

    @Test
    void aNetworkAsksTheResolverForEachLayerThenTheLossAndTheInitializer() {
        NetworkSpec spec = TestNets.spec("2,5:tanh,3:relu,1:sigmoid", "log-loss", "xavier-uniform", 7);
        List<String> asked = new ArrayList<>();
        PluginResolver resolver = (kind, choice) -> {
            asked.add(kind + " " + choice.id());
            return TestNets.PLUGINS.configure(kind, choice);
        };
        Network viaResolver = Network.build(spec, resolver);
        assertEquals(List.of("ACTIVATION tanh", "ACTIVATION relu", "ACTIVATION sigmoid", "LOSS log-loss",
                "INITIALIZER xavier-uniform"), asked);
        Network viaRegistry = Network.build(spec, TestNets.PLUGINS);
        for (int l = 0; l < 3; l++) {
            assertArrayEquals(viaRegistry.layer(l).weights(), viaResolver.layer(l).weights(), 0.0);
        }
    }

    @Test
    void aResolversRefusalNamesTheLayer() {
        NetworkSpec spec = TestNets.spec("2,5:tanh,1:sigmoid", "log-loss", "xavier-uniform", 7);
        PluginResolver refusing = (kind, choice) -> {
            if (kind == PluginKind.ACTIVATION && choice.id().equals("sigmoid")) {
                throw new IllegalArgumentException("activation 'sigmoid': no such value");
            }
            return TestNets.PLUGINS.configure(kind, choice);
        };
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Network.build(spec, refusing));
        assertTrue(e.getMessage().startsWith("layer 2 (output): "), e.getMessage());
    }
}
