package org.mlpsandbox.app.view.inspect;

import java.awt.Color;
import javax.swing.UIManager;

/** The theme's data colours (the same FlatLaf keys the main window uses), with fallbacks, and a diverging blend. */
final class InspectColors {

    private InspectColors() {
    }

    static Color negative() {
        return color("MlpSandbox.negative", new Color(0xf59322));
    }

    static Color positive() {
        return color("MlpSandbox.positive", new Color(0x0877bd));
    }

    static Color neutral() {
        return color("MlpSandbox.neutral", new Color(0xf4f4f4));
    }

    static Color plotBackground() {
        return color("MlpSandbox.plotBackground", UIManager.getColor("Panel.background"));
    }

    static Color grid() {
        return color("MlpSandbox.gridLine", new Color(0xe2e2e2));
    }

    static Color border() {
        return color("MlpSandbox.node.border", new Color(0x9aa3ad));
    }

    static Color warning() {
        return color("MlpSandbox.warning.foreground", new Color(0xa15c00));
    }

    static Color infoBackground() {
        return color("MlpSandbox.info.background", new Color(0xeaf2fb));
    }

    static Color accent() {
        Color c = UIManager.getColor("Component.accentColor");
        if (c == null) {
            c = UIManager.getColor("Component.focusColor");
        }
        return c != null ? c : new Color(0x2f7fd0);
    }

    static Color foreground() {
        Color c = UIManager.getColor("Label.foreground");
        return c != null ? c : Color.DARK_GRAY;
    }

    static Color muted() {
        Color c = UIManager.getColor("Label.disabledForeground");
        return c != null ? c : Color.GRAY;
    }

    /** A colour for {@code v} in [-1, 1] (clamped): negative → neutral → positive. */
    static Color diverging(double v) {
        if (Double.isNaN(v)) {
            return neutral();
        }
        double s = Math.max(-1, Math.min(1, v));
        return s < 0 ? mix(neutral(), negative(), -s) : mix(neutral(), positive(), s);
    }

    static Color mix(Color a, Color b, double t) {
        return new Color((int) Math.round(a.getRed() + (b.getRed() - a.getRed()) * t),
                (int) Math.round(a.getGreen() + (b.getGreen() - a.getGreen()) * t),
                (int) Math.round(a.getBlue() + (b.getBlue() - a.getBlue()) * t));
    }

    static Color withAlpha(Color c, int alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
    }

    private static Color color(String key, Color fallback) {
        Color c = UIManager.getColor(key);
        return c != null ? c : fallback;
    }
}
