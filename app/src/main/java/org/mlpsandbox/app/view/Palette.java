package org.mlpsandbox.app.view;

import java.awt.Color;
import javax.swing.UIManager;

/**
 * The data colours of the current theme (from the FlatLaf properties): negative / class 0, positive / class 1, and the
 * neutral middle, with a lookup table that maps a value in [-1, 1] to a colour for heat maps.
 */
public final class Palette {

    private static final int STEPS = 256;
    private static Color negative;
    private static Color positive;
    private static Color neutral;
    private static int[] table = new int[STEPS];

    static {
        refresh();
    }

    private Palette() {
    }

    static Color negative() {
        refresh();
        return negative;
    }

    static Color positive() {
        refresh();
        return positive;
    }

    static Color neutral() {
        refresh();
        return neutral;
    }

    /**
     * A colour from the table for v in [-1, 1] (clamped): negative → neutral → positive. Cheap: call {@link #refresh()}
     * once before a batch of these so a theme change is picked up.
     */
    static int rgb(double v) {
        if (Double.isNaN(v)) {
            return table[STEPS / 2];
        }
        int i = (int) Math.round((Math.max(-1, Math.min(1, v)) + 1) / 2 * (STEPS - 1));
        return table[i];
    }

    static Color color(double v) {
        refresh();
        return new Color(rgb(v));
    }

    /** Colour of class {@code c} of {@code classes}: the two palette colours for two classes, Okabe–Ito beyond. */
    static Color classColor(int c, int classes) {
        if (classes <= 2) {
            return c == 0 ? negative() : positive();
        }
        return ClassPalette.color(c);
    }

    /**
     * The theme's colour {@code key} (a FlatLaf property such as {@code MlpSandbox.good} or {@code Label.foreground}),
     * else {@code fallbackKey}'s. Read it at paint time, so a theme switch shows at once.
     */
    public static Color ui(String key, String fallbackKey) {
        Color c = UIManager.getColor(key);
        if (c == null) {
            c = UIManager.getColor(fallbackKey);
        }
        return c != null ? c : Color.GRAY;
    }

    /** {@code c} with this alpha. */
    public static Color withAlpha(Color c, int alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
    }

    /** {@code from} moved a share {@code t} in [0, 1] towards {@code to}. */
    public static Color blend(Color from, Color to, double t) {
        return new Color((int) Math.round(from.getRed() + t * (to.getRed() - from.getRed())),
                (int) Math.round(from.getGreen() + t * (to.getGreen() - from.getGreen())),
                (int) Math.round(from.getBlue() + t * (to.getBlue() - from.getBlue())));
    }

    /** Re-reads the theme's colours (cheap when unchanged). */
    static void refresh() {
        Color n = color("MlpSandbox.negative", new Color(0xf59322));
        Color p = color("MlpSandbox.positive", new Color(0x0877bd));
        Color m = color("MlpSandbox.neutral", new Color(0xf4f4f4));
        if (n.equals(negative) && p.equals(positive) && m.equals(neutral)) {
            return;
        }
        int[] t = new int[STEPS];
        for (int i = 0; i < STEPS; i++) {
            double v = (double) i / (STEPS - 1) * 2 - 1;
            t[i] = v < 0 ? mix(m, n, -v) : mix(m, p, v);
        }
        table = t;
        negative = n;
        positive = p;
        neutral = m;
    }

    private static Color color(String key, Color fallback) {
        Color c = UIManager.getColor(key);
        return c == null ? fallback : c;
    }

    /** {@code from} moved a share {@code f} towards {@code to}; heat maps stay a little lighter than the points. */
    private static int mix(Color from, Color to, double f) {
        double k = f * 0.6;
        int r = (int) Math.round(from.getRed() + (to.getRed() - from.getRed()) * k);
        int g = (int) Math.round(from.getGreen() + (to.getGreen() - from.getGreen()) * k);
        int b = (int) Math.round(from.getBlue() + (to.getBlue() - from.getBlue()) * k);
        return 0xff000000 | r << 16 | g << 8 | b;
    }
}
