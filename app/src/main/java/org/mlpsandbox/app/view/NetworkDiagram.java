package org.mlpsandbox.app.view;

import com.formdev.flatlaf.util.UIScale;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Point;
import java.awt.RenderingHints;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.awt.geom.Line2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.swing.JComponent;
import javax.swing.UIManager;
import org.mlpsandbox.app.model.Feature;
import org.mlpsandbox.app.model.InputMapping;
import org.mlpsandbox.app.model.SandboxModel;
import org.mlpsandbox.app.model.WeightEdits.Target;
import org.mlpsandbox.engine.net.DenseLayer;
import org.mlpsandbox.engine.net.Network;
import org.mlpsandbox.engine.train.TrainingSession.Snapshot;

/**
 * The network drawn as it learns: one column per layer, neurons as tiles, edges coloured by the weight's sign
 * (blue positive, orange negative) and as thick as its size. For 2-D data each tile shows that neuron's output over
 * the input plane. Hovering a neuron shows its bias, its parameter count and a larger map; hovering an edge shows its
 * weight. Columns line up with {@link NetworkPanel}'s layer controls (equal widths).
 */
final class NetworkDiagram extends JComponent {

    private static final int MAX_SHOWN = 24;

    private final SandboxModel model;
    private final NeuronMaps maps = new NeuronMaps(MAX_SHOWN);
    private Network network;
    private Point mouse;
    private long version = -1;

    NetworkDiagram(SandboxModel model) {
        this.model = model;
        setName("networkDiagram");
        MouseAdapter hover = new MouseAdapter() {
            @Override
            public void mouseMoved(MouseEvent e) {
                mouse = e.getPoint();
                setCursor(java.awt.Cursor.getPredefinedCursor(hitAt(mouse).isPresent() ? java.awt.Cursor.HAND_CURSOR
                        : java.awt.Cursor.DEFAULT_CURSOR));
                repaint();
            }

            @Override
            public void mouseClicked(MouseEvent e) {
                if (javax.swing.SwingUtilities.isLeftMouseButton(e) && e.getClickCount() == 1) {
                    editAt(e.getPoint());
                }
            }

            @Override
            public void mouseExited(MouseEvent e) {
                mouse = null;
                repaint();
            }
        };
        addMouseListener(hover);
        addMouseMotionListener(hover);
        model.addListener(c -> {
            version = -1;
            repaint();
        });
    }

    /** 560×360 at 100 %, larger with the zoom. */
    @Override
    public Dimension getPreferredSize() {
        return isPreferredSizeSet() ? super.getPreferredSize()
                : com.formdev.flatlaf.util.UIScale.scale(new Dimension(560, 360));
    }

    /** 200×100 at 100 %, larger with the zoom: small tiles, but a whole diagram under a lesson's text. */
    @Override
    public Dimension getMinimumSize() {
        return isMinimumSizeSet() ? super.getMinimumSize()
                : com.formdev.flatlaf.util.UIScale.scale(new Dimension(200, 100));
    }

    /**
     * Where the neurons and edges are drawn now (this size, this zoom, this network's shape): the one source for
     * painting and for finding what the mouse is on.
     */
    DiagramGeometry geometry() {
        FontMetrics small = getFontMetrics(smallFont());
        return DiagramGeometry.of(model.network().spec().sizes(), MAX_SHOWN, getWidth(), getHeight(),
                small.getHeight() + Math.round(UIScale.getUserScaleFactor() * 2)); // room for "+760 more"
    }

    /** The L&F font, a little smaller and zoomed: input names and "+760 more". */
    private java.awt.Font smallFont() {
        return getFont().deriveFont(getFont().getSize2D() - UIScale.getUserScaleFactor() * 2);
    }

    @Override
    public void updateUI() {
        super.updateUI();
        version = -1;
        network = null;
    }

    /** Takes the snapshot's network copy and recomputes the neuron maps when it is new. */
    void update(Snapshot s) {
        if (s.version() == version && s.network() == network) {
            return;
        }
        version = s.version();
        network = s.network();
        maps.render(network, model.data().rawData(), model.data().inputMapping(), model.data().plane());
        repaint();
    }

    @Override
    protected void paintComponent(Graphics g0) {
        Graphics2D g = (Graphics2D) g0.create();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            int[] sizes = model.network().spec().sizes();
            DiagramGeometry geometry = geometry();
            paintEdges(g, sizes, geometry);
            paintNodes(g, sizes, geometry);
            paintHover(g, sizes, geometry);
        } finally {
            g.dispose();
        }
    }

    private boolean live(int[] sizes) {
        if (network == null || network.layerCount() != sizes.length - 1 || network.inputs() != sizes[0]) {
            return false;
        }
        for (int l = 0; l < network.layerCount(); l++) {
            if (network.layer(l).outputs() != sizes[l + 1]) {
                return false;
            }
        }
        return true;
    }

    private void paintEdges(Graphics2D g, int[] sizes, DiagramGeometry geometry) {
        boolean live = live(sizes);
        double maxAbs = 1e-9;
        if (live) {
            for (DenseLayer layer : network.layers()) {
                for (double w : layer.weights()) {
                    maxAbs = Math.max(maxAbs, Math.abs(w));
                }
            }
        }
        Color pos = Palette.positive();
        Color neg = Palette.negative();
        Color idle = UIManager.getColor("Separator.foreground");
        for (int col = 1; col < sizes.length; col++) {
            int shownIn = Math.min(sizes[col - 1], MAX_SHOWN);
            int shownOut = Math.min(sizes[col], MAX_SHOWN);
            for (int j = 0; j < shownOut; j++) {
                DiagramGeometry.Tile to = geometry.tile(col, j);
                for (int i = 0; i < shownIn; i++) {
                    Line2D.Double line = DiagramGeometry.line(geometry.tile(col - 1, i), to);
                    if (live) {
                        double w = network.layer(col - 1).weight(j, i);
                        double k = Math.min(1, Math.abs(w) / maxAbs);
                        Color c = w >= 0 ? pos : neg;
                        g.setColor(new Color(c.getRed(), c.getGreen(), c.getBlue(), (int) (60 + 195 * k)));
                        g.setStroke(new BasicStroke(geometry.scaled(0.6 + 4.4 * k)));
                    } else {
                        g.setColor(idle);
                        g.setStroke(new BasicStroke(geometry.scaled(0.8)));
                    }
                    g.draw(line);
                }
            }
        }
    }

    private void paintNodes(Graphics2D g, int[] sizes, DiagramGeometry geometry) {
        Color border = UIManager.getColor("MlpSandbox.node.border");
        Color fill = UIManager.getColor("MlpSandbox.neutral");
        Font small = smallFont();
        g.setFont(small);
        FontMetrics fm = g.getFontMetrics();
        List<String> inputNames = inputNames(sizes[0]);
        float arc = geometry.scaled(6);
        for (DiagramGeometry.Tile n : geometry.tiles()) {
            RoundRectangle2D.Double tile = new RoundRectangle2D.Double(n.x() - n.size() / 2, n.y() - n.size() / 2,
                    n.size(), n.size(), arc, arc);
            BufferedImage img = live(sizes) ? maps.get(n.column(), n.index()) : null;
            if (img != null) {
                Graphics2D gi = (Graphics2D) g.create();
                gi.clip(tile);
                gi.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
                gi.drawImage(img, (int) tile.x, (int) tile.y, (int) tile.width, (int) tile.height, null);
                gi.dispose();
            } else {
                g.setColor(fill);
                g.fill(tile);
            }
            g.setColor(border);
            g.setStroke(new BasicStroke(geometry.scaled(1)));
            g.draw(tile);
            if (n.column() == 0 && n.index() < inputNames.size()) {
                String s = inputNames.get(n.index());
                g.setColor(UIManager.getColor("Label.foreground"));
                g.drawString(s, (float) (n.x() - n.size() / 2 - geometry.scaled(6) - fm.stringWidth(s)),
                        (float) (n.y() + fm.getAscent() / 2.0 - 1));
            }
        }
        g.setColor(UIManager.getColor("Label.disabledForeground"));
        for (int col = 0; col < sizes.length; col++) {
            if (sizes[col] > MAX_SHOWN) {
                DiagramGeometry.Tile last = geometry.tile(col, MAX_SHOWN - 1);
                String s = "+" + (sizes[col] - MAX_SHOWN) + " more";
                g.drawString(s, (float) (last.x() - fm.stringWidth(s) / 2.0),
                        (float) (last.y() + last.size() / 2 + fm.getAscent() + geometry.scaled(2)));
            }
        }
    }

    private List<String> inputNames(int count) {
        List<String> names = new ArrayList<>();
        InputMapping m = model.data().inputMapping();
        if (!m.features().isEmpty()) {
            for (Feature f : Feature.values()) {
                if (m.features().contains(f)) {
                    names.add(f.label());
                }
            }
        } else if (count == 1) {
            names.add("x");
        } else if (count <= MAX_SHOWN) {
            for (int i = 0; i < count; i++) {
                names.add("x" + subscript(i + 1));
            }
        }
        return names;
    }

    private static String subscript(int n) {
        StringBuilder b = new StringBuilder();
        for (char c : Integer.toString(n).toCharArray()) {
            b.append((char) ('₀' + (c - '0')));
        }
        return b.toString();
    }

    private void paintHover(Graphics2D g, int[] sizes, DiagramGeometry geometry) {
        if (mouse == null) {
            return;
        }
        boolean live = live(sizes);
        java.util.Optional<DiagramGeometry.Tile> hovered = geometry.tileAt(mouse);
        if (hovered.isPresent()) {
            DiagramGeometry.Tile n = hovered.get();
            List<String> lines = new ArrayList<>();
            BufferedImage img = live ? maps.get(n.column(), n.index()) : null;
            if (n.column() == 0) {
                List<String> names = inputNames(sizes[0]);
                lines.add("Input " + (n.index() < names.size() ? names.get(n.index()) : "" + (n.index() + 1)));
            } else {
                boolean output = n.column() == sizes.length - 1;
                lines.add((output ? "Output" : "Layer " + n.column()) + ", neuron " + (n.index() + 1));
                if (live) {
                    lines.add(String.format("bias b = %.4f", network.layer(n.column() - 1).bias()[n.index()]));
                }
                lines.add((sizes[n.column() - 1] + 1) + " parameters (" + sizes[n.column() - 1]
                        + " weights + bias)");
                if (live) {
                    lines.add("Click to edit the bias");
                }
            }
            tooltip(g, lines, img, geometry);
            return;
        }
        if (!live) {
            return;
        }
        geometry.edgeAt(mouse).ifPresent(e -> {
            double w = network.layer(e.column() - 1).weight(e.to(), e.from());
            String target = e.column() == sizes.length - 1 ? "output " + (e.to() + 1) : "L" + e.column() + " n"
                    + (e.to() + 1);
            String source = e.column() == 1 ? inputLabel(e.from(), sizes[0])
                    : "L" + (e.column() - 1) + " n" + (e.from() + 1);
            tooltip(g, List.of(String.format("weight w = %.4f", w), source + " → " + target, "Click to edit"), null,
                    geometry);
        });
    }

    // ---------------------------------------------------------------- editing a weight by hand

    /**
     * The parameter under {@code p}: a neuron's bias or the nearest edge's weight within a few pixels (more at a
     * larger UI zoom); empty when the diagram does not show the current run's network.
     */
    Optional<Target> hitAt(Point p) {
        int[] sizes = model.network().spec().sizes();
        if (!live(sizes)) {
            return Optional.empty();
        }
        List<DiagramHits.Tile> tiles = new ArrayList<>();
        for (DiagramGeometry.Tile n : geometry().tiles()) { // where the tiles are painted, at this zoom
            tiles.add(new DiagramHits.Tile(n.column(), n.index(), n.x(), n.y(), n.size()));
        }
        return DiagramHits.find(tiles, p.x, p.y, UIScale.scale(4f));
    }

    /** Opens the {@link WeightEditor} for the parameter under {@code p}, if any. */
    Optional<WeightEditor> editAt(Point p) {
        Optional<Target> target = hitAt(p);
        if (target.isEmpty()) {
            return Optional.empty();
        }
        mouse = null;
        repaint();
        return WeightEditor.open(this, model, target.get(), title(target.get()), p.x, p.y);
    }

    /** "Weight x₁ → L1 n2", "Bias of output 1". */
    private String title(Target t) {
        int[] sizes = model.network().spec().sizes();
        int col = t.layer() + 1;
        String neuron = col == sizes.length - 1 ? "output " + (t.neuron() + 1) : "L" + col + " n" + (t.neuron() + 1);
        if (t.isBias()) {
            return "Bias of " + neuron;
        }
        String source = col == 1 ? inputLabel(t.input(), sizes[0]) : "L" + (col - 1) + " n" + (t.input() + 1);
        return "Weight " + source + " → " + neuron;
    }

    private String inputLabel(int i, int count) {
        List<String> names = inputNames(count);
        return i < names.size() ? names.get(i) : "input " + (i + 1);
    }

    private void tooltip(Graphics2D g, List<String> lines, BufferedImage img, DiagramGeometry geometry) {
        g.setFont(getFont());
        FontMetrics fm = g.getFontMetrics();
        int w = 0;
        for (String s : lines) {
            w = Math.max(w, fm.stringWidth(s));
        }
        int big = img != null ? Math.round(geometry.scaled(110)) : 0;
        w = Math.max(w, big) + 16;
        int h = lines.size() * fm.getHeight() + 12 + (img != null ? big + 6 : 0);
        int x = Math.min(mouse.x + 14, getWidth() - w - 2);
        int y = Math.min(mouse.y + 14, getHeight() - h - 2);
        if (x < 2) {
            x = 2;
        }
        if (y < 2) {
            y = 2;
        }
        g.setColor(UIManager.getColor("ToolTip.background"));
        g.fillRoundRect(x, y, w, h, 10, 10);
        g.setColor(UIManager.getColor("MlpSandbox.node.border"));
        g.drawRoundRect(x, y, w, h, 10, 10);
        g.setColor(UIManager.getColor("ToolTip.foreground"));
        int ty = y + 6 + fm.getAscent();
        for (String s : lines) {
            g.drawString(s, x + 8, ty);
            ty += fm.getHeight();
        }
        if (img != null) {
            Graphics2D gi = (Graphics2D) g.create();
            gi.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            gi.drawImage(img, x + 8, ty - fm.getAscent() + 4, big, big, null);
            gi.dispose();
        }
    }
}
