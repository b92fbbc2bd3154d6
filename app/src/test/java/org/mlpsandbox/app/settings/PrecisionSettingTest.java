package org.mlpsandbox.app.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlpsandbox.engine.math.Kernels;
import org.mlpsandbox.engine.math.Precision;

/**
 * The saved precision: float64 until chosen, round-trips through a preferences file, and yields to the command line
 * (unless the command line's value is unknown).
 */
class PrecisionSettingTest {

    private String oldPrecision;

    @BeforeEach
    void keepProperty() {
        oldPrecision = System.getProperty(Kernels.PRECISION_PROPERTY);
        System.clearProperty(Kernels.PRECISION_PROPERTY);
    }

    @AfterEach
    void restoreProperty() {
        if (oldPrecision == null) {
            System.clearProperty(Kernels.PRECISION_PROPERTY);
        } else {
            System.setProperty(Kernels.PRECISION_PROPERTY, oldPrecision);
        }
    }

    @Test
    void float64UntilChosenThenRememberedInThePreferencesFile(@TempDir Path dir) {
        Path file = dir.resolve("preferences.properties");
        PrecisionSetting setting = new PrecisionSetting(new FilePreferences(file).node("kernels"));
        assertEquals(Precision.FLOAT64, setting.saved());
        setting.save(Precision.FLOAT32);
        PrecisionSetting reopened = new PrecisionSetting(new FilePreferences(file).node("kernels"));
        assertEquals(Precision.FLOAT32, reopened.saved(), "a second start reads what the first saved");
        reopened.save(Precision.FLOAT64);
        assertEquals(Precision.FLOAT64, new PrecisionSetting(new FilePreferences(file).node("kernels")).saved());
    }

    @Test
    void anUnreadableValueCountsAsFloat64() {
        Preferences node = new MemoryPreferences();
        node.put(PrecisionSetting.KEY, "half");
        assertEquals(Precision.FLOAT64, new PrecisionSetting(node).saved());
    }

    @Test
    void theSavedChoiceBecomesTheProcesssPrecisionAtStartup() {
        Preferences node = new MemoryPreferences();
        PrecisionSetting setting = new PrecisionSetting(node);
        assertTrue(setting.applyAtStartup(System.err));
        assertNull(System.getProperty(Kernels.PRECISION_PROPERTY), "float64 is the engine's default: nothing set");
        setting.save(Precision.FLOAT32);
        assertTrue(setting.applyAtStartup(System.err));
        assertEquals("float32", System.getProperty(Kernels.PRECISION_PROPERTY));
        assertEquals(Precision.FLOAT32, Kernels.precision());
    }

    @Test
    void aPrecisionGivenOnTheCommandLineWinsAndIsNotSaved() {
        Preferences node = new MemoryPreferences();
        PrecisionSetting setting = new PrecisionSetting(node);
        setting.save(Precision.FLOAT32);
        System.setProperty(Kernels.PRECISION_PROPERTY, "float64"); // java -Dmlpsandbox.precision=float64 -jar …
        assertFalse(setting.applyAtStartup(System.err));
        assertEquals(Precision.FLOAT64, Kernels.precision());
        assertEquals(Precision.FLOAT32, setting.saved(), "the saved choice stays for the next start");
    }

    @Test
    void anUnknownValueOnTheCommandLineIsDroppedWithOneLine() {
        PrecisionSetting setting = new PrecisionSetting(new MemoryPreferences());
        setting.save(Precision.FLOAT32);
        System.setProperty(Kernels.PRECISION_PROPERTY, "half");
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        assertTrue(setting.applyAtStartup(new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8)));
        assertEquals("MLP Sandbox: -Dmlpsandbox.precision ignored: unknown precision 'half': use float64 or float32\n",
                err.toString(java.nio.charset.StandardCharsets.UTF_8).replace("\r", ""));
        assertEquals(Precision.FLOAT32, Kernels.precision(), "the saved choice applies");
    }
}
