package org.mlpsandbox.app.view;

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
import javax.swing.JComponent;
import javax.swing.UIManager;
import org.mlpsandbox.app.model.Feature;
import org.mlpsandbox.app.model.InputMapping;
import org.mlpsandbox.app.model.SandboxModel;
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
    private static final int TILE = 40;

    private final SandboxModel model;
    private final NeuronMaps maps = new NeuronMaps(MAX_SHOWN);
    private Network network;
    private final List<Node> nodes = new ArrayList<>();
    private Point mouse;
    private long version = -1;

    private record Node(int column, int index, double x, double y, double size) {
    }

    NetworkDiagram(SandboxModel model) {
        this.model = model;
        setName("networkDiagram");
        setPreferredSize(new Dimension(560, 360));
        setMinimumSize(new Dimension(200, 160));
        MouseAdapter hover = new MouseAdapter() {
            @Override
            public void mouseMoved(MouseEvent e) {
                mouse = e.getPoint();
                repaint();
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

    private double columnX(int col, int columns) {
        return (col + 0.5) * getWidth() / columns;
    }

    @Override
    protected void paintComponent(Graphics g0) {
        Graphics2D g = (Graphics2D) g0.create();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            int[] sizes = model.network().spec().sizes();
            layout(sizes);
            paintEdges(g, sizes);
            paintNodes(g, sizes);
            paintHover(g, sizes);
        } finally {
            g.dispose();
        }
    }

    private void layout(int[] sizes) {
        nodes.clear();
        int columns = sizes.length;
        int h = getHeight();
        for (int col = 0; col < columns; col++) {
            int shown = Math.min(sizes[col], MAX_SHOWN);
            double size = Math.min(TILE, Math.max(8, (h - 16.0) / shown * 0.72));
            double gap = Math.min(size * 1.45, (h - 16.0) / shown);
            double top = (h - gap * (shown - 1)) / 2;
            double x = columnX(col, columns);
            for (int j = 0; j < shown; j++) {
                nodes.add(new Node(col, j, x, top + j * gap, size));
            }
        }
    }

    private Node node(int col, int j) {
        for (Node n : nodes) {
            if (n.column == col && n.index == j) {
                return n;
            }
        }
        return null;
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

    private void paintEdges(Graphics2D g, int[] sizes) {
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
        Line2D.Double line = new Line2D.Double();
        for (int col = 1; col < sizes.length; col++) {
            int shownIn = Math.min(sizes[col - 1], MAX_SHOWN);
            int shownOut = Math.min(sizes[col], MAX_SHOWN);
            for (int j = 0; j < shownOut; j++) {
                Node to = node(col, j);
                for (int i = 0; i < shownIn; i++) {
                    Node from = node(col - 1, i);
                    line.setLine(from.x + from.size / 2, from.y, to.x - to.size / 2, to.y);
                    if (live) {
                        double w = network.layer(col - 1).weight(j, i);
                        double k = Math.min(1, Math.abs(w) / maxAbs);
                        Color c = w >= 0 ? pos : neg;
                        g.setColor(new Color(c.getRed(), c.getGreen(), c.getBlue(), (int) (60 + 195 * k)));
                        g.setStroke(new BasicStroke((float) (0.6 + 4.4 * k)));
                    } else {
                        g.setColor(idle);
                        g.setStroke(new BasicStroke(0.8f));
                    }
                    g.draw(line);
                }
            }
        }
    }

    private void paintNodes(Graphics2D g, int[] sizes) {
        Color border = UIManager.getColor("MlpSandbox.node.border");
        Color fill = UIManager.getColor("MlpSandbox.neutral");
        Font small = getFont().deriveFont(getFont().getSize2D() - 2f);
        g.setFont(small);
        FontMetrics fm = g.getFontMetrics();
        List<String> inputNames = inputNames(sizes[0]);
        for (Node n : nodes) {
            RoundRectangle2D.Double tile = new RoundRectangle2D.Double(n.x - n.size / 2, n.y - n.size / 2, n.size,
                    n.size, 6, 6);
            BufferedImage img = live(sizes) ? maps.get(n.column, n.index) : null;
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
            g.setStroke(new BasicStroke(1f));
            g.draw(tile);
            if (n.column == 0 && n.index < inputNames.size()) {
                String s = inputNames.get(n.index);
                g.setColor(UIManager.getColor("Label.foreground"));
                g.drawString(s, (float) (n.x - n.size / 2 - 6 - fm.stringWidth(s)), (float) (n.y + fm.getAscent() / 2.0 - 1));
            }
        }
        g.setColor(UIManager.getColor("Label.disabledForeground"));
        for (int col = 0; col < sizes.length; col++) {
            if (sizes[col] > MAX_SHOWN) {
                Node last = node(col, MAX_SHOWN - 1);
                String s = "+" + (sizes[col] - MAX_SHOWN) + " more";
                g.drawString(s, (float) (last.x - fm.stringWidth(s) / 2.0), (float) (last.y + last.size / 2 + fm.getAscent() + 2));
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

    private void paintHover(Graphics2D g, int[] sizes) {
        if (mouse == null) {
            return;
        }
        boolean live = live(sizes);
        for (Node n : nodes) {
            if (Math.abs(mouse.x - n.x) <= n.size / 2 + 2 && Math.abs(mouse.y - n.y) <= n.size / 2 + 2) {
                List<String> lines = new ArrayList<>();
                BufferedImage img = live ? maps.get(n.column, n.index) : null;
                if (n.column == 0) {
                    List<String> names = inputNames(sizes[0]);
                    lines.add("Input " + (n.index < names.size() ? names.get(n.index) : "" + (n.index + 1)));
                } else {
                    boolean output = n.column == sizes.length - 1;
                    lines.add((output ? "Output" : "Layer " + n.column) + ", neuron " + (n.index + 1));
                    if (live) {
                        lines.add(String.format("bias b = %.4f", network.layer(n.column - 1).bias()[n.index]));
                    }
                    lines.add((sizes[n.column - 1] + 1) + " parameters (" + sizes[n.column - 1]
                            + " weights + bias)");
                }
                tooltip(g, lines, img);
                return;
            }
        }
        if (!live) {
            return;
        }
        for (int col = 1; col < sizes.length; col++) {
            for (int j = 0; j < Math.min(sizes[col], MAX_SHOWN); j++) {
                Node to = node(col, j);
                for (int i = 0; i < Math.min(sizes[col - 1], MAX_SHOWN); i++) {
                    Node from = node(col - 1, i);
                    double d = Line2D.ptSegDist(from.x + from.size / 2, from.y, to.x - to.size / 2, to.y, mouse.x,
                            mouse.y);
                    if (d < 3) {
                        double w = network.layer(col - 1).weight(j, i);
                        String target = col == sizes.length - 1 ? "output " + (j + 1) : "L" + col + " n" + (j + 1);
                        String source = col == 1 ? inputLabel(i, sizes[0]) : "L" + (col - 1) + " n" + (i + 1);
                        tooltip(g, List.of(String.format("weight w = %.4f", w), source + " → " + target), null);
                        return;
                    }
                }
            }
        }
    }

    private String inputLabel(int i, int count) {
        List<String> names = inputNames(count);
        return i < names.size() ? names.get(i) : "input " + (i + 1);
    }

    private void tooltip(Graphics2D g, List<String> lines, BufferedImage img) {
        g.setFont(getFont());
        FontMetrics fm = g.getFontMetrics();
        int w = 0;
        for (String s : lines) {
            w = Math.max(w, fm.stringWidth(s));
        }
        int big = img != null ? 110 : 0;
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
