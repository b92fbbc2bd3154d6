package org.mlpsandbox.plugins.optim;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mlpsandbox.api.Parameters;

/** Only momentum-free SGD tells the engine it may fuse its update (p ← p − η·g) into the gradient's product. */
class SgdPlainTest {

    @Test
    void plainSgdSaysSoAndMomentumDoesNot() {
        Sgd sgd = new Sgd();
        assertTrue(sgd.newState(3).isPlainGradientDescent());
        Sgd momentum = sgd.configure(Parameters.of(sgd.hyperparameters(), Map.of("momentum", 0.9)));
        assertFalse(momentum.newState(3).isPlainGradientDescent());
        for (org.mlpsandbox.api.Optimizer other : List.of(new Adam(), new RmsProp(), new AdaMax())) {
            assertFalse(other.newState(3).isPlainGradientDescent(), other.id());
        }
    }
}
