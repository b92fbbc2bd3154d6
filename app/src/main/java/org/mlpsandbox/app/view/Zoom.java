package org.mlpsandbox.app.view;

import com.formdev.flatlaf.FlatLaf;
import java.awt.Font;
import java.util.prefs.Preferences;
import javax.swing.UIManager;
import javax.swing.plaf.FontUIResource;
import org.mlpsandbox.app.settings.UserSettings;

/**
 * How large the whole window is drawn: 100 % to 200 % in quarter steps, remembered between runs. Presentation mode
 * is {@value #PRESENTATION}×, for a projector at the back of a classroom.
 *
 * <p>It is FlatLaf's own UI scale, changed at run time the way FlatLaf documents it: a larger {@code defaultFont} in
 * the {@link UIManager} (every FlatLaf font derives from it, and FlatLaf's user scale factor, which sizes insets,
 * gaps, borders and icons, follows it), then {@link FlatLaf#updateUI()}. MigLayout reads FlatLaf's scale factor
 * ({@code laf.scaleFactor}) for its own units, so the panels' columns and gaps widen with it. Painted views scale
 * their margins and marks with FlatLaf's {@code UIScale.scale}. The zoom is
 * the ratio of that font to the look and feel's own, so there is no state of its own to get out of step. Event thread
 * only.
 */
public final class Zoom {

    /** The smallest and the largest zoom, and the step of Ctrl+Plus / Ctrl+Minus. */
    public static final float MIN = 1f;
    public static final float MAX = 2f;
    public static final float STEP = 0.25f;
    /** Presentation mode's zoom. */
    public static final float PRESENTATION = 1.5f;

    private static final String KEY = "zoom";

    private Zoom() {
    }

    /** Applies the remembered zoom (100 % the first time); call after the look and feel is installed. */
    public static void installRemembered() {
        apply(clamp(preferences().getFloat(KEY, MIN)), false);
    }

    /** The zoom in use: 1 for 100 %. */
    public static float current() {
        Font base = baseFont();
        Font used = UIManager.getFont("defaultFont");
        if (base == null || used == null) {
            return MIN;
        }
        return Math.round(used.getSize2D() / base.getSize2D() / STEP) * STEP;
    }

    /** Zooms every open window to {@code zoom} (clamped to {@link #MIN}..{@link #MAX}) and remembers it. */
    public static void set(float zoom) {
        float z = clamp(zoom);
        apply(z, true);
        preferences().putFloat(KEY, z);
    }

    /** Zooms every open window to {@code zoom} without remembering it (the render command, tests). */
    public static void use(float zoom) {
        apply(clamp(zoom), true);
    }

    /** {@code zoom} rounded to a quarter step and kept within {@link #MIN}..{@link #MAX}. */
    public static float clamp(float zoom) {
        if (!Float.isFinite(zoom)) {
            return MIN;
        }
        return Math.max(MIN, Math.min(MAX, Math.round(zoom / STEP) * STEP));
    }

    private static void apply(float zoom, boolean update) {
        Font base = baseFont();
        if (base == null) {
            return; // not FlatLaf: nothing to scale
        }
        UIManager.put("defaultFont", zoom == MIN ? null : new FontUIResource(base.deriveFont(fontSize(base, zoom))));
        if (update) {
            FlatLaf.updateUI();
        }
    }

    /**
     * The whole point size just below {@code zoom} times the base size: FlatLaf derives its scale factor for gaps and
     * borders from the size (divided by 12, rounded to a quarter), and a size rounded up could take that a quarter
     * beyond the text's own growth.
     */
    static float fontSize(Font base, float zoom) {
        return (float) Math.floor(base.getSize2D() * zoom);
    }

    /** The look and feel's own default font, before any zoom. */
    private static Font baseFont() {
        return UIManager.getLookAndFeelDefaults().getFont("defaultFont");
    }

    private static Preferences preferences() {
        return UserSettings.node("view");
    }
}
