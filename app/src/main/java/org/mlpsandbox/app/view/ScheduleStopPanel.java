package org.mlpsandbox.app.view;

import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSpinner;
import javax.swing.SpinnerNumberModel;
import javax.swing.Timer;
import net.miginfocom.swing.MigLayout;
import org.mlpsandbox.app.model.SandboxModel;
import org.mlpsandbox.engine.train.EpochRules;
import org.mlpsandbox.engine.train.LearningRateSchedule;
import org.mlpsandbox.engine.train.StopConditions;

/**
 * The collapsible "Schedule &amp; stopping" part of the training controls: a learning-rate schedule (constant, step,
 * exponential, cosine, with their parameters) drawn as a small {@link RateCurve}, and the optional stop conditions of
 * Play (training loss reached, patience on the test loss with the best weights put back, a time limit). Both become the
 * model's {@link EpochRules}, which the engine follows; nothing here computes a rate or decides a stop.
 *
 * <p>Names (for tests and for hiding controls in a lesson): {@code scheduleAndStopping} (all of it),
 * {@code scheduleSection} (the header that folds it),
 * {@code lrSchedule}, {@code scheduleEvery}, {@code scheduleFactor}, {@code scheduleGamma}, {@code scheduleEpochs},
 * {@code rateCurve}, {@code stopAtLossOn}, {@code stopAtLoss}, {@code patienceOn}, {@code patience},
 * {@code maxSecondsOn}, {@code maxSeconds}.
 */
final class ScheduleStopPanel extends JPanel {

    /** The schedule kinds, in the chooser's order. */
    static final String[] KINDS = {"constant", "step", "exponential", "cosine"};

    private final SandboxModel model;
    private final JButton header = new JButton();
    private final JPanel body = new JPanel(new MigLayout("insets 0, fillx, wrap 2, gap 6 4, hidemode 3",
            "[right][grow,fill]"));
    private final JComboBox<String> kind = new JComboBox<>(KINDS);
    private final JSpinner every = spinner("scheduleEvery", new SpinnerNumberModel(50, 1, 1_000_000, 10), "0");
    private final JSpinner factor = spinner("scheduleFactor", new SpinnerNumberModel(0.5, 0.001, 10.0, 0.05),
            "0.###");
    private final JSpinner gamma = spinner("scheduleGamma", new SpinnerNumberModel(0.99, 0.001, 10.0, 0.005),
            "0.####");
    private final JSpinner cosineEpochs = spinner("scheduleEpochs", new SpinnerNumberModel(200, 1, 1_000_000, 10),
            "0");
    private final JLabel everyLabel = new JLabel("Every (epochs)");
    private final JLabel factorLabel = new JLabel("By factor");
    private final JLabel gammaLabel = new JLabel("γ per epoch");
    private final JLabel cosineLabel = new JLabel("Over epochs");
    private final RateCurve curve = new RateCurve();
    private final JCheckBox lossOn = check("stopAtLossOn", "Stop at loss ≤",
            "Stop Play once an epoch's training loss is at most this");
    private final JSpinner loss = spinner("stopAtLoss", new SpinnerNumberModel(0.05, 0.0, 1e6, 0.01), "0.####");
    private final JCheckBox patienceOn = check("patienceOn", "Patience",
            "Stop Play when the test loss has not improved for this many epochs, and put back the weights of the "
                    + "best epoch");
    private final JSpinner patience = spinner("patience", new SpinnerNumberModel(20, 1, 1_000_000, 1), "0");
    private final JCheckBox secondsOn = check("maxSecondsOn", "Max seconds", "Stop Play after this much training time");
    private final JSpinner seconds = spinner("maxSeconds", new SpinnerNumberModel(60.0, 0.1, 1e6, 5.0), "0.#");
    private final Timer follow = new Timer(250, e -> {
        if (isShowing() && isExpanded()) {
            showCurve();
        }
    });
    private boolean updating;
    private EpochRules shown;

    ScheduleStopPanel(SandboxModel model) {
        super(new MigLayout("insets 0, fillx, wrap 1, gap 0 2, hidemode 3", "[grow,fill]"));
        this.model = model;
        setName("scheduleAndStopping");
        setOpaque(false);
        body.setOpaque(false);
        header.setName("scheduleSection");
        header.putClientProperty("JButton.buttonType", "borderless");
        header.setHorizontalAlignment(JButton.LEADING);
        header.setToolTipText("Show or hide the learning-rate schedule and the stop conditions of Play");
        header.addActionListener(e -> setExpanded(!body.isVisible()));
        add(header, "wmin 0");
        add(body, "growx, wmin 0");
        kind.setName("lrSchedule");
        kind.setToolTipText("How the learning rate changes over the epochs");
        body.add(new JLabel("Schedule"));
        body.add(kind, "wmin 48");
        body.add(everyLabel);
        body.add(every, "wmin 48");
        body.add(factorLabel);
        body.add(factor, "wmin 48");
        body.add(gammaLabel);
        body.add(gamma, "wmin 48");
        body.add(cosineLabel);
        body.add(cosineEpochs, "wmin 48");
        body.add(curve, "span 2, growx, h 48:54:70, wmin 0");
        body.add(lossOn, "right");
        body.add(loss, "wmin 48");
        body.add(patienceOn, "right");
        body.add(patience, "wmin 48");
        body.add(secondsOn, "right");
        body.add(seconds, "wmin 48");
        patience.setToolTipText("Epochs without a better test loss (the training loss without a test part)");
        every.setToolTipText("The rate changes every this many epochs");
        factor.setToolTipText("…by this factor: 0.5 halves it");
        gamma.setToolTipText("The rate is multiplied by γ after every epoch");
        cosineEpochs.setToolTipText("Half a cosine from the rate down to 1 % of it over this many epochs");

        kind.addActionListener(e -> edit());
        for (JSpinner s : new JSpinner[] {every, factor, gamma, cosineEpochs, loss, patience, seconds}) {
            s.addChangeListener(e -> edit());
        }
        for (JCheckBox c : new JCheckBox[] {lossOn, patienceOn, secondsOn}) {
            c.addActionListener(e -> edit());
        }
        refresh();
        setExpanded(!model.rules().equals(EpochRules.NONE));
        model.addListener(c -> {
            if (c == SandboxModel.Change.SETTINGS || c == SandboxModel.Change.RUN) {
                refresh();
            }
        });
    }

    // the curve's mark follows the epoch while training (a few times a second is enough), only while on screen
    @Override
    public void addNotify() {
        super.addNotify();
        follow.start();
    }

    @Override
    public void removeNotify() {
        follow.stop();
        super.removeNotify();
    }

    /** Folds or unfolds the controls under the header. */
    void setExpanded(boolean expanded) {
        body.setVisible(expanded);
        header.setText((expanded ? "▾ " : "▸ ") + "Schedule & stopping" + (expanded ? "" : summary(model.rules())));
        revalidate();
        repaint();
    }

    /** Whether the controls are unfolded. */
    boolean isExpanded() {
        return body.isVisible();
    }

    /** ": step, patience 20" — what is set, shown on the folded header. */
    private static String summary(EpochRules rules) {
        StringBuilder b = new StringBuilder();
        if (!(rules.schedule() instanceof LearningRateSchedule.Constant)) {
            b.append(", ").append(kindOf(rules.schedule()));
        }
        StopConditions s = rules.stop();
        if (!Double.isNaN(s.stopAtLoss())) {
            b.append(", loss");
        }
        if (s.patience() > 0) {
            b.append(", patience ").append(s.patience());
        }
        if (!Double.isNaN(s.maxSeconds())) {
            b.append(", time");
        }
        return b.length() == 0 ? "" : ":" + b.substring(1);
    }

    private static String kindOf(LearningRateSchedule s) {
        String syntax = s.syntax();
        int bracket = syntax.indexOf('(');
        return bracket < 0 ? syntax : syntax.substring(0, bracket);
    }

    /** The rules the controls show, as the engine reads them. */
    private EpochRules rulesShown() {
        LearningRateSchedule schedule = switch (kind.getSelectedIndex()) {
            case 1 -> new LearningRateSchedule.Step(intOf(every), doubleOf(factor));
            case 2 -> new LearningRateSchedule.Exponential(doubleOf(gamma));
            case 3 -> new LearningRateSchedule.Cosine(intOf(cosineEpochs));
            default -> LearningRateSchedule.CONSTANT;
        };
        StopConditions stop = new StopConditions(lossOn.isSelected() ? doubleOf(loss) : Double.NaN,
                patienceOn.isSelected() ? intOf(patience) : 0, secondsOn.isSelected() ? doubleOf(seconds) : Double.NaN);
        return new EpochRules(schedule, stop);
    }

    private void edit() {
        if (updating) {
            return;
        }
        showParameters();
        try {
            EpochRules rules = rulesShown();
            shown = rules;
            model.setRules(rules);
        } catch (IllegalArgumentException e) {
            refresh(); // a value the engine refuses: back to what it follows
        }
        setExpanded(isExpanded());
    }

    private void showCurve() {
        curve.show(model.rules().schedule(), model.settings().learningRate(), model.run().epoch());
    }

    /** Shows the rules the model follows (after a file was opened, a lesson applied, or File → New). */
    private void refresh() {
        EpochRules rules = model.rules();
        showCurve();
        if (rules.equals(shown)) {
            return;
        }
        boolean fromOutside = shown != null;
        shown = rules;
        updating = true;
        try {
            LearningRateSchedule s = rules.schedule();
            if (s instanceof LearningRateSchedule.Step st) {
                kind.setSelectedIndex(1);
                every.setValue(st.every());
                factor.setValue(st.factor());
            } else if (s instanceof LearningRateSchedule.Exponential ex) {
                kind.setSelectedIndex(2);
                gamma.setValue(ex.gamma());
            } else if (s instanceof LearningRateSchedule.Cosine co) {
                kind.setSelectedIndex(3);
                cosineEpochs.setValue(co.epochs());
            } else {
                kind.setSelectedIndex(0);
            }
            StopConditions stop = rules.stop();
            lossOn.setSelected(!Double.isNaN(stop.stopAtLoss()));
            if (lossOn.isSelected()) {
                loss.setValue(stop.stopAtLoss());
            }
            patienceOn.setSelected(stop.patience() > 0);
            if (stop.patience() > 0) {
                patience.setValue(stop.patience());
            }
            secondsOn.setSelected(!Double.isNaN(stop.maxSeconds()));
            if (secondsOn.isSelected()) {
                seconds.setValue(stop.maxSeconds());
            }
            showParameters();
        } finally {
            updating = false;
        }
        if (fromOutside) {
            setExpanded(body.isVisible() || !rules.equals(EpochRules.NONE));
        }
    }

    /** Only the chosen schedule's parameters, and each stop value only when its condition is on. */
    private void showParameters() {
        int k = kind.getSelectedIndex();
        for (JComponent c : new JComponent[] {everyLabel, every, factorLabel, factor}) {
            c.setVisible(k == 1);
        }
        gammaLabel.setVisible(k == 2);
        gamma.setVisible(k == 2);
        cosineLabel.setVisible(k == 3);
        cosineEpochs.setVisible(k == 3);
        loss.setEnabled(lossOn.isSelected());
        patience.setEnabled(patienceOn.isSelected());
        seconds.setEnabled(secondsOn.isSelected());
        body.revalidate();
    }

    private static JSpinner spinner(String name, SpinnerNumberModel m, String format) {
        JSpinner s = new JSpinner(m);
        s.setName(name);
        s.setEditor(new JSpinner.NumberEditor(s, format));
        ((JSpinner.DefaultEditor) s.getEditor()).getTextField().setColumns(4);
        return s;
    }

    private static JCheckBox check(String name, String text, String tip) {
        JCheckBox c = new JCheckBox(text);
        c.setName(name);
        c.setToolTipText(tip);
        return c;
    }

    private static int intOf(JSpinner s) {
        return ((Number) s.getValue()).intValue();
    }

    private static double doubleOf(JSpinner s) {
        return ((Number) s.getValue()).doubleValue();
    }
}
