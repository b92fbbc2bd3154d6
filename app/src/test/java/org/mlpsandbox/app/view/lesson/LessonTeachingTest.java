package org.mlpsandbox.app.view.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;
import javax.swing.Action;
import javax.swing.JComponent;
import javax.swing.KeyStroke;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Test;

/** The lessons' teaching gaps closed: a typed fifth rate, Step and speed for descent, Space to play. */
class LessonTeachingTest {

    @Test
    void aTypedRateAboveOneDivergesBesideTheOthers() {
        LearningRateModel model = new LearningRateModel();
        assertEquals(5, model.rateCount());
        assertEquals(LearningRateModel.YOUR_RATE, model.rate(4));
        for (int k = 0; k < 3; k++) {
            model.step();
        }
        model.setRate(4, 1.1); // the same rate again: the path is replayed to step 3, x · (1 − 2.2) each step
        assertEquals(-1 * Math.pow(-1.2, 3), model.x(4, 3), 1e-12);
        assertEquals("explodes", model.behaviour(4));
        model.setRate(4, 0.25); // x · 0.5 each step
        assertEquals(3, model.steps());
        assertEquals(-0.125, model.x(4, 3), 1e-12);
        assertEquals(0.8, model.x(1, 1), 1e-12); // the other rates are untouched
        assertThrows(IllegalArgumentException.class, () -> model.setRate(4, 0));
        assertThrows(IllegalArgumentException.class, () -> model.setRate(4, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> model.setRate(4, 11));
    }

    @Test
    void thePanelTakesATypedRateAndSaysWhatIsWrongWithABadOne() throws Exception {
        onEdt(() -> {
            LearningRatePanel panel = new LearningRatePanel();
            panel.typeYourRate("1.5");
            assertEquals(1.5, panel.model().rate(4));
            assertEquals("", panel.yourRateMessage());
            panel.typeYourRate("fast");
            assertEquals(1.5, panel.model().rate(4), "a bad rate keeps the old one");
            assertTrue(panel.yourRateMessage().contains("not a number"), panel.yourRateMessage());
            panel.typeYourRate("-2");
            assertTrue(panel.yourRateMessage().contains("above 0"), panel.yourRateMessage());
        });
    }

    @Test
    void lessonThreeStepsOneAtATimeAndAtAChosenSpeed() throws Exception {
        onEdt(() -> {
            OneNeuronPanel panel = new OneNeuronPanel();
            OneNeuronModel reference = new OneNeuronModel();
            double before = panel.model().mse();
            panel.pressStep();
            reference.descentStep();
            assertEquals(2, panel.model().path().size());
            assertEquals(reference.weight(), panel.model().weight(), 1e-12);
            assertEquals(reference.bias(), panel.model().bias(), 1e-12);
            assertTrue(panel.model().mse() < before);
            assertFalse(panel.isDescending());
            panel.chooseSpeed(OneNeuronPanel.Speed.SLOW);
            assertEquals(OneNeuronPanel.Speed.SLOW, panel.speed());
            assertTrue(OneNeuronPanel.Speed.SLOW.millis > OneNeuronPanel.Speed.FAST.millis);
        });
    }

    @Test
    void spacePlaysAndPausesLessonOne() throws Exception {
        onEdt(() -> {
            GradientDescentPanel panel = new GradientDescentPanel();
            Object name = panel.getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW)
                    .get(KeyStroke.getKeyStroke(KeyEvent.VK_SPACE, 0));
            assertEquals(LessonKeys.PLAY_PAUSE, name);
            Action a = panel.getActionMap().get(name);
            PlayButton play = find(panel);
            assertFalse(play.isPlaying());
            a.actionPerformed(new ActionEvent(panel, ActionEvent.ACTION_PERFORMED, "space"));
            assertTrue(play.isPlaying());
            a.actionPerformed(new ActionEvent(panel, ActionEvent.ACTION_PERFORMED, "space"));
            assertFalse(play.isPlaying());
        });
    }

    private static PlayButton find(java.awt.Container c) {
        for (java.awt.Component child : c.getComponents()) {
            if (child instanceof PlayButton p) {
                return p;
            }
            if (child instanceof java.awt.Container k) {
                PlayButton p = find(k);
                if (p != null) {
                    return p;
                }
            }
        }
        return null;
    }

    private static void onEdt(Runnable r) throws Exception {
        SwingUtilities.invokeAndWait(r);
    }
}
