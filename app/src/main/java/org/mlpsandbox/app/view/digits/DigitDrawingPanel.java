package org.mlpsandbox.app.view.digits;

import org.mlpsandbox.app.view.DrawingGuard;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Cursor;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.awt.image.BufferedImage;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;
import org.mlpsandbox.engine.math.Vectors;
import org.mlpsandbox.engine.net.Network;
import org.mlpsandbox.app.format.Numbers;
import org.mlpsandbox.app.view.Palette;

/**
 * Draw a digit with the mouse and watch a network read it: a canvas with a thick brush and a Clear button, the
 * 28 × 28 image the network sees (scaled and centred like MNIST by {@link DigitSketch}), and the network's ten outputs
 * as bars, updated while drawing. Uses its own copy of the network.
 */
public final class DigitDrawingPanel extends JPanel {

    static final int CANVAS = 224; // small enough for the main window's output area, beside the bars

    private final DigitSketch sketch = new DigitSketch(CANVAS);
    private final Canvas canvas = new Canvas();
    private final Preview preview = new Preview();
    private final Bars bars = new Bars();
    private final JLabel answer = new JLabel(" ");
    /** The reading of a drawing runs plugin code: under the plugins' time limit. */
    private final DrawingGuard guard = new DrawingGuard();
    private Network network;
    private double[] outputs = new double[10];

    public DigitDrawingPanel() {
        // fits the main window's output area (about 440 × 300 pixels): Clear beside the hint, the 28 × 28 preview
        // under the bars, and the bars shrink before the canvas does
        super(new MigLayout("insets 4 8 2 8, gap 8 4", "[" + CANVAS + "!]12[100:320,grow,fill]", "[][" + CANVAS + "!]"));
        JLabel hint = new JLabel("Draw a digit here");
        hint.putClientProperty("FlatLaf.style", "font: bold");
        answer.putClientProperty("FlatLaf.style", "font: +3 bold");
        JButton clear = new JButton("Clear");
        clear.addActionListener(e -> clear());
        add(hint, "split 2");
        add(clear, "gapleft push");
        add(answer, "wmin 0, wrap");
        add(canvas, "grow");
        JPanel side = new JPanel(new MigLayout("insets 0, wrap 1, gap 4", "[grow,fill]", "[grow,fill][60!]"));
        JPanel seen = new JPanel(new MigLayout("insets 0", "[][]"));
        JLabel sees = new JLabel("It sees:");
        sees.setToolTipText("What the network sees: your drawing scaled and centred to 28 × 28 like MNIST");
        seen.add(sees);
        seen.add(preview);
        side.add(bars, "grow, wmin 0, hmin 0");
        side.add(seen, "wmin 0");
        add(side, "grow, wmin 0, hmax " + CANVAS);
    }

    /** A panel reading with a copy of {@code network}. */
    public DigitDrawingPanel(Network network) {
        this();
        setNetwork(network);
    }

    /** Reads with a copy of {@code network} (784 inputs), taken now; {@code null} for none. */
    public void setNetwork(Network network) {
        if (network != null && network.inputs() != DigitSketch.SIDE * DigitSketch.SIDE) {
            throw new IllegalArgumentException("the drawing canvas needs a network with 784 inputs, this one has "
                    + network.inputs());
        }
        this.network = network == null ? null : network.copy();
        readDrawing();
    }

    public void clear() {
        sketch.clear();
        readDrawing();
    }

    public DigitSketch sketch() {
        return sketch;
    }

    /** The network's outputs for the current drawing (zeros when blank or without a network). */
    public double[] outputs() {
        return outputs.clone();
    }

    /** Re-reads the drawing: called after every stroke. */
    public void readDrawing() {
        double[] pixels = sketch.toMnist();
        preview.image = DigitImages.image(pixels, 0);
        if (network == null || sketch.isEmpty()) {
            outputs = new double[network == null ? 10 : network.outputs()];
            answer.setText(network == null ? "No network yet" : " ");
        } else {
            double[] read = guard.predict(network, pixels, 1);
            if (read == null) { // a plugin did not answer: say which rather than freeze the window
                outputs = new double[network.outputs()];
                answer.setText(guard.stuckMessage());
            } else {
                outputs = read;
                answer.setText("It reads: " + Vectors.classOf(outputs, 0, outputs.length));
            }
        }
        canvas.repaint();
        preview.repaint();
        bars.repaint();
    }

    /** The drawing surface, mouse-driven. */
    private final class Canvas extends JComponent {
        private double lastX;
        private double lastY;

        Canvas() {
            setPreferredSize(new Dimension(CANVAS, CANVAS));
            setCursor(Cursor.getPredefinedCursor(Cursor.CROSSHAIR_CURSOR));
            MouseAdapter mouse = new MouseAdapter() {
                @Override
                public void mousePressed(MouseEvent e) {
                    lastX = e.getX();
                    lastY = e.getY();
                    sketch.dab(lastX, lastY);
                    readDrawing();
                }

                @Override
                public void mouseDragged(MouseEvent e) {
                    sketch.stroke(lastX, lastY, e.getX(), e.getY());
                    lastX = e.getX();
                    lastY = e.getY();
                    readDrawing();
                }
            };
            addMouseListener(mouse);
            addMouseMotionListener(mouse);
        }

        @Override
        protected void paintComponent(Graphics graphics) {
            BufferedImage image = new BufferedImage(CANVAS, CANVAS, BufferedImage.TYPE_INT_RGB);
            java.awt.Color paper = Palette.ui("MlpSandbox.ink.background", "TextField.background");
            java.awt.Color ink = Palette.ui("MlpSandbox.ink.foreground", "TextField.foreground");
            for (int y = 0; y < CANVAS; y++) {
                for (int x = 0; x < CANVAS; x++) {
                    image.setRGB(x, y, Palette.blend(paper, ink, sketch.ink(x, y)).getRGB());
                }
            }
            Graphics2D g = (Graphics2D) graphics.create();
            g.drawImage(image, 0, 0, null);
            g.setColor(Palette.ui("MlpSandbox.node.border", "Separator.foreground"));
            g.setStroke(new BasicStroke(1f));
            g.drawRect(0, 0, CANVAS - 1, CANVAS - 1);
            g.dispose();
        }
    }

    /** The 28 × 28 input, scaled 2×. */
    private static final class Preview extends JComponent {
        private BufferedImage image;

        Preview() {
            setPreferredSize(new Dimension(56, 56));
        }

        @Override
        protected void paintComponent(Graphics graphics) {
            if (image != null) {
                graphics.drawImage(image, 0, 0, 56, 56, null);
            }
            graphics.setColor(Palette.ui("MlpSandbox.node.border", "Separator.foreground"));
            graphics.drawRect(0, 0, 55, 55);
        }
    }

    /** One horizontal bar per output, the largest highlighted. */
    private final class Bars extends JComponent {
        Bars() {
            setPreferredSize(new Dimension(320, CANVAS - 72));
            setMinimumSize(new Dimension(100, 120));
        }

        @Override
        protected void paintComponent(Graphics graphics) {
            Graphics2D g = (Graphics2D) graphics.create();
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            Font base = getFont() != null ? getFont() : new Font(Font.SANS_SERIF, Font.PLAIN, 12);
            g.setFont(base.deriveFont(Font.BOLD));
            FontMetrics fm = g.getFontMetrics();
            int n = outputs.length;
            int rowHeight = Math.max(12, getHeight() / Math.max(1, n));
            int best = sketch.isEmpty() || network == null ? -1 : Vectors.classOf(outputs, 0, n);
            int labelWidth = 22;
            int valueWidth = 48;
            int barMax = Math.max(10, getWidth() - labelWidth - valueWidth - 8);
            for (int i = 0; i < n; i++) {
                int y = i * rowHeight;
                double v = Math.max(0, Math.min(1, outputs[i]));
                g.setColor(Palette.ui("Label.foreground", "Label.foreground"));
                g.drawString(String.valueOf(i), 4, y + (rowHeight + fm.getAscent()) / 2 - 2);
                g.setColor(Palette.ui("MlpSandbox.cell.empty", "Panel.background"));
                g.fillRoundRect(labelWidth, y + 4, barMax, rowHeight - 8, 6, 6);
                g.setColor(i == best ? Palette.ui("MlpSandbox.good", "Label.foreground")
                        : Palette.ui("MlpSandbox.positive", "Label.foreground"));
                g.fillRoundRect(labelWidth, y + 4, (int) Math.round(barMax * v), rowHeight - 8, 6, 6);
                g.setColor(Palette.ui("Label.foreground", "Label.foreground"));
                String s = Numbers.format(outputs[i], 2);
                g.drawString(s, labelWidth + barMax + 6, y + (rowHeight + fm.getAscent()) / 2 - 2);
            }
            g.dispose();
        }
    }
}
