package org.mlpsandbox.app.view;

import java.awt.Color;
import javax.swing.UIManager;

/**
 * Colours of three or more classes: the Okabe–Ito palette (orange, sky blue, bluish green, yellow, blue, vermillion,
 * reddish purple, black), whose colours stay distinct for colour-blind eyes. The colours come from the theme's
 * {@code MlpSandbox.class0…7} properties; a class beyond the eighth reuses them in turn. On the output plane a cell is
 * the classes' colours mixed by the network's probabilities, lightened towards the plane's neutral colour, so sure
 * regions show one clear colour and the borders between classes blend.
 */
final class ClassPalette {

    /** Okabe & Ito (2008), "Color Universal Design"; used when the theme does not set a colour. */
    private static final int[] OKABE_ITO = {0xe69f00, 0x56b4e9, 0x009e73, 0xf0e442, 0x0072b2, 0xd55e00, 0xcc79a7,
        0x000000};
    /** How far a sure cell moves from the neutral colour towards its class colour (the points stay stronger). */
    private static final double STRENGTH = 0.65;

    private ClassPalette() {
    }

    /** The colour of class {@code c}. */
    static Color color(int c) {
        int k = c % OKABE_ITO.length;
        Color themed = UIManager.getColor("MlpSandbox.class" + k);
        return themed != null ? themed : new Color(OKABE_ITO[k]);
    }

    /**
     * The plane colour of row {@code r} of {@code classes} probabilities (softmax outputs): the class colours
     * weighted by probability, moved from the neutral colour by {@link #STRENGTH}.
     */
    static int blend(double[] p, int r, int classes, Color neutral) {
        double red = 0;
        double green = 0;
        double blue = 0;
        double total = 0;
        for (int c = 0; c < classes; c++) {
            double w = Math.max(0, p[r * classes + c]);
            Color k = color(c);
            red += w * k.getRed();
            green += w * k.getGreen();
            blue += w * k.getBlue();
            total += w;
        }
        if (!(total > 0)) {
            return neutral.getRGB() & 0xffffff;
        }
        int ri = (int) Math.round(neutral.getRed() + (red / total - neutral.getRed()) * STRENGTH);
        int gi = (int) Math.round(neutral.getGreen() + (green / total - neutral.getGreen()) * STRENGTH);
        int bi = (int) Math.round(neutral.getBlue() + (blue / total - neutral.getBlue()) * STRENGTH);
        return ri << 16 | gi << 8 | bi;
    }
}
