package org.mlpsandbox.app.view;

import java.awt.Color;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSeparator;
import javax.swing.SwingConstants;
import javax.swing.UIManager;
import net.miginfocom.swing.MigLayout;
import org.mlpsandbox.app.format.Numbers;
import org.mlpsandbox.app.model.SandboxModel;
import org.mlpsandbox.engine.data.Dataset;
import org.mlpsandbox.engine.math.Kernels;
import org.mlpsandbox.engine.train.ProgressEvent;
import org.mlpsandbox.engine.train.RegressionMetrics;
import org.mlpsandbox.engine.train.TrainingSession;
import org.mlpsandbox.engine.train.TrainingSession.Snapshot;

/**
 * The bottom line: state (idle, training, paused, diverged/stopped, finished), epoch, step, train and test loss,
 * accuracy and steps per second (its tooltip names the backend of the matrix products). Names for tests: {@code status.state}, {@code status.step}, {@code status.epoch},
 * {@code status.trainLoss}, {@code status.testLoss}, {@code status.speed}.
 */
public final class StatusBar extends JPanel {

    private final SandboxModel model;
    private final JLabel state = label("status.state", "Idle");
    private final JLabel epoch = label("status.epoch", "Epoch 0");
    private final JLabel step = label("status.step", "Step 0");
    private final JLabel trainLoss = label("status.trainLoss", "Train loss –");
    private final JLabel testLoss = label("status.testLoss", "Test loss –");
    private final JLabel accuracy = label("status.accuracy", "");
    private final JLabel speed = label("status.speed", "");
    private long lastStep = -1;
    private long lastNanos;
    private double stepsPerSecond;
    /** The backend the speed's tooltip names ({@link Kernels#backendName()}). */
    private String backend;
    /** The figures' texts in full ("Train loss 0.0123") and short ("Loss 0.0123"), for {@link #fit}. */
    private final JLabel[] figures = {epoch, step, trainLoss, testLoss, accuracy, speed};
    private final String[] full = new String[figures.length];
    private final String[] compact = new String[figures.length];

    public StatusBar(SandboxModel model) {
        super(new MigLayout("insets 3 10 3 10, gap 12", "[110!][][][][][][]push[]"));
        this.model = model;
        setName("statusBar");
        state.putClientProperty("FlatLaf.style", "font: bold"); // a style: follows the zoom and the theme
        add(state);
        add(epoch);
        add(step);
        add(sep(), "growy");
        add(trainLoss);
        add(testLoss);
        add(accuracy);
        add(speed);
        for (int i = 0; i < figures.length; i++) {
            full[i] = compact[i] = figures[i].getText();
        }
        showBackend();
    }

    @Override
    public void doLayout() {
        fit(); // before the labels are placed: a new width may need the other forms
        super.doLayout();
    }

    /**
     * Shows the figures in full where the bar has room for them, else in their short forms ("Loss 0.0123", "Test
     * 0.0456", "Acc 94%", "3,410/s"), so that a narrow or zoomed window (1.5× on a 1024×768 projector) cuts none.
     * The room is measured, not tried: the bar's preferred width with the texts it shows, less those texts, plus the
     * full ones.
     */
    private void fit() {
        int shown = 0;
        int needed = 0;
        for (int i = 0; i < figures.length; i++) {
            java.awt.FontMetrics fm = figures[i].getFontMetrics(figures[i].getFont());
            shown += fm.stringWidth(figures[i].getText());
            needed += fm.stringWidth(full[i]);
        }
        boolean room = getWidth() <= 0 || getPreferredSize().width - shown + needed <= getWidth();
        for (int i = 0; i < figures.length; i++) {
            figures[i].setText(room ? full[i] : compact[i]);
        }
    }

    /** Sets figure {@code i}'s full text and its short form. */
    private void figure(int i, String fullText, String compactText) {
        full[i] = fullText;
        compact[i] = compactText;
    }

    /** Names the backend of the matrix products in the speed's tooltip (OpenBLAS and its precision, or why Java). */
    private void showBackend() {
        String name;
        try {
            name = Kernels.backendName(); // cheap to ask each frame; the description is built when it changed
        } catch (IllegalArgumentException e) {
            name = e.getMessage(); // an unknown -Dmlpsandbox.precision: the run says so too
        }
        if (name.equals(backend)) {
            return;
        }
        backend = name;
        String description;
        try {
            description = Kernels.description();
        } catch (IllegalArgumentException e) {
            description = e.getMessage();
        }
        speed.setToolTipText("Matrix products: " + description);
    }

    @Override
    public void updateUI() {
        super.updateUI();
        setBorder(BorderFactory.createMatteBorder(1, 0, 0, 0, UIManager.getColor("Separator.foreground")));
    }

    /** "Test R² 0.93  RMSE 0.12" for a regression trained with the "mse" loss, from the test loss; else empty. */
    private String regression(double testMse) {
        Dataset test = model.data().rawSplit().test();
        if (!Double.isFinite(testMse) || test.isClassification() || !model.network().spec().loss().id().equals("mse")) {
            return "";
        }
        RegressionMetrics m = RegressionMetrics.fromMeanSquaredError(testMse, test.y(), test.targetCount());
        return Double.isFinite(m.r2()) ? String.format("Test R² %.3f  RMSE %.3g", m.r2(), m.rmse()) : "";
    }

    private static JLabel label(String name, String text) {
        JLabel l = new JLabel(text);
        l.setName(name);
        return l;
    }

    private static JSeparator sep() {
        return new JSeparator(SwingConstants.VERTICAL);
    }

    /** Shows the snapshot (or the problem that keeps the network from being built). */
    public void show(Snapshot s) {
        showBackend();
        if (s == null) {
            setState(model.run().problem().isEmpty() ? "Idle" : "Not built", UIManager.getColor("Component.error.focusedBorderColor"));
            return;
        }
        ProgressEvent p = s.progress();
        String text;
        Color colour = null;
        switch (s.state()) {
            case RUNNING -> {
                text = "● Training";
                colour = UIManager.getColor("MlpSandbox.positive");
            }
            case PAUSED -> {
                if (model.run().isPlaying()) {
                    text = "● Training";
                    colour = UIManager.getColor("MlpSandbox.positive");
                } else {
                    text = model.run().stepsBefore() + p.step() == 0 ? "Idle" : "❚❚ Paused"; // an opened run is paused
                }
            }
            case FINISHED -> text = s.message().isEmpty() ? "Finished" : "Stopped early"; // the banner says why
            case STOPPED -> {
                text = s.message().toLowerCase().contains("diverg") ? "Diverged" : "Stopped";
                colour = UIManager.getColor("MlpSandbox.banner.foreground");
            }
            default -> text = "Closed";
        }
        setState(text, colour);
        // counted over the whole run: an opened file's steps, and those before a plugin reload, included
        long epochs = model.run().epochsBefore() + p.epoch();
        long steps = model.run().stepsBefore() + p.step();
        figure(0, String.format("Epoch %,d", epochs), String.format("Ep %,d", epochs));
        figure(1, String.format("Step %,d", steps), String.format("Step %,d", steps));
        String train = format(model.run().trainLoss());
        String test = format(p.testLoss());
        figure(2, "Train loss " + train, "Loss " + train);
        figure(3, "Test loss " + test, "Test " + test);
        double acc = p.test().accuracy();
        if (Double.isFinite(acc)) {
            figure(4, "Test accuracy " + Numbers.percent(acc), "Acc " + Numbers.percent(acc));
        } else if (Double.isFinite(p.trainAccuracy())) {
            figure(4, "Accuracy " + Numbers.percent(p.trainAccuracy()), "Acc " + Numbers.percent(p.trainAccuracy()));
        } else {
            String r2 = regression(p.testLoss());
            figure(4, r2, r2.replace("Test ", ""));
        }
        long now = System.nanoTime();
        if (lastStep >= 0 && p.step() >= lastStep && now - lastNanos > 250_000_000L) {
            double rate = (p.step() - lastStep) * 1e9 / (now - lastNanos);
            stepsPerSecond = s.state() == TrainingSession.State.RUNNING || model.run().isPlaying() ? rate : 0;
            lastStep = p.step();
            lastNanos = now;
        } else if (lastStep < 0 || p.step() < lastStep) {
            lastStep = p.step();
            lastNanos = now;
        }
        showSpeed(stepsPerSecond);
    }

    /** Shows the training speed ("3,410 steps/s"; nothing at 0) and fits the figures to the bar. */
    void showSpeed(double perSecond) {
        figure(5, perSecond > 0 ? String.format("%,.0f steps/s", perSecond) : "",
                perSecond > 0 ? String.format("%,.0f/s", perSecond) : "");
        fit();
    }

    private void setState(String text, Color colour) {
        state.setText(text);
        state.setForeground(colour != null ? colour : UIManager.getColor("Label.foreground"));
    }

    private static String format(double v) {
        if (!Double.isFinite(v)) {
            return "–";
        }
        return Numbers.format(v, 3);
    }
}
