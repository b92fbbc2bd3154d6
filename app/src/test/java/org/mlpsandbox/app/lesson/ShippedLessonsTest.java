package org.mlpsandbox.app.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mlpsandbox.engine.net.LayerSpec;
import org.mlpsandbox.engine.plugin.PluginChoice;
import org.mlpsandbox.engine.plugin.PluginRegistry;
import org.mlpsandbox.engine.train.Evaluation;
import org.mlpsandbox.engine.train.Trainer;

/** Every shipped lesson loads, validates, builds its network and trains; the playground lessons show what they claim. */
class ShippedLessonsTest {

    static final PluginRegistry PLUGINS = PluginRegistry.builtIn();
    static LessonLibrary.Loaded loaded;

    @BeforeAll
    static void load() {
        loaded = new LessonLibrary(Path.of("does-not-exist")).load(PLUGINS);
    }

    static Stream<Lesson> lessons() {
        load();
        return loaded.lessons().stream();
    }

    static Stream<Lesson> lessonsWithSetup() {
        return lessons().filter(l -> l.setup().isPresent());
    }

    @Test
    void allTwelveLessonsLoadWithoutProblems() {
        assertEquals(List.of(), loaded.problems());
        assertEquals(12, loaded.lessons().size());
        Set<Integer> orders = new HashSet<>();
        for (Lesson l : loaded.lessons()) {
            orders.add(l.order());
            assertTrue(l.source().startsWith("built-in lesson "), l.source());
            assertTrue(l.explanation().length() > 100, l.id() + " has a very short explanation");
            assertEquals(l.view().needsSetup(), l.setup().isPresent(), l.id());
        }
        assertEquals(Set.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12), orders);
    }

    @Test
    void everyLessonFileIsListedInTheIndex() throws IOException {
        Path folder = Path.of("src/main/resources/org/mlpsandbox/app/lessons");
        List<String> index = Files.readAllLines(folder.resolve(LessonLibrary.INDEX)).stream()
                .map(String::strip).filter(s -> !s.isEmpty() && !s.startsWith("#")).toList();
        try (Stream<Path> files = Files.list(folder)) {
            List<String> json = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json"))
                    .sorted().toList();
            assertEquals(json, index.stream().sorted().toList());
        }
    }

    @Test
    void lessonsAreFoundByIdNumberOrTitle() {
        assertEquals("hidden-layer-circle", loaded.find("hidden-layer-circle").orElseThrow().id());
        assertEquals("hidden-layer-circle", loaded.find("6").orElseThrow().id());
        assertEquals("digits", loaded.find("Handwritten digits").orElseThrow().id());
        assertTrue(loaded.find("no-such-lesson").isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lessonsWithSetup")
    void buildsAndRunsAFewSteps(Lesson lesson) throws IOException {
        LessonRun run = lesson.setup().orElseThrow().prepare(PLUGINS);
        assertEquals(run.data().train().inputCount(), run.network().inputs());
        assertEquals(run.data().train().targetCount(), run.network().outputs());
        Trainer trainer = run.newTrainer();
        for (int i = 0; i < 5; i++) {
            assertTrue(Double.isFinite(trainer.step()), lesson.id());
        }
    }

    /** Trains a lesson for its own number of epochs and evaluates it on its test set. */
    private static Trainer trained(LessonSetup setup) throws IOException {
        LessonRun run = setup.prepare(PLUGINS);
        Trainer trainer = run.newTrainer();
        for (int e = 0; e < run.epochs(); e++) {
            trainer.epoch();
        }
        return trainer;
    }

    private static LessonSetup setupOf(String id) {
        return loaded.find(id).orElseThrow().setup().orElseThrow();
    }

    private static double testAccuracy(String id) throws IOException {
        Trainer t = trained(setupOf(id));
        return t.evaluate(t.testData()).accuracy();
    }

    @Test
    void sigmoidNeuronSeparatesTheLinearData() throws IOException {
        assertTrue(testAccuracy("sigmoid-neuron") >= 0.95);
    }

    @Test
    void hiddenLayerSeparatesTheCircle() throws IOException {
        assertTrue(testAccuracy("hidden-layer-circle") >= 0.95);
    }

    @Test
    void xorIsLearned() throws IOException {
        assertTrue(testAccuracy("xor-spiral") >= 0.97);
    }

    @Test
    void batchOneLearnsTheCircle() throws IOException {
        assertTrue(testAccuracy("batches") >= 0.95);
    }

    @Test
    void autoencoderReconstructsItsInputs() throws IOException {
        LessonSetup setup = setupOf("network-shapes");
        LessonRun run = setup.prepare(PLUGINS);
        assertEquals(0, run.data().train().classCount());
        assertEquals(run.data().train().x()[3], run.data().train().y()[3]);
        double before = run.newTrainer().evaluate(run.data().test()).loss();
        Trainer t = trained(setup);
        double after = t.evaluate(t.testData()).loss();
        assertTrue(after < 0.4 * before, "autoencoder loss " + before + " → " + after);
    }

    @Test
    void deepSigmoidNetShowsVanishingGradients() throws IOException {
        Trainer t = trained(setupOf("vanishing-gradients"));
        double[] norms = t.progress().gradientNorms();
        assertTrue(norms[0] * 50 < norms[norms.length - 1], "first " + norms[0] + ", last " + norms[norms.length - 1]);
    }

    @Test
    void theVanishingLessonsSuggestionsWork() throws IOException {
        LessonSetup deep = setupOf("vanishing-gradients");
        for (String[] fix : new String[][] {{"tanh", "xavier-uniform"}, {"relu", "he-normal"}}) {
            List<LayerSpec> hidden = deep.network().hidden().stream().map(l -> LayerSpec.of(l.size(), fix[0]))
                    .toList();
            LessonSetup.NetworkSetup n = deep.network();
            LessonSetup better = new LessonSetup(deep.data(), new LessonSetup.NetworkSetup(hidden, n.output(),
                    n.loss(), PluginChoice.of(fix[1]), n.seed()), deep.training());
            Trainer t = trained(better);
            double accuracy = t.evaluate(t.testData()).accuracy();
            assertTrue(accuracy >= 0.95, fix[0] + " + " + fix[1] + ": " + accuracy);
        }
    }

    @Test
    void batch32LearnsWithTheLargerRateTheLessonSuggests() throws IOException {
        LessonSetup plain = setupOf("batches");
        LessonSetup.TrainingSetup t = plain.training();
        LessonSetup batch32 = new LessonSetup(plain.data(), plain.network(), new LessonSetup.TrainingSetup(
                t.optimizer(), 0.3, t.biasLearningRate(), 32, t.l1(), t.l2(), t.epochs(), t.seed()));
        Trainer trainer = trained(batch32);
        assertTrue(trainer.evaluate(trainer.testData()).accuracy() >= 0.95);
    }

    @Test
    void bigNetOverfitsAndL2Helps() throws IOException {
        LessonSetup plain = setupOf("overfitting-l2");
        Trainer overfit = trained(plain);
        Evaluation train = overfit.evaluate(overfit.trainingData());
        Evaluation test = overfit.evaluate(overfit.testData());
        assertTrue(test.loss() > 10 * train.loss(), "train " + train.loss() + ", test " + test.loss());

        LessonSetup.TrainingSetup t = plain.training();
        LessonSetup withL2 = new LessonSetup(plain.data(), plain.network(), new LessonSetup.TrainingSetup(
                t.optimizer(), t.learningRate(), t.biasLearningRate(), t.batchSize(), t.l1(), 0.03, t.epochs(),
                t.seed()));
        Trainer regularised = trained(withL2);
        double testWithL2 = regularised.evaluate(regularised.testData()).loss();
        assertTrue(testWithL2 < test.loss() / 2, "test loss without L2 " + test.loss() + ", with " + testWithL2);
    }
}
