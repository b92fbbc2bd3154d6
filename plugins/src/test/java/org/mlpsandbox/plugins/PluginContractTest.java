package org.mlpsandbox.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mlpsandbox.api.Hyperparameter;
import org.mlpsandbox.api.Parameters;
import org.mlpsandbox.api.Plugin;

/** What every built-in owes the engine, whatever its kind. */
class PluginContractTest {

    @Test
    void everyBuiltInIsRegistered() {
        assertEquals(List.of("identity", "leaky-relu", "relu", "sigmoid", "softmax", "tanh"),
                Registered.ids(Registered.activations()));
        assertEquals(List.of("categorical-cross-entropy", "log-loss", "mse"), Registered.ids(Registered.losses()));
        assertEquals(List.of("he-normal", "uniform", "xavier-normal", "xavier-uniform", "zeros"),
                Registered.ids(Registered.initializers()));
        assertEquals(List.of("adam", "adamax", "rmsprop", "sgd"), Registered.ids(Registered.optimizers()));
    }

    @Test
    void idsAreLowerCaseAndUniqueAcrossAllKinds() {
        Set<String> seen = new HashSet<>();
        for (Plugin p : Registered.all()) {
            assertTrue(p.id().matches("[a-z0-9]+(-[a-z0-9]+)*"), "id not lower-case words: '" + p.id() + "'");
            assertTrue(seen.add(p.id()), "duplicate id " + p.id());
            assertFalse(p.displayName().isBlank(), p.id() + " has no display name");
        }
    }

    @Test
    void hyperparametersAreWellFormedWithDefaultsInRange() {
        for (Plugin p : Registered.all()) {
            Set<String> keys = new HashSet<>();
            for (Hyperparameter h : p.hyperparameters()) {
                assertTrue(keys.add(h.key()), p.id() + ": duplicate key " + h.key());
                assertTrue(h.min() < h.max(), p.id() + "." + h.key() + ": empty range");
                assertTrue(h.allows(h.defaultValue()), p.id() + "." + h.key() + ": default outside range");
            }
        }
    }

    @Test
    void configuringWithDefaultsOrExtremesGivesAWorkingInstanceOfTheSameKind() {
        for (Plugin p : Registered.all()) {
            List<Hyperparameter> declared = p.hyperparameters();
            Plugin defaults = p.configure(Parameters.of(declared, Map.of()));
            assertNotNull(defaults);
            assertEquals(p.getClass(), defaults.getClass());
            assertEquals(p.id(), defaults.id());
            for (Hyperparameter h : declared) {
                for (double extreme : new double[] {h.min(), h.max()}) {
                    Plugin configured = p.configure(Parameters.of(declared, Map.of(h.key(), extreme)));
                    assertTrue(configured.toString().contains(h.key() + "="),
                            p.id() + ": toString should show " + h.key() + " but was " + configured);
                }
            }
        }
    }

    @Test
    void toStringStartsWithTheId() {
        for (Plugin p : Registered.all()) {
            assertTrue(p.toString().startsWith(p.id()), p.id() + ": toString was " + p);
        }
    }

    @Test
    void everyPluginHasAPublicNoArgConstructor() throws ReflectiveOperationException {
        for (Plugin p : Registered.all()) {
            Plugin fresh = p.getClass().getConstructor().newInstance();
            assertEquals(p.id(), fresh.id());
        }
    }
}
