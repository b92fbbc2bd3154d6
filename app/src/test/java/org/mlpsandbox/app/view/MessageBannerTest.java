package org.mlpsandbox.app.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import javax.swing.JTextArea;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The banner's two kinds: errors in the theme's error colours, notices in its accent; both readable in both themes. */
class MessageBannerTest {

    @AfterEach
    void light() throws Exception {
        Gui.run(() -> Theme.use(false));
    }

    @Test
    void aNoticeIsNotStyledAsAnErrorAndReadsWellInBothThemes() throws Exception {
        assertFalse(GraphicsEnvironment.isHeadless(), "GUI tests need a display: run them under xvfb-run -a");
        MessageBanner banner = Gui.edt(MessageBanner::new);
        for (boolean dark : new boolean[] {false, true, false}) {
            Gui.run(() -> {
                Theme.use(dark);
                SwingUtilities.updateComponentTreeUI(banner);
            });
            String theme = dark ? "dark" : "light";
            // the colours are the theme's own keys (the theme files define them), not a fallback
            for (String key : new String[] {"MlpSandbox.banner.info.background", "MlpSandbox.banner.info.foreground",
                "MlpSandbox.banner.info.accent"}) {
                assertNotNull(Gui.edt(() -> UIManager.getColor(key)), theme + ": " + key);
            }
            Gui.run(() -> banner.show("Play stopped: the test loss reached 0.05 at epoch 12", MessageBanner.Kind.INFO,
                    null, null));
            Color infoBack = Gui.edt(banner::getBackground);
            Color infoText = Gui.edt(() -> Gui.find(banner, "banner.text", JTextArea.class).getForeground());
            assertEquals(MessageBanner.Kind.INFO, Gui.edt(banner::kind));
            assertEquals(UIManager.getColor("MlpSandbox.banner.info.background"), infoBack, theme);
            assertTrue(contrast(infoText, infoBack) >= 4.5, theme + ": notice text contrast "
                    + contrast(infoText, infoBack));

            Gui.run(() -> banner.show("Training diverged", "Reset", () -> { }));
            Color errorBack = Gui.edt(banner::getBackground);
            Color errorText = Gui.edt(() -> Gui.find(banner, "banner.text", JTextArea.class).getForeground());
            assertEquals(MessageBanner.Kind.ERROR, Gui.edt(banner::kind));
            assertEquals(UIManager.getColor("MlpSandbox.banner.background"), errorBack, theme);
            assertTrue(contrast(errorText, errorBack) >= 4.5, theme + ": error text contrast");
            assertNotEquals(errorBack, infoBack, theme + ": a notice does not look like an error");
            assertTrue(redness(errorBack) > redness(infoBack), theme + ": the error is the red one");
            // dark theme: dark banners; light theme: light banners
            assertEquals(dark, luminance(infoBack) < 0.2, theme + ": notice background " + infoBack);

            // painted: the strip and the background show the notice's colours
            Gui.run(() -> banner.show("Stopped at the time limit", MessageBanner.Kind.INFO, null, null));
            BufferedImage image = Gui.edt(() -> {
                banner.setSize(400, 40);
                banner.doLayout();
                BufferedImage im = new BufferedImage(400, 40, BufferedImage.TYPE_INT_RGB);
                banner.paint(im.getGraphics());
                return im;
            });
            assertEquals(UIManager.getColor("MlpSandbox.banner.info.accent").getRGB() | 0xff000000,
                    image.getRGB(1, 20), theme + ": the accent strip");
            assertEquals(infoBack.getRGB() | 0xff000000, image.getRGB(200, 3), theme + ": the background");
        }
    }

    /** WCAG contrast ratio. */
    private static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * channel(c.getRed()) + 0.7152 * channel(c.getGreen()) + 0.0722 * channel(c.getBlue());
    }

    private static double channel(int v) {
        double s = v / 255.0;
        return s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    }

    private static double redness(Color c) {
        return c.getRed() - (c.getGreen() + c.getBlue()) / 2.0;
    }
}
