package org.mlpsandbox.app.view.render;

import com.formdev.flatlaf.util.Graphics2DProxy;
import java.awt.Component;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.font.GlyphVector;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.text.AttributedCharacterIterator;
import java.util.ArrayList;
import java.util.List;

/**
 * The text (and the round marks: neurons, data points) a component paints, where it lands on screen: found by
 * printing the component through a {@link Graphics2D} that passes every call on to an image and notes each string with
 * its ink bounds (the glyphs' visual bounds, clipped as they are drawn) in the component's coordinates.
 */
final class PaintedText {

    /** A string as drawn, the part of its ink that is not clipped away, and all of its ink. */
    record Text(String text, Rectangle2D bounds, Rectangle2D whole) {
    }

    private final List<Text> texts = new ArrayList<>();
    private final List<Rectangle2D> dots = new ArrayList<>();

    private PaintedText() {
    }

    /** Prints {@code c} (and its children) and returns what it drew. Event thread. */
    static PaintedText of(Component c) {
        PaintedText found = new PaintedText();
        BufferedImage scratch = new BufferedImage(Math.max(1, c.getWidth()), Math.max(1, c.getHeight()),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = scratch.createGraphics();
        g.setClip(0, 0, c.getWidth(), c.getHeight());
        c.printAll(found.new Recorder(g));
        g.dispose();
        return found;
    }

    List<Text> texts() {
        return texts;
    }

    /** Filled circles and ellipses at least 6 px across. */
    List<Rectangle2D> dots() {
        return dots;
    }

    /** Passes everything on and notes strings and filled ellipses in device (component) coordinates. */
    private final class Recorder extends Graphics2DProxy {
        private final Graphics2D target;

        Recorder(Graphics2D target) {
            super(target);
            this.target = target;
        }

        @Override
        public Graphics create() {
            return new Recorder((Graphics2D) target.create());
        }

        @Override
        public Graphics create(int x, int y, int width, int height) {
            return new Recorder((Graphics2D) target.create(x, y, width, height));
        }

        @Override
        public void drawString(String s, int x, int y) {
            note(s, x, y);
            super.drawString(s, x, y);
        }

        @Override
        public void drawString(String s, float x, float y) {
            note(s, x, y);
            super.drawString(s, x, y);
        }

        @Override
        public void drawChars(char[] data, int offset, int length, int x, int y) {
            note(new String(data, offset, length), x, y);
            super.drawChars(data, offset, length, x, y);
        }

        @Override
        public void drawString(AttributedCharacterIterator it, float x, float y) {
            StringBuilder s = new StringBuilder();
            for (char ch = it.first(); ch != AttributedCharacterIterator.DONE; ch = it.next()) {
                s.append(ch);
            }
            it.first();
            note(s.toString(), x, y);
            super.drawString(it, x, y);
        }

        @Override
        public void drawString(AttributedCharacterIterator it, int x, int y) {
            drawString(it, (float) x, (float) y);
        }

        @Override
        public void drawGlyphVector(GlyphVector gv, float x, float y) {
            StringBuilder s = new StringBuilder(); // the glyphs' characters are not known: note the ink alone
            noteBounds(s.toString(), gv.getVisualBounds(), x, y);
            super.drawGlyphVector(gv, x, y);
        }

        @Override
        public void fill(Shape shape) {
            if (shape instanceof Ellipse2D e && e.getWidth() >= 6 && e.getHeight() >= 6) {
                Rectangle2D r = visible(e.getBounds2D());
                if (r != null) {
                    dots.add(r);
                }
            }
            super.fill(shape);
        }

        private void note(String s, float x, float y) {
            if (s == null || s.isBlank()) {
                return;
            }
            GlyphVector gv = getFont().createGlyphVector(getFontRenderContext(), s);
            noteBounds(s, gv.getVisualBounds(), x, y);
        }

        private void noteBounds(String s, Rectangle2D ink, float x, float y) {
            Rectangle2D at = new Rectangle2D.Double(ink.getX() + x, ink.getY() + y, ink.getWidth(), ink.getHeight());
            Rectangle2D r = visible(at);
            if (r != null) {
                texts.add(new Text(s, r, target.getTransform().createTransformedShape(at).getBounds2D()));
            }
        }

        /** {@code r} (user space) on the device, within the clip; null when clipped away. */
        private Rectangle2D visible(Rectangle2D r) {
            Rectangle2D device = target.getTransform().createTransformedShape(r).getBounds2D();
            Shape clip = target.getClip();
            if (clip != null) {
                Rectangle2D c = target.getTransform().createTransformedShape(clip).getBounds2D();
                device = device.createIntersection(c);
            }
            return device.isEmpty() ? null : device;
        }
    }
}
