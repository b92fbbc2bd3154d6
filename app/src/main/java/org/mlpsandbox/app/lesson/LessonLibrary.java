package org.mlpsandbox.app.lesson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.mlpsandbox.engine.limits.MemoryBudget;
import org.mlpsandbox.engine.plugin.PluginRegistry;

/**
 * Finds lessons: the shipped ones on the class path (listed in {@value #INDEX} in {@value #RESOURCE_FOLDER}) and a
 * teacher's own {@code *.json} files in a user folder ({@code ~/.mlp-sandbox/lessons} by default). Every file is parsed
 * and its setup validated against the plugins; a bad file is reported as a {@link LessonProblem} and skipped, and
 * the others still load.
 *
 * <pre>{@code
 * LessonLibrary.Loaded loaded = LessonLibrary.withDefaultFolder().load(PluginRegistry.builtIn());
 * loaded.problems().forEach(p -> System.err.println(p));
 * Lesson lesson = loaded.find("hidden-layer-circle").orElseThrow();
 * }</pre>
 */
public final class LessonLibrary {

    /** Class path folder of the shipped lessons. */
    public static final String RESOURCE_FOLDER = "/org/mlpsandbox/app/lessons/";

    /** The file in {@link #RESOURCE_FOLDER} that lists the shipped lesson files, one name a line. */
    public static final String INDEX = "index.txt";

    /** The largest lesson file read: lessons are short texts, so anything larger is refused unread. */
    public static final long MAX_FILE_BYTES = 1 << 20;

    private static final JsonFactory LINES = JsonFactory.builder().enable(JsonReadFeature.ALLOW_JAVA_COMMENTS).build();

    private final Path userFolder;

    /** @param userFolder folder of a teacher's lesson files; it need not exist */
    public LessonLibrary(Path userFolder) {
        this.userFolder = userFolder;
    }

    /** A library with the user folder {@code ~/.mlp-sandbox/lessons}. */
    public static LessonLibrary withDefaultFolder() {
        return new LessonLibrary(defaultUserFolder());
    }

    /** {@code ~/.mlp-sandbox/lessons}, beside the plugin folder (moved with it by {@code -Dmlpsandbox.home}). */
    public static Path defaultUserFolder() {
        return org.mlpsandbox.engine.plugin.PluginFolders.home().resolve("lessons");
    }

    public Path userFolder() {
        return userFolder;
    }

    /**
     * What loading found.
     *
     * @param lessons  the good lessons, by order then title
     * @param problems the files skipped, with the reason
     */
    public record Loaded(List<Lesson> lessons, List<LessonProblem> problems) {

        public Loaded {
            lessons = List.copyOf(lessons);
            problems = List.copyOf(problems);
        }

        /**
         * The lesson named by its id (case-insensitive), its order number ("6"), or its title.
         */
        public Optional<Lesson> find(String name) {
            String wanted = name.strip().toLowerCase(Locale.ROOT);
            for (Lesson l : lessons) {
                if (l.id().equals(wanted) || String.valueOf(l.order()).equals(wanted)
                        || l.title().toLowerCase(Locale.ROOT).equals(wanted)) {
                    return Optional.of(l);
                }
            }
            return Optional.empty();
        }

        /** The problem of the lesson file a person asked for by {@code name} (see {@link LessonProblem#concerns}). */
        public Optional<LessonProblem> problemOf(String name) {
            return problems.stream().filter(p -> p.concerns(name)).findFirst();
        }

        /** The ids, in menu order, for messages such as "unknown lesson; the lessons are: …". */
        public List<String> ids() {
            return lessons.stream().map(Lesson::id).toList();
        }
    }

    /**
     * Loads the shipped lessons, then the user folder's. A user lesson whose id is already taken is skipped with a
     * problem.
     *
     * @param plugins the plugins lesson setups are validated against
     */
    public Loaded load(PluginRegistry plugins) {
        List<Lesson> lessons = new ArrayList<>();
        List<LessonProblem> problems = new ArrayList<>();
        Map<String, String> taken = new HashMap<>();
        for (String name : shippedNames(problems)) {
            String source = "built-in lesson " + name;
            try (InputStream in = LessonLibrary.class.getResourceAsStream(RESOURCE_FOLDER + name)) {
                if (in == null) {
                    problems.add(new LessonProblem(source, "listed in " + INDEX + " but missing from the class path"));
                    continue;
                }
                add(new String(in.readAllBytes(), StandardCharsets.UTF_8), source, plugins, lessons, problems, taken);
            } catch (IOException e) {
                problems.add(new LessonProblem(source, "cannot be read: " + e.getMessage()));
            }
        }
        for (Path file : userFiles(problems)) {
            try {
                long size = Files.size(file);
                if (size > MAX_FILE_BYTES) {
                    problems.add(new LessonProblem(file.toString(), "is " + MemoryBudget.format(size) + "; a lesson"
                            + " file is a short text of at most " + MemoryBudget.format(MAX_FILE_BYTES)));
                    continue;
                }
                add(Files.readString(file, StandardCharsets.UTF_8), file.toString(), plugins, lessons, problems,
                        taken);
            } catch (IOException e) {
                problems.add(new LessonProblem(file.toString(), "cannot be read: " + e));
            }
        }
        lessons.sort(Comparator.comparingInt(Lesson::order).thenComparing(Lesson::title));
        return new Loaded(lessons, problems);
    }

    /**
     * Parses and validates one lesson text.
     *
     * @throws LessonFormatException naming the field and the problem
     */
    public static Lesson read(String json, String source, PluginRegistry plugins) throws LessonFormatException {
        Lesson lesson = LessonParser.parse(json, source);
        validate(lesson, plugins, json);
        return lesson;
    }

    /**
     * Checks a parsed lesson's setup against the plugins and the memory budget, without building anything. A problem
     * with the data (a dataset plugin that is not installed, say) names the line of {@code "source"} in the file.
     */
    private static void validate(Lesson lesson, PluginRegistry plugins, String json) throws LessonFormatException {
        if (lesson.setup().isPresent()) {
            try {
                lesson.setup().get().validate(plugins);
            } catch (RuntimeException e) {
                String message = String.valueOf(e.getMessage());
                int line = message.startsWith("data:") ? lineOf(json, "/setup/data/source") : 0;
                throw new LessonFormatException((line > 0 ? "line " + line + ": " : "") + "setup." + message, e);
            }
        }
    }

    /** The line of the field at {@code pointer} ("/setup/data/source") in a lesson's text; 0 when not found. */
    static int lineOf(String json, String pointer) {
        try (JsonParser parser = LINES.createParser(json)) {
            for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
                if (t == JsonToken.FIELD_NAME && parser.getParsingContext().pathAsPointer().toString()
                        .equals(pointer)) {
                    return parser.currentTokenLocation().getLineNr();
                }
            }
        } catch (IOException e) {
            return 0; // the text parsed once already; a line number is a help, not a need
        }
        return 0;
    }

    private static void add(String json, String source, PluginRegistry plugins, List<Lesson> lessons,
                            List<LessonProblem> problems, Map<String, String> taken) {
        Lesson lesson;
        try {
            lesson = LessonParser.parse(json, source);
        } catch (LessonFormatException e) {
            problems.add(new LessonProblem(source, e.getMessage()));
            return;
        }
        try {
            validate(lesson, plugins, json);
            String first = taken.get(lesson.id());
            if (first != null) {
                problems.add(new LessonProblem(source, "the id \"" + lesson.id() + "\" is already used by " + first
                        + "; give this lesson another id"));
                return;
            }
            taken.put(lesson.id(), source);
            lessons.add(lesson);
        } catch (LessonFormatException e) {
            problems.add(new LessonProblem(source, e.getMessage(), lesson.id()));
        }
    }

    private static List<String> shippedNames(List<LessonProblem> problems) {
        List<String> names = new ArrayList<>();
        InputStream in = LessonLibrary.class.getResourceAsStream(RESOURCE_FOLDER + INDEX);
        if (in == null) {
            problems.add(new LessonProblem("built-in lessons", RESOURCE_FOLDER + INDEX + " is missing"));
            return names;
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null; ) {
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    names.add(line);
                }
            }
        } catch (IOException e) {
            problems.add(new LessonProblem("built-in lessons", INDEX + " cannot be read: " + e.getMessage()));
        }
        return names;
    }

    private List<Path> userFiles(List<LessonProblem> problems) {
        List<Path> files = new ArrayList<>();
        if (userFolder == null || !Files.isDirectory(userFolder)) {
            return files;
        }
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(userFolder, "*.json")) {
            for (Path p : dir) {
                if (Files.isRegularFile(p)) {
                    files.add(p);
                }
            }
        } catch (IOException e) {
            problems.add(new LessonProblem(userFolder.toString(), "cannot list the lesson folder: " + e));
        }
        files.sort(Comparator.comparing(p -> p.getFileName().toString()));
        return files;
    }
}
