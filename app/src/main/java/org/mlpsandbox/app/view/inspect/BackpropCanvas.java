package org.mlpsandbox.app.view.inspect;

import java.awt.Dimension;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Point;
import java.awt.RenderingHints;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.Arrays;
import java.util.function.Consumer;
import javax.swing.JComponent;
import javax.swing.ToolTipManager;
import org.mlpsandbox.app.inspect.BackpropStepper;
import org.mlpsandbox.app.inspect.Stage;

/**
 * Draws the network of a {@link BackpropStepper} and highlights what the current stop computes: z and a under each
 * neuron going forward, δ going back, arrows along the active layer's edges in the direction of the flow. Layers with
 * more than {@link #MAX_SHOWN} neurons show the {@value #MAX_SHOWN} most active for the sample (largest |a|, or |x|
 * for the inputs) and say so. Clicking an edge or a neuron selects it.
 *
 * <p>{@link BackpropLayout} places the diagram and finds what is under the mouse; {@link BackpropEdges} and
 * {@link BackpropNeurons} paint it.
 */
final class BackpropCanvas extends JComponent {

    /** Neurons drawn per layer at most. */
    static final int MAX_SHOWN = BackpropLayout.MAX_SHOWN;

    /** What the user clicked: a weight (layer, neuron, input) or a neuron (layer, neuron, −1). */
    record Selection(boolean edge, int layer, int neuron, int input) {
    }

    private BackpropStepper stepper;
    private Selection selection;
    private Consumer<Selection> selectionListener = s -> { };
    private int[][] visible = new int[0][];
    private double[] visibleFor;
    /** The layout of the last paint: what clicks and tooltips refer to. */
    private BackpropLayout layout;

    BackpropCanvas() {
        setOpaque(true);
        setPreferredSize(new Dimension(640, 340));
        setMinimumSize(new Dimension(300, 200));
        ToolTipManager.sharedInstance().registerComponent(this);
        addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                Selection hit = hit(e.getPoint());
                if (hit != null) {
                    select(hit);
                }
            }
        });
    }

    void setStepper(BackpropStepper s) {
        stepper = s;
        visibleFor = null;
        repaint();
    }

    void onSelection(Consumer<Selection> listener) {
        selectionListener = listener;
    }

    Selection selection() {
        return selection;
    }

    void select(Selection s) {
        selection = s;
        selectionListener.accept(s);
        repaint();
    }

    /** The neurons to draw per column (column 0 = inputs), recomputed when the sample changes. */
    private int[][] visible() {
        double[] x = stepper.x();
        if (x != null && Arrays.equals(x, visibleFor) && visible.length == stepper.layerCount() + 1) {
            return visible;
        }
        visible = BackpropLayout.visibleNeurons(stepper.trace());
        visibleFor = x;
        return visible;
    }

    /** Whether some layer is too big to draw whole. */
    boolean truncated() {
        return stepper != null && stepper.hasSample() && BackpropLayout.truncated(stepper.trace());
    }

    @Override
    protected void paintComponent(Graphics g0) {
        Graphics2D g = (Graphics2D) g0.create();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(InspectColors.plotBackground());
        g.fillRect(0, 0, getWidth(), getHeight());
        if (stepper == null || !stepper.hasSample()) {
            g.setColor(InspectColors.muted());
            String text = stepper == null ? "No network yet." : "Pick a sample to step through.";
            FontMetrics fm = g.getFontMetrics();
            g.drawString(text, (getWidth() - fm.stringWidth(text)) / 2, getHeight() / 2);
            g.dispose();
            return;
        }
        layout = new BackpropLayout(this, stepper.trace(), visible());
        BackpropEdges edges = new BackpropEdges(this, layout, stepper);
        BackpropNeurons neurons = new BackpropNeurons(this, layout, stepper);
        int columns = layout.columns();
        Stage stage = stepper.stage();
        int activeColumn = switch (stage.kind()) {
            case INPUT -> 0;
            case FORWARD, BACKWARD -> stage.layer() + 1;
            case LOSS -> columns - 1;
            default -> -1;
        };
        edges.paintActiveBand(g, activeColumn);
        edges.paintHeaders(g, activeColumn);
        for (int c = 1; c < columns; c++) {
            edges.paintEdges(g, c, stage);
        }
        edges.paintFlowArrow(g, stage);
        boolean truncated = truncated();
        if (truncated) {
            g.setFont(BackpropLayout.smallFont(this));
            g.setColor(InspectColors.muted());
            g.drawString("Layers with more than " + MAX_SHOWN + " neurons show the " + MAX_SHOWN
                    + " most active for this sample.", 8, getHeight() - 6);
            g.setFont(getFont());
        }
        if (selection != null && selection.edge()) {
            edges.paintSelectedEdge(g, selection);
        }
        for (int c = 0; c < columns; c++) {
            neurons.paintNodes(g, c, selection);
        }
        neurons.paintLossBox(g, truncated);
        g.dispose();
    }

    /** The edge or neuron under a point, or {@code null}. Neurons win over edges. */
    Selection hit(Point p) {
        if (layout == null || stepper == null || !stepper.hasSample()) {
            return null;
        }
        return layout.hit(p);
    }

    /** Screen point of the middle of an edge (for tests and demos); {@code null} when not drawn. */
    Point edgeMidpoint(int layer, int neuron, int input) {
        return layout == null ? null : layout.edgeMidpoint(layer, neuron, input);
    }

    @Override
    public String getToolTipText(MouseEvent e) {
        Selection s = hit(e.getPoint());
        if (s == null) {
            return null;
        }
        return s.edge() ? "Click for ∂C/∂w of this weight" : "Click for this neuron's z, a and δ";
    }
}
