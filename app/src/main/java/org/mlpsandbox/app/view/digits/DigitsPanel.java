package org.mlpsandbox.app.view.digits;

import javax.swing.JTabbedPane;
import org.mlpsandbox.engine.data.Dataset;
import org.mlpsandbox.engine.net.Network;

/**
 * The digits lesson's views in tabs: confusion matrix, misclassified gallery, drawing canvas. Give it a network from a
 * training snapshot with {@link #show(Network, Dataset)}; every view works on its own copy.
 */
public final class DigitsPanel extends JTabbedPane {

    private final ConfusionMatrixPanel confusion = new ConfusionMatrixPanel();
    private final MisclassifiedPanel misclassified = new MisclassifiedPanel();
    private final DigitDrawingPanel drawing = new DigitDrawingPanel();

    public DigitsPanel() {
        addTab("Confusion matrix", confusion);
        addTab("Misread digits", misclassified);
        addTab("Draw a digit", drawing);
        // the tabs scroll or shrink their content: never ask the main window's output area for more than it has
        setMinimumSize(new java.awt.Dimension(300, 240));
    }

    private boolean evaluating;

    /**
     * Evaluates a copy of {@code network} on {@code testData} (in the background) and reads drawings with it. Pass a
     * snapshot's network, never a live one.
     */
    public void show(Network network, Dataset testData) {
        drawing.setNetwork(network);
        evaluating = true;
        DigitsWorker.evaluate(network, testData, e -> {
            evaluating = false;
            confusion.setEvaluation(e);
            misclassified.setEvaluation(e, testData);
        });
    }

    /** Whether an evaluation started by {@link #show} has not finished yet (feeders skip a snapshot then). */
    public boolean isEvaluating() {
        return evaluating;
    }

    public ConfusionMatrixPanel confusion() {
        return confusion;
    }

    public MisclassifiedPanel misclassified() {
        return misclassified;
    }

    public DigitDrawingPanel drawing() {
        return drawing;
    }
}
