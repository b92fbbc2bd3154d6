package org.mlpsandbox.app.view.inspect;

import java.awt.Dimension;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.Arrays;
import java.util.function.Consumer;
import javax.swing.JComponent;
import javax.swing.JScrollPane;
import javax.swing.JViewport;
import javax.swing.Scrollable;
import javax.swing.ToolTipManager;
import org.mlpsandbox.app.inspect.BackpropStepper;
import org.mlpsandbox.app.inspect.Stage;

/**
 * Draws the network of a {@link BackpropStepper} and highlights what the current stop computes: z and a under each
 * neuron going forward, δ going back, arrows along the active layer's edges in the direction of the flow. Layers with
 * more than {@link #MAX_SHOWN} neurons show the {@value #MAX_SHOWN} most active for the sample (largest |a|, or |x|
 * for the inputs) and say so. Clicking an edge or a neuron selects it.
 *
 * <p>Narrower than its columns need (a zoomed window on a projector), it scrolls sideways ({@link #inScrollPane()})
 * rather than draw headers and numbers over each other, and brings the column of the current stop into view.
 *
 * <p>{@link BackpropLayout} places the diagram and finds what is under the mouse; {@link BackpropEdges} and
 * {@link BackpropNeurons} paint it.
 */
final class BackpropCanvas extends JComponent implements Scrollable {

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

    /** This canvas in a scroll pane that scrolls sideways when the canvas is narrower than its columns need. */
    JScrollPane inScrollPane() {
        JScrollPane scroll = new JScrollPane(this, JScrollPane.VERTICAL_SCROLLBAR_NEVER,
                JScrollPane.HORIZONTAL_SCROLLBAR_AS_NEEDED);
        scroll.setBorder(javax.swing.BorderFactory.createEmptyBorder());
        scroll.getHorizontalScrollBar().setUnitIncrement(16);
        scroll.setMinimumSize(getMinimumSize());
        return scroll;
    }

    /** The width at which the columns' headers and numbers fit side by side; 0 without a sample. */
    int neededWidth() {
        if (stepper == null || !stepper.hasSample()) {
            return 0;
        }
        return (int) Math.ceil(new BackpropLayout(this, stepper.trace(), visible()).neededWidth());
    }

    @Override
    public Dimension getPreferredSize() {
        Dimension d = super.getPreferredSize();
        return isPreferredSizeSet() && getParent() instanceof JViewport ? new Dimension(neededWidth(), d.height) : d;
    }

    @Override
    public Dimension getPreferredScrollableViewportSize() {
        return super.getPreferredSize();
    }

    @Override
    public int getScrollableUnitIncrement(Rectangle visible, int orientation, int direction) {
        return 16;
    }

    @Override
    public int getScrollableBlockIncrement(Rectangle visible, int orientation, int direction) {
        return Math.max(16, visible.width - 32);
    }

    /** Fills the width while it holds the columns; scrolls sideways below it. */
    @Override
    public boolean getScrollableTracksViewportWidth() {
        return !(getParent() instanceof JViewport v) || v.getWidth() >= neededWidth();
    }

    @Override
    public boolean getScrollableTracksViewportHeight() {
        return true;
    }

    /** After a step: the width the columns need may have changed, and the current stop's column comes into view. */
    void stepped() {
        revalidate();
        repaint();
        if (stepper == null || !stepper.hasSample() || getWidth() <= 0 || getScrollableTracksViewportWidth()) {
            return;
        }
        BackpropLayout now = new BackpropLayout(this, stepper.trace(), visible());
        int column = activeColumn(now.columns());
        if (column >= 0) {
            int half = (int) Math.ceil(now.neededWidth() / Math.max(1, now.columns()));
            int x = (int) Math.round(now.columnX(column));
            scrollRectToVisible(new Rectangle(x - half, 0, 2 * half, getHeight()));
        }
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
        int activeColumn = activeColumn(columns);
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

    /** The column the current stop works on (0 = the inputs), or −1. */
    private int activeColumn(int columns) {
        Stage stage = stepper.stage();
        return switch (stage.kind()) {
            case INPUT -> 0;
            case FORWARD, BACKWARD -> stage.layer() + 1;
            case LOSS -> columns - 1;
            default -> -1;
        };
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
