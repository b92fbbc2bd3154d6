package org.mlpsandbox.app.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mlpsandbox.app.view.Gui.await;
import static org.mlpsandbox.app.view.Gui.edt;
import static org.mlpsandbox.app.view.Gui.find;
import static org.mlpsandbox.app.view.Gui.run;

import java.awt.Component;
import java.awt.GraphicsEnvironment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JSpinner;
import javax.swing.ListCellRenderer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlpsandbox.app.action.FileActions;
import org.mlpsandbox.app.lesson.Lesson;
import org.mlpsandbox.app.lesson.LessonLibrary;
import org.mlpsandbox.app.settings.MemoryPreferences;
import org.mlpsandbox.app.view.digits.DigitsPanel;
import org.mlpsandbox.app.view.lesson.LessonsMenu;
import org.mlpsandbox.engine.plugin.PluginEntry;
import org.mlpsandbox.engine.plugin.PluginRegistry;

/**
 * In a real window: nothing trained is replaced without the question, a reopened experiment comes back whole, and the
 * controls show the data and loss in use (under Xvfb in CI).
 */
class ReopenWholeTest {

    private static final PluginRegistry PLUGINS = PluginRegistry.builtIn();

    @TempDir
    Path dir;
    private MainWindow window;
    private LessonsMenu lessons;
    private final List<String> questions = new ArrayList<>();
    private FileActions.Answer answer = FileActions.Answer.CANCEL;

    @BeforeEach
    void open() throws Exception {
        assertFalse(GraphicsEnvironment.isHeadless(), "GUI tests need a display: run them under xvfb-run -a");
        window = SandboxApp.openAndWait(PLUGINS, () -> PLUGINS);
        run(() -> window.setUnsavedWorkQuestion(q -> {
            questions.add(q);
            return answer;
        }));
        lessons = edt(() -> LessonsMenu.install(window.host(), new LessonLibrary(dir.resolve("lessons")),
                new MemoryPreferences(), false));
    }

    @AfterEach
    void close() throws Exception {
        if (window != null) {
            run(window::dispose);
        }
    }

    @Test
    void aLessonOverTrainedWorkAsksAndCancelKeepsTheWork() throws Exception {
        train(2);
        long step = edt(() -> window.model().run().step());
        Lesson xor = lesson(7);

        answer = FileActions.Answer.CANCEL;
        run(() -> lessons.open(xor));
        assertEquals(1, questions.size());
        assertTrue(questions.get(0).contains("lesson 7"), questions.get(0));
        assertTrue(edt(() -> lessons.opener().current().isEmpty()), "Cancel: no lesson");
        assertEquals(step, (long) edt(() -> window.model().run().step()), "Cancel: the trained run stays");

        answer = FileActions.Answer.DISCARD;
        run(() -> lessons.open(xor));
        assertEquals(2, questions.size());
        assertEquals(xor.id(), edt(() -> lessons.opener().current().orElseThrow().id()));
        Lesson l6 = lesson(6);
        run(() -> lessons.open(l6));
        assertEquals(2, questions.size(), "an untouched lesson is nothing to lose: no question");
    }

    @Test
    void openingAFileOverTrainedWorkAsksAndCancelKeepsTheWork() throws Exception {
        train(1);
        Path file = dir.resolve("a." + FileActions.EXTENSION);
        assertTrue(edt(() -> window.fileActions().saveTo(file)));
        train(1);
        long step = edt(() -> window.model().run().step());

        answer = FileActions.Answer.CANCEL;
        run(() -> window.fileDrop().accept(List.of(file)));
        assertEquals(1, questions.size(), "a dropped experiment asks first");
        assertEquals(step, (long) edt(() -> window.model().run().step()), "Cancel: the trained run stays");

        answer = FileActions.Answer.DISCARD;
        assertTrue(edt(() -> window.fileActions().openAsking(file)));
        assertEquals(2, questions.size());
        assertTrue(edt(() -> window.model().run().step()) < step, "the file's run replaced the newer one");
    }

    @Test
    void aReopenedExperimentShowsItsHistoryCountersAndDataAndClosesTheLesson() throws Exception {
        answer = FileActions.Answer.DISCARD;
        Lesson l6 = lesson(6);
        run(() -> lessons.open(l6));
        await("lesson 6", 5000, () -> !lessons.opener().isLoading());
        train(3);
        Path file = dir.resolve("circle." + FileActions.EXTENSION);
        assertTrue(edt(() -> window.fileActions().saveTo(file)));
        long epochs = edt(() -> window.model().run().epoch());
        int points = edt(() -> window.model().run().history().size());
        long seed = edt(() -> window.model().network().seed());
        assertTrue(epochs >= 3 && points > 1);

        Lesson l11 = lesson(11);
        run(() -> lessons.open(l11));
        await("lesson 11", 5000, () -> !lessons.opener().isLoading());
        assertTrue(edt(() -> window.model().network().seed()) != seed, "lesson 11 has another seed");
        assertTrue(edt(() -> window.fileActions().openAsking(file)));
        run(() -> window.lossChart().sync());

        assertFalse(edt(window.host()::isExplanationShowing), "the lesson's explanation went with it");
        assertTrue(edt(() -> lessons.opener().current().isEmpty()));
        await("the status bar counts the saved epochs", 3000, () -> find(window, "status.epoch", JLabel.class)
                .getText().equals(String.format("Epoch %,d", epochs)));
        assertEquals(points, (int) edt(() -> window.lossChart().trainPointCount()), "the saved history is charted");
        assertEquals((int) seed, (int) edt(() -> find(window, "weightSeed", JSpinner.class).getValue()));
        assertEquals("circle", edt(() -> window.model().data().sourceName()));
        assertEquals("Circle", edt(() -> datasetText()));
    }

    @Test
    void aReopenedDigitsModelHasItsDigitsViews() throws Exception {
        answer = FileActions.Answer.DISCARD;
        Lesson l12 = lesson(12);
        run(() -> lessons.open(l12));
        await("digits read", 30_000, () -> !lessons.opener().isLoading());
        assertTrue(edt(() -> datasetText()).toLowerCase().contains("digit"), "no blank Dataset: " + datasetText());
        assertEquals(edt(() -> window.model().data().rawData().size()),
                edt(() -> find(window, "samples", JSpinner.class).getValue()), "Samples shows the digits in use");
        assertEquals(0.0, ((Number) edt(() -> find(window, "noise", JSpinner.class).getValue())).doubleValue());
        train(1);
        Path file = dir.resolve("digits." + FileActions.EXTENSION);
        assertTrue(edt(() -> window.fileActions().saveTo(file)));
        Lesson l6 = lesson(6);
        run(() -> lessons.open(l6));
        await("lesson 6", 5000, () -> !lessons.opener().isLoading());
        assertEquals("outputView", edt(() -> window.host().outputArea().getName()));

        assertTrue(edt(() -> window.fileActions().openAsking(file)));
        assertEquals(784, (int) edt(() -> window.model().network().inputCount()));
        assertInstanceOf(DigitsPanel.class, edt(window.host()::outputArea));
        DigitsPanel digits = (DigitsPanel) edt(window.host()::outputArea);
        await("digits evaluated", 15_000, () -> digits.confusion().evaluation() != null);
        assertEquals(10, (int) edt(() -> digits.confusion().evaluation().classes()));

        run(() -> window.model().data().setSettings(org.mlpsandbox.app.model.DataSettings.defaults()));
        assertEquals("outputView", edt(() -> window.host().outputArea().getName()),
                "2-D data: the decision boundary again, not digits views that cannot read it");
    }

    @Test
    void aThreeClassCsvShowsCategoricalCrossEntropyInTheLossPicker() throws Exception {
        StringBuilder csv = new StringBuilder("x1,x2,label\n");
        for (int i = 0; i < 60; i++) {
            csv.append(i % 7 * 0.1).append(',').append(i % 5 * 0.2).append(',').append("abc".charAt(i % 3))
                    .append('\n');
        }
        Path file = Files.writeString(dir.resolve("three.csv"), csv);
        javax.swing.SwingUtilities.invokeLater(() -> window.dataPanel().importCsv(file));
        CsvDialogs.await();
        CsvDialogs.press("csvOk"); // the dialog's first guesses: the last column, as classes
        await("three classes", 5000, () -> window.model().data().rawData().classCount() == 3);
        await("the loss picker", 3000, () -> "categorical-cross-entropy".equals(selectedId("loss")));
        assertEquals(window.model().network().loss().id(), edt(() -> selectedId("loss")));
        assertEquals("three.csv", edt(() -> datasetText()).toLowerCase().replace(" ", "").substring(0, 9));
    }

    private String selectedId(String name) {
        JComboBox<?> combo = Gui.search(window, name, JComboBox.class);
        return combo != null && combo.getSelectedItem() instanceof PluginEntry e ? e.id() : null;
    }

    /** The text the Dataset combo shows for its selection, as its renderer paints it. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private String datasetText() {
        JComboBox combo = find(window, "dataset", JComboBox.class);
        ListCellRenderer r = combo.getRenderer();
        Component c = r.getListCellRendererComponent(new JList<>(), combo.getSelectedItem(),
                -1, false, false);
        return ((JLabel) c).getText();
    }

    private Lesson lesson(int order) throws Exception {
        return edt(() -> lessons.loaded().lessons().stream().filter(l -> l.order() == order).findFirst()
                .orElseThrow());
    }

    private void train(int epochs) throws Exception {
        for (int i = 0; i < epochs; i++) {
            long before = edt(() -> window.model().run().step());
            run(() -> window.model().run().stepEpoch());
            await("an epoch", 20_000, () -> window.model().run().poll().isPresent()
                    && window.model().run().step() > before);
            await("a whole epoch", 20_000, () -> {
                window.model().run().poll();
                return window.model().run().step() >= before + window.model().run().stepsPerEpoch()
                        || window.model().run().step() % window.model().run().stepsPerEpoch() == 0;
            });
        }
        run(() -> window.lossChart().sync());
    }
}
