package org.mlpsandbox.app.lesson;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.mlpsandbox.app.model.Feature;
import org.mlpsandbox.app.model.Setup;
import org.mlpsandbox.engine.net.LayerSpec;
import org.mlpsandbox.engine.plugin.PluginChoice;
import org.mlpsandbox.engine.train.TrainingSettings;

/**
 * Writes a teacher's current setup as a lesson file ({@code File → Save as lesson…}) that {@link LessonParser} reads
 * back to the same setup: a playground lesson with the data, the network and the training settings, the controls to
 * hide, a title and the teacher's text (paragraphs split at blank lines, as plain text).
 */
public final class LessonWriter {

    /** Where saved lessons go in the Lessons menu: after the shipped ones. */
    public static final int ORDER = 100;
    /** Epochs a headless run of the lesson ({@code train --lesson}) trains. */
    public static final int EPOCHS = 200;

    private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    /**
     * What the teacher chose in the dialog.
     *
     * @param title  the lesson's title (required)
     * @param text   what to look at and what to try: plain text, paragraphs separated by blank lines
     * @param hidden names of {@link org.mlpsandbox.app.model.ControlNames} to hide
     */
    public record Draft(String title, String text, List<String> hidden) {

        public Draft {
            title = title == null ? "" : title.strip();
            text = text == null ? "" : text.strip();
            hidden = List.copyOf(hidden);
        }
    }

    private LessonWriter() {
    }

    /**
     * The lesson file's text.
     *
     * @param setup   the window's setup ({@code SandboxModel.currentSetup()})
     * @param outputs the output layer's size
     * @param curve   whether the output view is a curve (1-D data) rather than a decision boundary
     * @throws IllegalArgumentException when the title is empty
     */
    public static String write(Draft draft, Setup setup, int outputs, boolean curve) {
        if (draft.title().isEmpty()) {
            throw new IllegalArgumentException("a lesson needs a title");
        }
        ObjectNode root = JSON.createObjectNode();
        root.put("id", id(draft.title()));
        root.put("order", ORDER);
        root.put("title", draft.title());
        root.put("summary", summary(draft));
        ArrayNode paragraphs = root.putArray("explanation");
        for (String p : explanation(draft.text())) {
            paragraphs.add(escape(p));
        }
        if (paragraphs.isEmpty()) {
            paragraphs.add("Press Play and watch the network learn.");
        }
        root.put("view", LessonView.PLAYGROUND.id());
        root.putArray("panels").add("network").add(curve ? "curve" : "boundary").add("loss");
        if (!draft.hidden().isEmpty()) {
            ArrayNode hide = root.putArray("hide");
            draft.hidden().forEach(hide::add);
        }
        ObjectNode s = root.putObject("setup");
        ObjectNode data = s.putObject("data");
        data.put("source", setup.data().generator());
        data.put("samples", setup.data().samples());
        data.put("noise", setup.data().noise());
        data.put("testRatio", setup.data().testRatio());
        data.put("seed", setup.data().seed());
        ObjectNode network = s.putObject("network");
        ArrayNode hidden = network.putArray("hidden");
        for (LayerSpec l : setup.hiddenLayers()) {
            hidden.add(l.size() + ":" + plugin(l.activation()));
        }
        network.put("output", outputs + ":" + plugin(setup.outputActivation()));
        network.put("loss", plugin(setup.loss()));
        network.put("initializer", plugin(setup.initializer()));
        network.put("seed", setup.networkSeed());
        ObjectNode training = s.putObject("training");
        TrainingSettings t = setup.training();
        training.put("optimizer", plugin(t.optimizer()));
        training.put("learningRate", t.learningRate());
        if (!Double.isNaN(t.biasLearningRate())) {
            training.put("biasLearningRate", t.biasLearningRate());
        }
        training.put("batch", t.batchSize());
        training.put("l1", t.l1());
        training.put("l2", t.l2());
        training.put("epochs", EPOCHS);
        training.put("seed", t.seed());
        try {
            return JSON.writeValueAsString(root) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e); // a tree of strings and numbers always writes
        }
    }

    /**
     * What of the window's state a lesson file cannot keep, one line each for the dialog (empty when it keeps
     * everything): lessons draw their data from a generator with two classes, on the raw inputs x₁ and x₂.
     *
     * @param generated whether the data comes from a generator (not a CSV file or drawn points)
     * @param scaled    whether the inputs are scaled (normalised)
     */
    public static List<String> notKept(Setup setup, boolean generated, boolean scaled) {
        List<String> lines = new ArrayList<>();
        if (!generated) {
            lines.add("The data is not from a generator: the lesson draws '" + setup.data().generator()
                    + "' instead.");
        }
        if (setup.data().classes() != 0) {
            lines.add("Lessons draw the generator's usual number of classes, not " + setup.data().classes() + ".");
        }
        if (!setup.features().isEmpty() && !setup.features().equals(Set.of(Feature.X1, Feature.X2))) {
            lines.add("Lessons use the inputs x₁ and x₂ only, not the other features chosen.");
        }
        if (scaled) {
            lines.add("Lessons use the raw input values (no scaling).");
        }
        return lines;
    }

    /** A file name for the lesson: its id and ".json". */
    public static String fileName(Draft draft) {
        return id(draft.title()) + ".json";
    }

    /** "XOR, by hand!" → "xor-by-hand". */
    static String id(String title) {
        String plain = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String id = plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (id.length() > 60) {
            id = id.substring(0, 60).replaceAll("-+$", "");
        }
        return id.isEmpty() ? "my-lesson" : id;
    }

    /** "sgd(momentum=0.9)". */
    static String plugin(PluginChoice c) {
        if (c.parameters().isEmpty()) {
            return c.id();
        }
        List<String> pairs = new ArrayList<>();
        for (Map.Entry<String, Double> e : new java.util.TreeMap<>(c.parameters()).entrySet()) {
            pairs.add(e.getKey() + "=" + e.getValue());
        }
        return c.id() + "(" + String.join(", ", pairs) + ")";
    }

    private static List<String> paragraphs(String text) {
        List<String> list = new ArrayList<>();
        for (String p : text.split("\\R\\s*\\R")) {
            String one = p.strip().replaceAll("\\s*\\R\\s*", " ");
            if (!one.isEmpty()) {
                list.add(one);
            }
        }
        return list;
    }

    /** The text's first sentence (the lesson opens with it in italics, the start page shows it), or the title. */
    private static String summary(Draft draft) {
        List<String> ps = paragraphs(draft.text());
        if (ps.isEmpty()) {
            return draft.title();
        }
        String sentence = firstSentence(ps.get(0));
        return escape(sentence.length() > 140 ? sentence.substring(0, 139) + "…" : sentence);
    }

    private static String firstSentence(String paragraph) {
        int end = paragraph.indexOf(". ");
        return end > 0 ? paragraph.substring(0, end + 1) : paragraph;
    }

    /** The paragraphs after the summary's sentence (which the lesson already shows). */
    private static List<String> explanation(String text) {
        List<String> ps = paragraphs(text);
        if (!ps.isEmpty()) {
            String rest = ps.get(0).substring(firstSentence(ps.get(0)).length()).strip();
            if (rest.isEmpty()) {
                ps.remove(0);
            } else {
                ps.set(0, rest);
            }
        }
        return ps;
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
