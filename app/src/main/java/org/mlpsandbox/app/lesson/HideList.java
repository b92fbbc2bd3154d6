package org.mlpsandbox.app.lesson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.mlpsandbox.app.model.ControlNames;
import org.mlpsandbox.engine.limits.Excerpt;

/**
 * A lesson's optional {@code "hide"} field: the window's controls to hide while it is open, as a list
 * ({@code ["layers", "optimizer"]}) or one comma-separated string ({@code "layers, optimizer"}), names from
 * {@link ControlNames}. An unknown name is an error that gives its line and the known names.
 */
final class HideList {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_JAVA_COMMENTS).build();

    private HideList() {
    }

    /**
     * @param node the field's value, or null when absent
     * @param json the whole file, to find the line of a bad name
     * @return the names, in file order, without repeats
     */
    static List<String> read(JsonNode node, String json) throws LessonFormatException {
        List<String> names = new ArrayList<>();
        if (node == null) {
            return names;
        }
        List<String> given = new ArrayList<>();
        if (node.isTextual()) {
            for (String part : node.asText().split(",")) {
                if (!part.isBlank()) {
                    given.add(part.strip());
                }
            }
        } else if (node.isArray()) {
            for (JsonNode e : node) {
                if (!e.isTextual()) {
                    throw new LessonFormatException("\"hide\" must hold control names, got " + Excerpt.of(String.valueOf(e)));
                }
                given.add(e.asText().strip());
            }
        } else {
            throw new LessonFormatException("\"hide\" must be a list of control names like [\"layers\", \"optimizer\"],"
                    + " got " + Excerpt.of(String.valueOf(node)));
        }
        for (String name : given) {
            if (ControlNames.named(name).isEmpty()) {
                throw new LessonFormatException(lineOf(json, name) + "\"hide\": unknown control '" + Excerpt.of(name)
                        + "'; the controls are: " + ControlNames.names());
            }
            if (!names.contains(name)) {
                names.add(name);
            }
        }
        return names;
    }

    /** "line 7: " for the string in the top-level "hide" field that holds {@code name}, or empty if not found. */
    private static String lineOf(String json, String name) {
        try (JsonParser p = FACTORY.createParser(json)) {
            int depth = 0;
            boolean inHide = false;
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                    depth++;
                } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    depth--;
                } else if (t == JsonToken.FIELD_NAME && depth == 1) {
                    inHide = "hide".equals(p.currentName());
                } else if (inHide && t == JsonToken.VALUE_STRING && p.getText().contains(name)) {
                    return "line " + p.currentTokenLocation().getLineNr() + ": ";
                }
            }
        } catch (IOException e) {
            return "";
        }
        return "";
    }
}
