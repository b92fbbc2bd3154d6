package org.mlpsandbox.app.view;

import java.awt.Color;
import java.awt.Component;
import java.awt.Image;
import java.awt.image.BufferedImage;
import java.util.IdentityHashMap;
import java.util.Map;
import javax.swing.BorderFactory;
import javax.swing.ImageIcon;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.ListCellRenderer;
import javax.swing.UIManager;
import org.mlpsandbox.app.model.RunRecord;
import org.mlpsandbox.app.model.RunThumbnail;

/** A row of the runs list: thumbnail, colour swatch when overlaid, name and what differed, final loss and accuracy. */
final class RunEntryRenderer implements ListCellRenderer<RunsPanel.Entry> {

    /** The thumbnail as an image: the output view's colours, nearest-neighbour scaled to {@code side}. */
    static BufferedImage thumbnailImage(RunThumbnail t, int side) {
        BufferedImage img = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
        if (t.isEmpty()) {
            java.awt.Graphics2D g = img.createGraphics();
            g.setColor(UIManager.getColor("MlpSandbox.plotBackground") != null
                    ? UIManager.getColor("MlpSandbox.plotBackground") : Color.LIGHT_GRAY);
            g.fillRect(0, 0, side, side);
            g.dispose();
            return img;
        }
        Palette.refresh();
        BufferedImage small = new BufferedImage(t.size(), t.size(), BufferedImage.TYPE_INT_RGB);
        for (int r = 0; r < t.size(); r++) {
            for (int c = 0; c < t.size(); c++) {
                int v = t.cell(r, c);
                int rgb = t.classes() > 0 ? Palette.classColor(v, t.classes()).getRGB()
                        : Palette.rgb(2 * v / 255.0 - 1);
                small.setRGB(c, r, rgb);
            }
        }
        java.awt.Graphics2D g = img.createGraphics();
        g.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION,
                java.awt.RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(small.getScaledInstance(side, side, Image.SCALE_SMOOTH), 0, 0, null);
        g.dispose();
        return img;
    }

    private ImageIcon icon(RunRecord r) {
        return icons.computeIfAbsent(r, x -> new ImageIcon(thumbnailImage(x.thumbnail(), 44)));
    }

    private final JLabel label = new JLabel();
    private final Map<RunRecord, ImageIcon> icons = new IdentityHashMap<>();

    RunEntryRenderer() {
        label.setOpaque(true);
        label.setIconTextGap(8);
        label.setBorder(BorderFactory.createEmptyBorder(3, 4, 3, 4));
    }

    @Override
    public Component getListCellRendererComponent(JList<? extends RunsPanel.Entry> l, RunsPanel.Entry e, int index,
                                                  boolean selected, boolean focus) {
        RunRecord r = e.run();
        label.setIcon(icon(r));
        String dim = selected ? "" : " color='" + hex(UIManager.getColor("Label.disabledForeground")) + "'";
        int slot = l.getSelectedValuesList().indexOf(e);
        String swatch = slot >= 0 ? "<font color='" + hex(RunsChart.color(slot)) + "'>■</font> " : "";
        label.setText("<html>" + swatch + "<b>" + r.name() + (e.current() ? " (now)" : "") + "</b> · "
                + escape(e.differed()) + "<br><font" + dim + ">" + results(r).replace("\n", "<br>")
                + "</font></html>");
        label.setBackground(selected ? l.getSelectionBackground() : l.getBackground());
        label.setForeground(selected ? l.getSelectionForeground() : l.getForeground());
        label.setFont(l.getFont());
        return label;
    }

    /** Forgets the thumbnails of runs no longer listed (all of them after a theme change: colours differ). */
    void keepIcons(java.util.Collection<RunRecord> runs) {
        icons.keySet().retainAll(runs);
    }

    /** "2,400 steps · train loss 0.041 · acc 97.5%" and, on a second line, "test loss 0.052 · acc 96%". */
    static String results(RunRecord r) {
        StringBuilder b = new StringBuilder(String.format(java.util.Locale.ROOT, "%,d steps", r.lastStep()));
        b.append(" · train loss ").append(loss(r.finalTrainLoss()));
        if (Double.isFinite(r.trainAccuracy())) {
            b.append(" · acc ").append(percent(r.trainAccuracy()));
        }
        if (Double.isFinite(r.finalTestLoss())) {
            b.append("\ntest loss ").append(loss(r.finalTestLoss()));
            if (Double.isFinite(r.testAccuracy())) {
                b.append(" · acc ").append(percent(r.testAccuracy()));
            }
        }
        return b.toString();
    }

    private static String loss(double v) {
        return Double.isFinite(v) ? RunRecord.number(new java.math.BigDecimal(v).round(new java.math.MathContext(3))
                .doubleValue()) : "–";
    }

    private static String percent(double v) {
        double p = 100 * v;
        return String.format(java.util.Locale.ROOT, p == Math.rint(p) ? "%.0f%%" : "%.1f%%", p);
    }

    private static String hex(Color c) {
        return c == null ? "#888888" : String.format("#%06x", c.getRGB() & 0xffffff);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
