package org.mlpsandbox.engine.net;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mlpsandbox.engine.TestNets;
import org.mlpsandbox.engine.limits.NotEnoughMemoryException;
import org.mlpsandbox.engine.plugin.PluginChoice;

/** A network too large for the heap is refused before a single layer is allocated, with one line. */
class NetworkMemoryTest {

    private static NetworkSpec spec(int width) {
        return new NetworkSpec(2, List.of(LayerSpec.of(width, "relu"), LayerSpec.of(width, "relu"),
                LayerSpec.of(1, "sigmoid")), PluginChoice.of("log-loss"), PluginChoice.of("xavier-uniform"), 1);
    }

    @Test
    void thirtyThousandAndOneHundredThousandWideNetworksAreRefusedAtOnce() {
        for (int width : new int[] {30_000, 100_000}) {
            long start = System.nanoTime();
            NotEnoughMemoryException e = assertThrows(NotEnoughMemoryException.class,
                    () -> Network.build(spec(width), TestNets.PLUGINS));
            assertTrue((System.nanoTime() - start) / 1e9 < 5);
            String m = e.getMessage();
            assertTrue(!m.contains("\n") && m.startsWith("training the network 2 → " + width + " → " + width
                    + " → 1 ("), m);
            assertTrue(m.contains(" GB of memory but only ") && m.contains("-Xmx"), m);
            assertTrue(e.needed() > e.available());
            // check says the same without building
            assertThrows(NotEnoughMemoryException.class, () -> Network.check(spec(width), TestNets.PLUGINS));
        }
    }

    @Test
    void checkAcceptsWhatBuildBuildsAndRefusesWhatItRefuses() {
        Network.check(spec(64), TestNets.PLUGINS);
        Network.build(spec(64), TestNets.PLUGINS);
        IllegalArgumentException tooWide = assertThrows(IllegalArgumentException.class,
                () -> Network.check(spec(Network.MAX_LAYER_SIZE + 1), TestNets.PLUGINS));
        assertTrue(tooWide.getMessage().contains("use 1 to"), tooWide.getMessage());
        NetworkSpec unknownLoss = new NetworkSpec(2, List.of(LayerSpec.of(1, "sigmoid")),
                PluginChoice.of("no-such-loss"), PluginChoice.of("xavier-uniform"), 1);
        assertThrows(IllegalArgumentException.class, () -> Network.check(unknownLoss, TestNets.PLUGINS));
    }
}
