package org.mlpsandbox.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ParametersTest {

    private static final List<Hyperparameter> DECLARED = List.of(
            new Hyperparameter("alpha", "Slope", 0.01, 0, 1), Hyperparameter.flag("nesterov", "Nesterov", false));

    @Test
    void defaultsAreFilledInAndChosenValuesWin() {
        Parameters p = Parameters.of(DECLARED, Map.of("alpha", 0.2));
        assertEquals(0.2, p.get("alpha"));
        assertEquals(false, p.flag("nesterov"));
        assertEquals(List.of("alpha", "nesterov"), List.copyOf(p.asMap().keySet()));
    }

    @Test
    void unknownKeyOutOfRangeAndMissingValueAreNamed() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> Parameters.of(DECLARED, Map.of("beta", 1.0)));
        assertTrue(unknown.getMessage().contains("'beta'") && unknown.getMessage().contains("alpha, nesterov"));
        IllegalArgumentException range = assertThrows(IllegalArgumentException.class,
                () -> Parameters.of(DECLARED, Map.of("alpha", 2.0)));
        assertTrue(range.getMessage().contains("'alpha'") && range.getMessage().contains("[0.0, 1.0]"));
        Map<String, Double> withNull = new HashMap<>();
        withNull.put("alpha", null);
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> Parameters.of(DECLARED, withNull));
        assertTrue(missing.getMessage().contains("'alpha' has no value"));
        assertThrows(IllegalArgumentException.class, () -> Parameters.none().get("alpha"));
    }

    @Test
    void aHyperparameterChecksItsOwnRange() {
        assertThrows(IllegalArgumentException.class, () -> new Hyperparameter("a", "A", 2, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new Hyperparameter("a", "A", 0, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> new Hyperparameter("a", "A", 0, 0, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> new Hyperparameter(" ", "A", 0, 0, 1));
        assertEquals("a", new Hyperparameter("a", null, 0, 0, 1).label());
    }

    @Test
    void aHyperparametersKindIsExplicitAndCheckedAndTheOldConstructorDeclaresAReal() {
        assertEquals(Hyperparameter.Kind.REAL, new Hyperparameter("a", "A", 0.5, 0, 1).kind());
        assertEquals(Hyperparameter.Kind.FLAG, Hyperparameter.flag("n", "N", true).kind());
        Hyperparameter steps = Hyperparameter.integer("steps", "Steps", 3, 1, 10);
        assertEquals(Hyperparameter.Kind.INTEGER, steps.kind());
        assertTrue(steps.allows(4));
        assertTrue(!steps.allows(4.5));
        IllegalArgumentException half = assertThrows(IllegalArgumentException.class,
                () -> Parameters.of(List.of(steps), Map.of("steps", 2.5)));
        assertTrue(half.getMessage().contains("whole numbers"), half.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> new Hyperparameter("f", "F", 0, 0, 2, Hyperparameter.Kind.FLAG));
        assertThrows(IllegalArgumentException.class,
                () -> new Hyperparameter("i", "I", 0.5, 0, 2, Hyperparameter.Kind.INTEGER));
    }
}
