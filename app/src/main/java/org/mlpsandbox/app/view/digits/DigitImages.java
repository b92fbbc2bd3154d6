package org.mlpsandbox.app.view.digits;

import java.awt.image.BufferedImage;

/** Turns 784 pixel values in [0, 1] into a 28 × 28 image: dark ink on white, as on paper. */
final class DigitImages {

    private DigitImages() {
    }

    static BufferedImage image(double[] pixels, int offset) {
        BufferedImage image = new BufferedImage(28, 28, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 28; y++) {
            for (int x = 0; x < 28; x++) {
                double v = Math.max(0, Math.min(1, pixels[offset + y * 28 + x]));
                int grey = (int) Math.round(255 * (1 - v));
                int blueish = Math.min(255, grey + (int) (20 * (1 - v)));
                image.setRGB(x, y, (grey << 16) | (grey << 8) | Math.min(255, blueish));
            }
        }
        return image;
    }
}
