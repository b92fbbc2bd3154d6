package org.mlpsandbox.app.view.digits;

import java.awt.image.BufferedImage;
import org.mlpsandbox.app.view.Palette;

/** Turns 784 pixel values in [0, 1] into a 28 × 28 image: the theme's ink on its paper. */
final class DigitImages {

    private DigitImages() {
    }

    static BufferedImage image(double[] pixels, int offset) {
        BufferedImage image = new BufferedImage(28, 28, BufferedImage.TYPE_INT_RGB);
        java.awt.Color paper = Palette.ui("MlpSandbox.ink.background", "TextField.background");
        java.awt.Color ink = Palette.ui("MlpSandbox.ink.foreground", "TextField.foreground");
        for (int y = 0; y < 28; y++) {
            for (int x = 0; x < 28; x++) {
                double v = Math.max(0, Math.min(1, pixels[offset + y * 28 + x]));
                image.setRGB(x, y, Palette.blend(paper, ink, v).getRGB());
            }
        }
        return image;
    }
}
