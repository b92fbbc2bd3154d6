package org.mlpsandbox.app.view.digits;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.Scrollable;
import javax.swing.SwingConstants;
import org.mlpsandbox.engine.data.Dataset;
import org.mlpsandbox.engine.net.Network;
import org.mlpsandbox.app.view.Palette;

/** A gallery of the test digits a network gets wrong, each scaled up with "true → predicted" under it. */
public final class MisclassifiedPanel extends JPanel {

    /** At most this many digits are shown. */
    public static final int MAX_SHOWN = 120;
    static final int SCALE = 3;
    static final int TILE = 28 * SCALE + 12;

    private final JLabel header = new JLabel("No network yet");
    private final Tiles tiles = new Tiles();
    private List<DigitsEvaluation.Mistake> mistakes = List.of();
    private Dataset data;
    private java.util.function.IntConsumer pick = index -> { };

    public MisclassifiedPanel() {
        super(new BorderLayout(0, 8));
        setBorder(BorderFactory.createEmptyBorder(8, 8, 8, 8));
        header.putClientProperty("FlatLaf.style", "font: bold");
        add(header, BorderLayout.NORTH);
        JScrollPane scroll = new JScrollPane(tiles);
        scroll.getVerticalScrollBar().setUnitIncrement(TILE / 2);
        add(scroll, BorderLayout.CENTER);
        setPreferredSize(new Dimension(600, 520));
    }

    /** Evaluates a copy of {@code network} on {@code data} in the background, then shows its mistakes. */
    public void show(Network network, Dataset testData) {
        DigitsWorker.evaluate(network, testData, e -> setEvaluation(e, testData));
    }

    /** Shows the mistakes of an evaluation of {@code testData}. */
    public void setEvaluation(DigitsEvaluation evaluation, Dataset testData) {
        data = testData;
        mistakes = evaluation.misclassified();
        int shown = Math.min(MAX_SHOWN, mistakes.size());
        header.setText(mistakes.size() + " of " + evaluation.samples() + " test digits misread"
                + (shown < mistakes.size() ? " (first " + shown + " shown)" : "") + " · under each: true → read as");
        tiles.revalidate();
        tiles.repaint();
    }

    /**
     * Who is told the test index of a digit the student clicks (the digits lesson steps through backprop on it);
     * the digits say so in their tooltip.
     */
    public void setPickListener(java.util.function.IntConsumer onPick, String tooltip) {
        pick = onPick;
        tiles.setToolTipText(tooltip);
        tiles.setCursor(java.awt.Cursor.getPredefinedCursor(java.awt.Cursor.HAND_CURSOR));
    }

    /** Picks the {@code k}-th digit shown, as a click on it does. */
    public void pick(int k) {
        if (k >= 0 && k < Math.min(MAX_SHOWN, mistakes.size())) {
            pick.accept(mistakes.get(k).index());
        }
    }

    public List<DigitsEvaluation.Mistake> mistakes() {
        return mistakes;
    }

    /** The tiles, wrapping to the width of the scroll pane. */
    private final class Tiles extends JComponent implements Scrollable {

        Tiles() {
            addMouseListener(new java.awt.event.MouseAdapter() {
                @Override
                public void mouseClicked(java.awt.event.MouseEvent e) {
                    int column = e.getX() / TILE;
                    if (column < columns()) {
                        pick(e.getY() / (TILE + 14) * columns() + column);
                    }
                }
            });
        }

        private int columns() {
            return Math.max(1, (getParent() != null ? getParent().getWidth() : 600) / TILE);
        }

        @Override
        public Dimension getPreferredSize() {
            int shown = Math.min(MAX_SHOWN, mistakes.size());
            int rows = (shown + columns() - 1) / columns();
            return new Dimension(columns() * TILE, Math.max(1, rows) * (TILE + 14));
        }

        @Override
        protected void paintComponent(Graphics graphics) {
            Graphics2D g = (Graphics2D) graphics.create();
            g.setColor(Palette.ui("MlpSandbox.plotBackground", "Panel.background"));
            g.fillRect(0, 0, getWidth(), getHeight());
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            Font base = getFont() != null ? getFont() : new Font(Font.SANS_SERIF, Font.PLAIN, 12);
            g.setFont(base.deriveFont(Font.BOLD, base.getSize2D() - 1));
            int cols = columns();
            int shown = Math.min(MAX_SHOWN, mistakes.size());
            for (int k = 0; k < shown; k++) {
                DigitsEvaluation.Mistake m = mistakes.get(k);
                int x = (k % cols) * TILE + 6;
                int y = (k / cols) * (TILE + 14) + 6;
                g.drawImage(DigitImages.image(data.x(), m.index() * data.inputCount()), x, y, 28 * SCALE,
                        28 * SCALE, null);
                g.setColor(Palette.ui("MlpSandbox.node.border", "Separator.foreground"));
                g.drawRect(x - 1, y - 1, 28 * SCALE + 1, 28 * SCALE + 1);
                String label = m.actual() + " → " + m.predicted();
                int w = g.getFontMetrics().stringWidth(label);
                g.setColor(Palette.ui("Label.foreground", "Label.foreground"));
                g.drawString(String.valueOf(m.actual()), x + (28 * SCALE - w) / 2, y + 28 * SCALE + 16);
                g.setColor(Palette.ui("MlpSandbox.bad", "Label.foreground"));
                g.drawString(label.substring(String.valueOf(m.actual()).length()),
                        x + (28 * SCALE - w) / 2 + g.getFontMetrics().stringWidth(String.valueOf(m.actual())),
                        y + 28 * SCALE + 16);
            }
            g.dispose();
        }

        @Override
        public Dimension getPreferredScrollableViewportSize() {
            return new Dimension(6 * TILE, 4 * (TILE + 14));
        }

        @Override
        public int getScrollableUnitIncrement(java.awt.Rectangle r, int orientation, int direction) {
            return TILE / 2;
        }

        @Override
        public int getScrollableBlockIncrement(java.awt.Rectangle r, int orientation, int direction) {
            return orientation == SwingConstants.VERTICAL ? r.height : r.width;
        }

        @Override
        public boolean getScrollableTracksViewportWidth() {
            return true;
        }

        @Override
        public boolean getScrollableTracksViewportHeight() {
            return false;
        }
    }
}
