package org.mlpsandbox.app.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mlpsandbox.api.Hyperparameter;

/** The control for a hyperparameter follows its declared kind, not a guess from its range. */
class ParameterFieldsTest {

    @Test
    void aRealFromZeroToOneIsASpinnerAndAFlagIsACheckBox() {
        // before kinds, a range [0, 1] with default 0 was taken for a flag
        assertFalse(ParameterFields.isFlag(Hyperparameter.real("momentum", "Momentum", 0, 0, 1)));
        assertFalse(ParameterFields.isFlag(new Hyperparameter("momentum", "Momentum", 0, 0, 1)));
        assertTrue(ParameterFields.isFlag(Hyperparameter.flag("nesterov", "Nesterov", false)));
    }

    @Test
    void anIntegerStepsByOneWhateverItsRange() {
        assertEquals(1, ParameterFields.step(Hyperparameter.integer("k", "Neighbours", 3, 1, 5)));
        assertEquals(0.01, ParameterFields.step(Hyperparameter.real("a", "Slope", 0.5, 0, 1)));
    }
}
