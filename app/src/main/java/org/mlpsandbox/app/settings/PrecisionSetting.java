package org.mlpsandbox.app.settings;

import java.util.prefs.Preferences;
import org.mlpsandbox.engine.math.Kernels;
import org.mlpsandbox.engine.math.Precision;

/**
 * The user's choice of precision for the large matrix products (Training → Fast float32 products), remembered between
 * runs. The engine reads the precision from {@value Kernels#PRECISION_PROPERTY}; at start-up the saved choice becomes
 * that property, unless the command line set it ({@code -Dmlpsandbox.precision=float32}), which then wins for that run
 * without changing what is saved.
 */
public final class PrecisionSetting {

    static final String KEY = "precision";

    private final Preferences preferences;

    /** @param preferences where the choice is kept (a test passes its own node) */
    public PrecisionSetting(Preferences preferences) {
        this.preferences = preferences;
    }

    /** The user's setting (kept where {@link UserSettings} says). */
    public static PrecisionSetting forUser() {
        return new PrecisionSetting(UserSettings.node("kernels"));
    }

    /** The saved precision; float64 when nothing (or something unreadable) is saved. */
    public Precision saved() {
        try {
            return Precision.parse(preferences.get(KEY, Precision.FLOAT64.label()));
        } catch (IllegalArgumentException e) {
            return Precision.FLOAT64;
        }
    }

    public void save(Precision precision) {
        preferences.put(KEY, precision.label());
    }

    /**
     * Makes the saved choice the process's precision, unless the command line already chose one. Call once, before
     * the first trainer is made. A value the engine does not know is dropped with a one-line warning on
     * {@code warnings}, and the saved choice applies.
     *
     * @return whether the saved choice was applied (false: the command line's precision stays)
     */
    public boolean applyAtStartup(java.io.PrintStream warnings) {
        String given = System.getProperty(Kernels.PRECISION_PROPERTY);
        if (given != null && !given.isBlank()) {
            try {
                Precision.parse(given);
                return false;
            } catch (IllegalArgumentException e) {
                warnings.println("MLP Sandbox: -D" + Kernels.PRECISION_PROPERTY + " ignored: " + e.getMessage());
                System.clearProperty(Kernels.PRECISION_PROPERTY);
            }
        }
        if (saved() == Precision.FLOAT32) {
            System.setProperty(Kernels.PRECISION_PROPERTY, Precision.FLOAT32.label());
        }
        return true;
    }
}
