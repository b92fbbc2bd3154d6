package org.mlpsandbox.app.view.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.mlpsandbox.app.view.Gui.await;
import static org.mlpsandbox.app.view.Gui.edt;
import static org.mlpsandbox.app.view.Gui.find;
import static org.mlpsandbox.app.view.Gui.run;

import java.awt.GraphicsEnvironment;
import java.nio.file.Path;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlpsandbox.app.lesson.Lesson;
import org.mlpsandbox.app.lesson.LessonLibrary;
import org.mlpsandbox.app.view.MainWindow;
import org.mlpsandbox.app.view.SandboxApp;
import org.mlpsandbox.engine.plugin.PluginRegistry;
import org.mlpsandbox.engine.train.EpochRules;
import org.mlpsandbox.engine.train.LearningRateSchedule;
import org.mlpsandbox.engine.train.StopConditions;

/** A lesson starts from its own settings: the schedule and stop conditions of the experiment before it do not stay. */
class LessonRulesTest {

    private static final PluginRegistry PLUGINS = PluginRegistry.builtIn();

    @TempDir
    Path userFolder;
    private MainWindow window;

    @BeforeEach
    void open() throws Exception {
        assertFalse(GraphicsEnvironment.isHeadless(), "GUI tests need a display: run them under xvfb-run -a");
        window = SandboxApp.openAndWait(PLUGINS, () -> PLUGINS);
        run(() -> window.setUnsavedWorkQuestion(q -> org.mlpsandbox.app.action.FileActions.Answer.DISCARD));
    }

    @AfterEach
    void close() throws Exception {
        if (window != null) {
            run(window::dispose);
        }
    }

    @Test
    void openingALessonStartsFromAConstantRateWithoutStopConditions() throws Exception {
        EpochRules before = new EpochRules(new LearningRateSchedule.Step(1, 0.5), new StopConditions(0.2, 7, 30));
        run(() -> window.model().setRules(before));
        assertEquals(before, edt(() -> window.model().rules()));

        LessonOpener opener = edt(() -> new LessonOpener(window.host(), () -> { }));
        Lesson lesson = new LessonLibrary(userFolder).load(PLUGINS).find("hidden-layer-circle").orElseThrow();
        run(() -> opener.open(lesson));
        await("the lesson to open", 20_000, () -> !opener.isLoading());

        assertEquals(EpochRules.NONE, edt(() -> window.model().rules()));
        // the controls show it, and the run trains at the lesson's own rate epoch after epoch
        assertEquals("constant", edt(() -> find(window, "lrSchedule", JComboBox.class).getSelectedItem()));
        assertFalse(edt(() -> find(window, "patienceOn", JCheckBox.class).isSelected()));
        assertFalse(edt(() -> find(window, "stopAtLossOn", JCheckBox.class).isSelected()));
        double lessonRate = lesson.setup().orElseThrow().sandboxSetup().training().learningRate();
        for (int e = 1; e <= 3; e++) {
            run(() -> window.model().run().stepEpoch());
            int epoch = e;
            await("epoch " + e, 20_000, () -> {
                window.model().run().poll();
                return window.model().run().epoch() >= epoch;
            });
        }
        assertEquals(lessonRate, edt(() -> window.model().run().currentLearningRate()), 0);
    }
}
