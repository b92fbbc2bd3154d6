package org.mlpsandbox.app.view.inspect;

import java.awt.Font;
import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;
import javax.swing.AbstractAction;
import javax.swing.Action;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSpinner;
import javax.swing.JTextArea;
import javax.swing.KeyStroke;
import javax.swing.SpinnerNumberModel;
import javax.swing.UIManager;
import net.miginfocom.swing.MigLayout;
import org.mlpsandbox.app.inspect.BackpropStepper;
import org.mlpsandbox.app.inspect.EdgeFormula;
import org.mlpsandbox.app.inspect.Explanation;
import org.mlpsandbox.app.inspect.Stage;
import org.mlpsandbox.engine.data.Dataset;
import org.mlpsandbox.engine.net.Network;

/**
 * Step through backpropagation on one sample: the network diagram with the current stop highlighted, a caption, the
 * formula box for the clicked edge or neuron, and the controls ⏮ Start, ◀ Back, Next ▶, Apply update, a sample
 * picker and the learning rate. ← and → step too.
 *
 * <p>Feeding it (event thread only): {@link #setNetwork} with a private copy (e.g. a training snapshot's network),
 * then either {@link #setDataset} (the sample picker then chooses) or {@link #setSample} (e.g. a point clicked in the
 * main window). The panel never changes the network it is given.
 */
public final class BackpropPanel extends JPanel {

    private BackpropStepper stepper;
    private Dataset dataset;
    private final BackpropCanvas canvas = new BackpropCanvas();
    private final JTextArea caption = textArea();
    private final JTextArea formula = textArea();
    /** Bold like a label, and wrapping: a long edge's title must not run past the box in a narrow centre. */
    private final JTextArea formulaTitle = new JTextArea(" ") {
        @Override
        public void updateUI() {
            super.updateUI();
            setFont(UIManager.getFont("Label.font").deriveFont(Font.BOLD)); // follows the zoom
        }
    };
    private final JLabel stageLabel = new JLabel(" ");
    /** Start, Back and Next. */
    private final JButton[] steps = new JButton[3];
    private final SpinnerNumberModel sampleModel = new SpinnerNumberModel(0, 0, 0, 1);
    private final JSpinner sampleSpinner = new JSpinner(sampleModel);
    private final SpinnerNumberModel rateModel = new SpinnerNumberModel(0.5, 0.0001, 100.0, 0.05);
    private final JSpinner rateSpinner = new JSpinner(rateModel);
    private final Action startAction = action("Start", "Back to the start of this sample, original weights",
            () -> stepper.start());
    private final Action backAction = action("Back", "One stop back (←)", () -> stepper.back());
    private final Action nextAction = action("Next", "One stop on (→)", () -> stepper.next());
    private final Action applyAction = action("Apply update", "Finish the pass and apply w ← w − η·∂C/∂w",
            () -> stepper.applyUpdate());
    public BackpropPanel() {
        super(new MigLayout("fill, insets 4 8 4 8, gap 6 4", "[grow, fill]", "[][][grow, fill][]"));
        // three short rows, so that the centre of a 1024 pixels wide window holds them: the steps, the update and
        // where we are, the sample and the rate
        JPanel controls = new JPanel(new MigLayout("insets 0, gap 4", "[][][]"));
        steps[0] = button(startAction, StepIcon.START, false);
        steps[1] = button(backAction, StepIcon.BACK, false);
        steps[2] = button(nextAction, StepIcon.NEXT, true);
        controls.add(steps[0]);
        controls.add(steps[1]);
        controls.add(steps[2], "wrap");
        controls.add(new JButton(applyAction), "span, split 2");
        stageLabel.putClientProperty("FlatLaf.style", "font: bold");
        controls.add(stageLabel, "wmin 0, wrap"); // short ("Input", "Layer 2"): fits beside the button
        controls.add(new JLabel("Sample"), "span, split 4");
        sampleSpinner.setToolTipText("Index of the sample in the data set");
        controls.add(sampleSpinner, "w 48:64"); // narrower in a zoomed narrow centre
        controls.add(new JLabel("η"));
        rateSpinner.setToolTipText("Learning rate of the plain gradient-descent update shown at the end");
        rateSpinner.setEditor(new JSpinner.NumberEditor(rateSpinner, "0.####"));
        controls.add(rateSpinner, "w 56:70");
        add(controls, "wrap");
        caption.setRows(2);
        add(caption, "hmin pref, growx, wmin 0, wrap");
        canvas.setBorder(BorderFactory.createLineBorder(InspectColors.grid()));
        add(canvas.inScrollPane(), "grow, wmin 0, wrap"); // sideways when its columns do not fit

        JPanel box = new JPanel(new MigLayout("fill, insets 6 8 6 8, gap 2", "[grow, fill]", "[][grow, fill]"));
        // a style, not a colour set once: FlatLaf re-reads it from the theme on every switch
        box.putClientProperty("FlatLaf.style", "background: $MlpSandbox.info.background");
        formula.setOpaque(false);
        formula.setFont(formulaFont());
        formulaTitle.setEditable(false);
        formulaTitle.setFocusable(false);
        formulaTitle.setLineWrap(true);
        formulaTitle.setWrapStyleWord(true);
        formulaTitle.setOpaque(false);
        formulaTitle.setBorder(BorderFactory.createEmptyBorder());
        box.add(formulaTitle, "growx, wmin 0, wrap");
        JScrollPane scroll = new JScrollPane(formula);
        scroll.setBorder(BorderFactory.createEmptyBorder());
        scroll.setOpaque(false);
        scroll.getViewport().setOpaque(false);
        box.add(scroll, "grow");
        add(box, "h 72:176:176, growx, wmin 0"); // gives up height first on a short (zoomed) screen

        canvas.onSelection(s -> showFormula());
        sampleSpinner.addChangeListener(e -> pickSample());
        rateSpinner.addChangeListener(e -> {
            if (stepper != null) {
                stepper.setLearningRate(rateModel.getNumber().doubleValue());
            }
        });
        bindKey(KeyEvent.VK_RIGHT, nextAction);
        bindKey(KeyEvent.VK_LEFT, backAction);
        bindKey(KeyEvent.VK_HOME, startAction);
        refresh();
    }

    /**
     * The step buttons show their icons alone (their words are in the tooltips) when the three with their words do
     * not fit side by side: the narrow centre of a zoomed window on a projector.
     */
    @Override
    public void doLayout() {
        int room = getWidth() - com.formdev.flatlaf.util.UIScale.scale(8 + 8); // the layout's insets
        boolean words = !steps[0].getHideActionText();
        int needed = com.formdev.flatlaf.util.UIScale.scale(4) * (steps.length - 1);
        for (JButton b : steps) {
            String text = (String) b.getAction().getValue(Action.NAME);
            needed += b.getPreferredSize().width
                    + (words ? 0 : b.getFontMetrics(b.getFont()).stringWidth(text) + b.getIconTextGap());
        }
        boolean fit = room >= needed;
        if (room > 0 && fit != words) {
            for (JButton b : steps) {
                b.setHideActionText(!fit);
            }
        }
        super.doLayout();
    }

    @Override
    public void updateUI() {
        super.updateUI();
        if (canvas != null) {
            canvas.setBorder(BorderFactory.createLineBorder(InspectColors.grid())); // a canvas has no UI delegate
            formula.setFont(formulaFont()); // a font of its own: follows the zoom only when set again
        }
    }

    private static Font formulaFont() {
        Font label = UIManager.getFont("Label.font");
        return label.deriveFont(label.getSize2D() + 0.5f);
    }

    private static JButton button(Action a, StepIcon icon, boolean iconAfterText) {
        JButton b = new JButton(a);
        b.setIcon(icon);
        b.setMargin(new java.awt.Insets(2, 8, 2, 8)); // three a row in the narrow centre of a zoomed projector
        if (iconAfterText) {
            b.setHorizontalTextPosition(javax.swing.SwingConstants.LEADING);
        }
        return b;
    }

    private static JTextArea textArea() {
        JTextArea t = new JTextArea();
        t.setEditable(false);
        t.setLineWrap(true);
        t.setWrapStyleWord(true);
        t.setOpaque(false);
        t.setBorder(BorderFactory.createEmptyBorder());
        t.setFont(UIManager.getFont("Label.font"));
        t.setFocusable(true);
        return t;
    }

    private Action action(String name, String tip, Runnable r) {
        Action a = new AbstractAction(name) {
            @Override
            public void actionPerformed(ActionEvent e) {
                if (stepper != null) {
                    r.run();
                }
            }
        };
        a.putValue(Action.SHORT_DESCRIPTION, tip);
        return a;
    }

    private void bindKey(int key, Action a) {
        String name = "backprop-" + key;
        getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW).put(KeyStroke.getKeyStroke(key, 0), name);
        getActionMap().put(name, a);
    }

    /** The network to step through; copied. Starts over on the current sample if it still fits. */
    public void setNetwork(Network network) {
        if (stepper == null) {
            stepper = new BackpropStepper(network, rateModel.getNumber().doubleValue());
            stepper.addChangeListener(this::refresh);
            canvas.setStepper(stepper);
            if (dataset != null && fits(dataset)) {
                pickSample();
            }
        } else {
            stepper.setNetwork(network);
        }
        refresh();
    }

    /** The samples the sample picker chooses from; picks sample 0 (or keeps the index when it exists). */
    public void setDataset(Dataset data) {
        dataset = data;
        int max = Math.max(0, data.size() - 1);
        sampleModel.setMaximum(max);
        if ((Integer) sampleModel.getValue() > max) {
            sampleModel.setValue(0);
        }
        pickSample();
    }

    /** Steps through this sample (e.g. a point the user clicked in the main window). */
    public void setSample(double[] x, double[] t) {
        if (stepper == null) {
            throw new IllegalStateException("set a network before a sample");
        }
        stepper.setSample(x, t);
        if (stepper.hasSample()) { // else a plugin failed: the caption names it
            canvas.select(defaultSelection());
        }
    }

    /** The sample at index {@code i} of the data set. */
    public void setSampleIndex(int i) {
        sampleModel.setValue(i);
    }

    public void setLearningRate(double rate) {
        rateModel.setValue(rate);
    }

    /** The model behind the panel, {@code null} before {@link #setNetwork}. */
    public BackpropStepper stepper() {
        return stepper;
    }

    private boolean fits(Dataset d) {
        return stepper != null && d.inputCount() == stepper.originalNetwork().inputs()
                && d.targetCount() == stepper.originalNetwork().outputs();
    }

    private void pickSample() {
        if (stepper == null || dataset == null || dataset.size() == 0) {
            return;
        }
        if (!fits(dataset)) {
            caption.setText("The data set (" + dataset.inputCount() + " inputs, " + dataset.targetCount()
                    + " targets) does not fit this network; pick a sample with setSample.");
            return;
        }
        int i = (Integer) sampleModel.getValue();
        int in = dataset.inputCount();
        int out = dataset.targetCount();
        double[] x = java.util.Arrays.copyOfRange(dataset.x(), i * in, (i + 1) * in);
        double[] t = java.util.Arrays.copyOfRange(dataset.y(), i * out, (i + 1) * out);
        setSample(x, t);
    }

    /** The first weight into the first output neuron: a formula is on show before anything is clicked. */
    private BackpropCanvas.Selection defaultSelection() {
        BackpropCanvas.Selection current = canvas.selection();
        if (current != null && fitsNetwork(current)) {
            return current;
        }
        return new BackpropCanvas.Selection(true, stepper.layerCount() - 1, 0, 0);
    }

    private boolean fitsNetwork(BackpropCanvas.Selection s) {
        return s.layer() < stepper.layerCount() && s.neuron() < stepper.trace().size(s.layer())
                && s.input() < stepper.trace().inputs(s.layer());
    }

    private void refresh() {
        boolean ready = stepper != null && stepper.hasSample();
        startAction.setEnabled(ready && (stepper.pass() > 0 || stepper.stage().index() > 0));
        backAction.setEnabled(ready && stepper.canBack());
        nextAction.setEnabled(ready && stepper.canNext());
        applyAction.setEnabled(ready && stepper.canApply());
        sampleSpinner.setEnabled(dataset != null);
        caption.setText(stepper == null ? "No network yet." : stepper.describe());
        if (ready) {
            String pass = stepper.pass() > 0 ? "  · pass " + (stepper.pass() + 1) : "";
            stageLabel.setText(stepper.stageLabel() + pass);
        } else {
            stageLabel.setText(" ");
        }
        showFormula();
        canvas.stepped();
    }

    private void showFormula() {
        BackpropCanvas.Selection s = canvas.selection();
        if (s != null && stepper != null && stepper.hasSample() && !fitsNetwork(s)) {
            s = null; // the network changed shape under the selection
        }
        if (stepper == null || !stepper.hasSample() || s == null) {
            formulaTitle.setText("Formula");
            formula.setText("Click an edge for its gradient ∂C/∂w with the chain rule written out, or a neuron "
                    + "for its z, a and δ.");
            return;
        }
        Explanation e = s.edge() ? EdgeFormula.of(stepper, s.layer(), s.neuron(), s.input()).explanation()
                : EdgeFormula.neuron(stepper, s.layer(), s.neuron());
        formulaTitle.setText(e.title());
        formula.setText(String.join("\n", e.lines()));
        formula.setCaretPosition(0);
    }

    /** Current stop, for tests and the main window's status line. */
    public Stage stage() {
        return stepper == null ? null : stepper.stage();
    }

    BackpropCanvas canvas() {
        return canvas;
    }

    String formulaText() {
        return formulaTitle.getText() + "\n" + formula.getText();
    }
}
