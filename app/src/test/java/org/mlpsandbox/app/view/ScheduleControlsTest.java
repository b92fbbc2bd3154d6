package org.mlpsandbox.app.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JSpinner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mlpsandbox.app.model.SandboxModel;
import org.mlpsandbox.app.model.TestPlugins;
import org.mlpsandbox.engine.train.EpochRules;
import org.mlpsandbox.engine.train.LearningRateSchedule;
import org.mlpsandbox.engine.train.StopConditions;

/** The "Schedule & stopping" controls in the real window: they exist, fit, drive the model and show what it follows. */
class ScheduleControlsTest {

    private MainWindow window;

    @BeforeEach
    void open() throws Exception {
        assertFalse(GraphicsEnvironment.isHeadless(), "GUI tests need a display: run them under xvfb-run -a");
        window = SandboxApp.openAndWait(TestPlugins.registry(), TestPlugins::registry);
        Gui.run(() -> {
            window.setSize(1024, 768);
            window.validate();
        });
    }

    @AfterEach
    void close() throws Exception {
        if (window != null) {
            Gui.run(window::dispose);
        }
    }

    private SandboxModel model() {
        return window.model();
    }

    @Test
    void theScheduleControlsDriveTheModelAndFitTheColumn() throws Exception {
        TrainingPanel training = Gui.edt(() -> Gui.find(window, "trainingPanel", TrainingPanel.class));
        int foldedWidth = Gui.edt(() -> training.getPreferredSize().width);
        Gui.click(window, "scheduleSection");
        assertTrue(Gui.edt(() -> Gui.find(window, "rateCurve", RateCurve.class).isVisible()));
        assertTrue(Gui.edt(() -> training.getPreferredSize().width) <= foldedWidth,
                "unfolded, the section does not widen the training column");

        Gui.run(() -> Gui.find(window, "lrSchedule", JComboBox.class).setSelectedItem("step"));
        assertEquals(new LearningRateSchedule.Step(50, 0.5), Gui.edt(() -> model().rules().schedule()));
        assertTrue(Gui.edt(() -> Gui.find(window, "scheduleEvery", JSpinner.class).isVisible()));
        assertFalse(Gui.edt(() -> Gui.find(window, "scheduleGamma", JSpinner.class).isVisible()));
        Gui.run(() -> Gui.find(window, "scheduleEvery", JSpinner.class).setValue(3));
        Gui.run(() -> Gui.find(window, "scheduleFactor", JSpinner.class).setValue(0.25));
        assertEquals(new LearningRateSchedule.Step(3, 0.25), Gui.edt(() -> model().rules().schedule()));

        Gui.run(() -> Gui.find(window, "lrSchedule", JComboBox.class).setSelectedItem("exponential"));
        Gui.run(() -> Gui.find(window, "scheduleGamma", JSpinner.class).setValue(0.9));
        assertEquals(new LearningRateSchedule.Exponential(0.9), Gui.edt(() -> model().rules().schedule()));

        Gui.click(window, "patienceOn");
        Gui.run(() -> Gui.find(window, "patience", JSpinner.class).setValue(5));
        Gui.click(window, "stopAtLossOn");
        assertEquals(new StopConditions(0.05, 5, Double.NaN), Gui.edt(() -> model().rules().stop()));
        Gui.click(window, "stopAtLossOn");
        assertEquals(new StopConditions(Double.NaN, 5, Double.NaN), Gui.edt(() -> model().rules().stop()));

        // rules from outside (an opened file): the controls show them
        EpochRules opened = new EpochRules(new LearningRateSchedule.Cosine(77), new StopConditions(Double.NaN, 0,
                12.5));
        Gui.run(() -> model().setRules(opened));
        assertEquals("cosine", Gui.edt(() -> Gui.find(window, "lrSchedule", JComboBox.class).getSelectedItem()));
        assertEquals(77, Gui.edt(() -> ((Number) Gui.find(window, "scheduleEpochs", JSpinner.class).getValue())
                .intValue()));
        assertTrue(Gui.edt(() -> Gui.find(window, "maxSecondsOn", JCheckBox.class).isSelected()));
        assertFalse(Gui.edt(() -> Gui.find(window, "patienceOn", JCheckBox.class).isSelected()));
        assertEquals(12.5, Gui.edt(() -> ((Number) Gui.find(window, "maxSeconds", JSpinner.class).getValue())
                .doubleValue()));

        // the curve paints in both themes without trouble, and the header folds again
        for (boolean dark : new boolean[] {true, false}) {
            Gui.run(() -> Theme.use(dark));
            Gui.run(() -> {
                RateCurve curve = Gui.find(window, "rateCurve", RateCurve.class);
                BufferedImage image = new BufferedImage(200, 54, BufferedImage.TYPE_INT_RGB);
                curve.setSize(200, 54);
                curve.paint(image.getGraphics());
                int background = javax.swing.UIManager.getColor("MlpSandbox.plotBackground").getRGB();
                int drawn = 0;
                for (int x = 0; x < 200; x++) {
                    for (int y = 0; y < 54; y++) {
                        drawn += image.getRGB(x, y) != background ? 1 : 0;
                    }
                }
                assertTrue(drawn > 150, "the curve, its axis and labels are drawn: " + drawn + " pixels");
            });
        }
        Gui.click(window, "scheduleSection");
        assertTrue(Gui.edt(() -> Gui.find(window, "scheduleSection", JButton.class).getText()
                .startsWith("▸ Schedule & stopping: cosine")));
    }

    @Test
    void theChartShowsTheScheduledRateAndTheBannerSaysWhyPlayStopped() throws Exception {
        LearningRateSchedule schedule = new LearningRateSchedule.Step(1, 0.5);
        Gui.run(() -> model().setRules(new EpochRules(schedule, new StopConditions(Double.NaN, 0, Double.NaN))));
        Gui.click(window, "showRate");
        for (int e = 1; e <= 3; e++) {
            Gui.run(() -> model().run().stepEpoch());
            int epoch = e;
            Gui.await("epoch " + e, 10_000, () -> model().run().epoch() >= epoch);
        }
        var rate = Gui.edt(() -> window.lossChart().rateSeries());
        Gui.await("the rate on the chart", 5_000, () -> {
            model().run().poll(); // what the window's frame does (the start page may be in front)
            window.lossChart().sync();
            return rate.getItemCount() > 0 && rate.getX(rate.getItemCount() - 1).doubleValue()
                    >= 3 * model().run().stepsPerEpoch();
        });
        double lr = Gui.edt(() -> model().settings().learningRate());
        int perEpoch = Gui.edt(() -> model().run().stepsPerEpoch());
        for (int i = 0; i < rate.getItemCount(); i++) {
            double step = rate.getX(i).doubleValue();
            long epoch = (long) ((step - 1) / perEpoch);
            assertEquals(lr * Math.pow(0.5, epoch), rate.getY(i).doubleValue(), 1e-15, "step " + step);
        }

        Gui.run(() -> model().setRules(new EpochRules(schedule, new StopConditions(Double.NaN, 0, 0.2))));
        // the time limit counts training time (time in steps): at full speed, so that it comes within the test's wait
        Gui.run(() -> model().run().setSpeed(org.mlpsandbox.app.model.Speed.FULL));
        Gui.run(() -> model().run().play());
        Gui.await("Play to stop by itself", 60_000, () -> !model().run().isPlaying());
        Gui.await("the banner to say why", 5_000, () -> window.bannerMessage().contains("time limit of 0.2 s"));
        // a stop condition that was met is a notice, not an error: the banner is not in the error colours
        MessageBanner banner = Gui.edt(() -> Gui.find(window, "banner", MessageBanner.class));
        assertEquals(MessageBanner.Kind.INFO, Gui.edt(banner::kind));
        assertEquals(MessageBanner.background(MessageBanner.Kind.INFO), Gui.edt(banner::getBackground));
    }
}
