package org.mlpsandbox.app.view;

import java.awt.Component;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

/** For tests: painting a component at a size into an image, as a shown window would (no display needed). */
public final class Painting {

    private Painting() {
    }

    /** Sizes {@code c} to {@code width × height} and paints it into a new image, which it returns. */
    public static BufferedImage at(Component c, int width, int height) {
        c.setSize(width, height);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        c.paint(g);
        g.dispose();
        return image;
    }
}
