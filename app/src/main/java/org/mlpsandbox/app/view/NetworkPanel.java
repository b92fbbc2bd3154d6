package org.mlpsandbox.app.view;

import java.awt.GridLayout;
import java.util.List;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;
import net.miginfocom.swing.MigLayout;
import org.mlpsandbox.app.model.SandboxModel;
import org.mlpsandbox.app.model.ShapePreset;
import org.mlpsandbox.engine.net.LayerSpec;
import org.mlpsandbox.engine.plugin.PluginKind;
import org.mlpsandbox.engine.train.TrainingSession.Snapshot;

/**
 * The network editor: add or remove hidden layers, shape presets, and above each column of the diagram that layer's
 * neuron count (−/+), activation and its hyperparameters; the live {@link NetworkDiagram} below; a warning for an odd
 * output/loss pair at the bottom.
 *
 * <p>Names for tests: {@code addLayer}, {@code removeLayer}, {@code shapePreset}, {@code parameterCount}, and per
 * hidden layer {@code i} (0-based) {@code layer<i>.more}, {@code layer<i>.fewer}, {@code layer<i>.size},
 * {@code layer<i>.activation}; {@code output.activation}; {@code pairingWarning}.
 */
public final class NetworkPanel extends JPanel {

    private final SandboxModel model;
    private final NetworkDiagram diagram;
    private final JPanel header = new JPanel();
    private final JLabel parameterCount = new JLabel();
    private final JLabel layerCount = new JLabel();
    private final JLabel warning = new JLabel();
    /** The row over the layer columns: − + "N hidden layers" and the shape chooser. */
    private final JPanel top;
    private final JComboBox<Object> shapes;
    private final LayerColumns columns;
    private boolean rebuildQueued;
    private String builtFor = "";

    public NetworkPanel(SandboxModel model) {
        super(new MigLayout("fill, insets 8 10 6 10, gap 4", "[grow,fill]", "[][grow,fill][]"));
        this.model = model;
        this.diagram = new NetworkDiagram(model);
        setName("networkPanel");

        JButton add = new JButton("+");
        add.setName("addLayer");
        add.setToolTipText("Add a hidden layer");
        add.addActionListener(e -> model.network().addLayer());
        JButton remove = new JButton("−");
        remove.setName("removeLayer");
        remove.setToolTipText("Remove the last hidden layer");
        remove.addActionListener(e -> model.network().removeLayer());
        shapes = new JComboBox<>();
        shapes.setName("shapePreset");
        shapes.addItem("Shape…");
        for (ShapePreset p : ShapePreset.values()) {
            shapes.addItem(p);
        }
        shapes.setToolTipText("Replace the hidden layers with a shape from the tutorials");
        shapes.addActionListener(e -> {
            if (shapes.getSelectedItem() instanceof ShapePreset p) {
                model.network().applyShape(p);
                SwingUtilities.invokeLater(() -> shapes.setSelectedIndex(0));
            }
        });
        parameterCount.setName("parameterCount");
        layerCount.putClientProperty("FlatLaf.styleClass", "h4");
        top = new JPanel(new MigLayout("insets 0, gap 6", "[][][]16[][grow]"));
        top.setOpaque(false);
        top.add(remove, "w 30!");
        top.add(add, "w 30!");
        top.add(layerCount);
        top.add(shapes);
        top.add(new JLabel(), "growx");
        add(top, "wrap, wmin 0");
        header.setOpaque(false);
        columns = new LayerColumns(header, diagram);
        add(columns.inScrollPane(), "wrap, grow, wmin 0");
        warning.setName("pairingWarning");
        warning.setForeground(javax.swing.UIManager.getColor("MlpSandbox.warning.foreground"));
        // the count under the diagram: the row above must fit the centre of a 1024 pixels wide window
        parameterCount.putClientProperty("FlatLaf.styleClass", "small");
        add(parameterCount, "split 2, hidemode 3");
        add(warning, "gapleft 12, wmin 0, hidemode 3");
        rebuild();
        model.addListener(c -> {
            if (c != SandboxModel.Change.RUN && c != SandboxModel.Change.SETTINGS && !rebuildQueued) {
                rebuildQueued = true;
                SwingUtilities.invokeLater(this::rebuild);
            }
        });
    }

    /**
     * Moves the shape chooser under the layer buttons while the top row is narrower than one row needs (presentation
     * mode in the narrow centre of a projector), and back when there is room; before the layout, so that the same
     * pass gives the top row its new height.
     */
    @Override
    public void doLayout() {
        int oneRow = com.formdev.flatlaf.util.UIScale.scale(6 * 4 + 16 + 2 * 30 + 20); // gaps, buttons, insets
        for (java.awt.Component c : top.getComponents()) {
            oneRow += c == shapes || c instanceof JLabel ? c.getPreferredSize().width : 0;
        }
        String wanted = getWidth() < oneRow ? "newline, span, growx 0" : "";
        MigLayout layout = (MigLayout) top.getLayout();
        if (!wanted.equals(layout.getComponentConstraints(shapes))) {
            layout.setComponentConstraints(shapes, wanted);
        }
        super.doLayout();
    }

    /**
     * The height that shows the top row, the layer controls, the whole diagram at its smallest and the count under it
     * (what a lesson's explanation above must leave).
     */
    int neededHeight() {
        java.awt.Insets in = getInsets();
        int gaps = com.formdev.flatlaf.util.UIScale.scale(3 * 4 + 14 + 8); // row gaps, the scroll bar, a margin
        return in.top + in.bottom + top.getPreferredSize().height + columns.getMinimumSize().height
                + parameterCount.getPreferredSize().height + gaps;
    }

    /** Shows the snapshot's weights and neuron maps. */
    public void update(Snapshot s) {
        diagram.update(s);
    }

    @Override
    public void updateUI() {
        super.updateUI();
        if (warning != null) {
            warning.setForeground(javax.swing.UIManager.getColor("MlpSandbox.warning.foreground"));
        }
    }

    private void rebuild() {
        rebuildQueued = false;
        List<LayerSpec> hidden = model.network().hiddenLayers();
        int[] sizes = model.network().spec().sizes();
        layerCount.setText(hidden.size() + (hidden.size() == 1 ? " hidden layer" : " hidden layers"));
        parameterCount.setText(String.format("%,d parameters", model.network().spec().parameterCount()));
        String w = model.network().pairingWarning().orElse("");
        warning.setText(w.isEmpty() ? "" : "⚠ " + w);
        warning.setVisible(!w.isEmpty());
        String key = key();
        if (key.equals(builtFor)) {
            return;
        }
        builtFor = key;
        header.removeAll();
        header.setLayout(new GridLayout(1, sizes.length, 0, 0));
        header.add(column("Input", sizes[0] + (sizes[0] == 1 ? " value" : " values"), null));
        for (int i = 0; i < hidden.size(); i++) {
            header.add(hiddenColumn(i, hidden.get(i), sizes[i]));
        }
        PluginControls out = new PluginControls("output.activation", model.plugins(), PluginKind.ACTIVATION,
                model.network().outputActivation(), c -> picked(() -> model.network().setOutputActivation(c)));
        header.add(column("Output", (sizes[sizes.length - 2] + 1) + " params each", out));
        header.revalidate();
        header.repaint();
        revalidate();
        repaint();
    }

    /**
     * What the header shows: sizes and whole activation choices, parameters included (a lesson may change only a
     * value, e.g. leaky ReLU's slope, and the pickers must then be rebuilt).
     */
    private String key() {
        StringBuilder key = new StringBuilder().append(System.identityHashCode(model.plugins())).append('/')
                .append(java.util.Arrays.toString(model.network().spec().sizes())).append('/')
                .append(model.network().outputActivation());
        model.network().hiddenLayers().forEach(l -> key.append('/').append(l.activation()));
        return key.toString();
    }

    /** A change made in a picker: the picker already shows it, so the header is not rebuilt under the user's hands. */
    private void picked(Runnable change) {
        int[] before = model.network().spec().sizes();
        change.run();
        if (java.util.Arrays.equals(before, model.network().spec().sizes())) {
            builtFor = key();
        }
    }

    private JPanel hiddenColumn(int i, LayerSpec layer, int fanIn) {
        JPanel p = new JPanel(new MigLayout("insets 0 4 0 4, gap 2, wrap 1, fillx", "[grow,fill]"));
        p.setOpaque(false);
        JButton fewer = new JButton("−");
        fewer.setName("layer" + i + ".fewer");
        fewer.setToolTipText("One neuron fewer");
        fewer.addActionListener(e -> model.network().setLayerSize(i, layer.size() - 1));
        JButton more = new JButton("+");
        more.setName("layer" + i + ".more");
        more.setToolTipText("One neuron more");
        more.addActionListener(e -> model.network().setLayerSize(i, layer.size() + 1));
        JLabel size = new JLabel(Integer.toString(layer.size()), JLabel.CENTER);
        size.setName("layer" + i + ".size");
        size.putClientProperty("FlatLaf.styleClass", "h4");
        for (JButton b : new JButton[] {fewer, more}) {
            b.putClientProperty("JButton.buttonType", "roundRect");
            b.setMargin(new java.awt.Insets(0, 4, 0, 4));
        }
        JPanel row = new JPanel(new MigLayout("insets 0, gap 2", "[][grow,center][]"));
        row.setOpaque(false);
        row.add(fewer, "w 26!, h 22!");
        row.add(size);
        row.add(more, "w 26!, h 22!");
        JLabel title = new JLabel("Layer " + (i + 1), JLabel.CENTER);
        title.putClientProperty("FlatLaf.styleClass", "small");
        JLabel params = new JLabel((fanIn + 1) + " params each", JLabel.CENTER);
        params.putClientProperty("FlatLaf.styleClass", "small");
        params.setEnabled(false);
        p.add(title, "wmin 0");
        p.add(row, "wmin 0");
        p.add(new PluginControls("layer" + i + ".activation", model.plugins(), PluginKind.ACTIVATION,
                layer.activation(), c -> picked(() -> model.network().setLayerActivation(i, c))));
        p.add(params, "wmin 0");
        return p;
    }

    private JPanel column(String title, String detail, JPanel controls) {
        JPanel p = new JPanel(new MigLayout("insets 0 4 0 4, gap 2, wrap 1, fillx", "[grow,fill]"));
        p.setOpaque(false);
        JLabel t = new JLabel(title, JLabel.CENTER);
        t.putClientProperty("FlatLaf.styleClass", "small");
        p.add(t, "wmin 0");
        JLabel d = new JLabel(detail, JLabel.CENTER);
        d.putClientProperty("FlatLaf.styleClass", "small");
        d.setEnabled(false);
        if (controls != null) {
            p.add(new JLabel(" "), "h 22!");
            p.add(controls);
        }
        p.add(d, "wmin 0");
        return p;
    }
}
