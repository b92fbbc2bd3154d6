package org.mlpsandbox.engine.io;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads single fields of one file's JSON tree and checks their type and range; each problem becomes an
 * {@link ExperimentFileException} naming the file and the field by its path, such as
 * {@code "network.layers[2].activation"}.
 */
final class JsonFields {

    private final String file;

    JsonFields(String file) {
        this.file = file;
    }

    /** An exception naming this file and {@code message}. */
    ExperimentFileException problem(String message) {
        return new ExperimentFileException(file, message);
    }

    /** The field {@code name} of {@code parent}, or {@code null} when it is missing or JSON {@code null}. */
    static JsonNode optional(JsonNode parent, String name) {
        JsonNode node = parent.get(name);
        return node == null || node.isNull() ? null : node;
    }

    JsonNode field(JsonNode parent, String name, String where) throws ExperimentFileException {
        JsonNode node = parent.get(name);
        if (node == null) {
            throw problem("missing field \"" + where + "\"");
        }
        return node;
    }

    JsonNode object(JsonNode parent, String name, String where) throws ExperimentFileException {
        return requireObject(field(parent, name, where), where);
    }

    JsonNode array(JsonNode parent, String name, String where) throws ExperimentFileException {
        return requireArray(field(parent, name, where), where);
    }

    /** {@code node} itself, when it is an object. */
    JsonNode requireObject(JsonNode node, String where) throws ExperimentFileException {
        if (!node.isObject()) {
            throw problem(where + " must be an object, got " + describe(node));
        }
        return node;
    }

    /** {@code node} itself, when it is an array. */
    JsonNode requireArray(JsonNode node, String where) throws ExperimentFileException {
        if (!node.isArray()) {
            throw problem(where + " must be an array, got " + describe(node));
        }
        return node;
    }

    long integer(JsonNode parent, String name, String where, long min, long max) throws ExperimentFileException {
        JsonNode node = field(parent, name, where);
        if (!node.isIntegralNumber() || !node.canConvertToLong()) {
            throw problem(where + " must be a whole number, got " + describe(node));
        }
        long v = node.longValue();
        if (v < min || v > max) {
            throw problem(where + " is " + v + "; it must be " + min + " to " + max);
        }
        return v;
    }

    /** A whole number in the range of {@code long}. */
    long anyLong(JsonNode parent, String name, String where) throws ExperimentFileException {
        return integer(parent, name, where, Long.MIN_VALUE, Long.MAX_VALUE);
    }

    /** A finite number; {@code null} reads as NaN where {@code nullable}. */
    double real(JsonNode parent, String name, String where, boolean nullable) throws ExperimentFileException {
        JsonNode node = field(parent, name, where);
        if (nullable && node.isNull()) {
            return Double.NaN;
        }
        if (!node.isNumber() || !Double.isFinite(node.doubleValue())) {
            throw problem(where + " must be a finite number" + (nullable ? " or null" : "") + ", got "
                    + describe(node));
        }
        return node.doubleValue();
    }

    boolean bool(JsonNode parent, String name, String where) throws ExperimentFileException {
        JsonNode node = field(parent, name, where);
        if (!node.isBoolean()) {
            throw problem(where + " must be true or false, got " + describe(node));
        }
        return node.booleanValue();
    }

    String text(JsonNode parent, String name, String where, boolean nullable) throws ExperimentFileException {
        JsonNode node = field(parent, name, where);
        if (nullable && node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw problem(where + " must be a string" + (nullable ? " or null" : "") + ", got " + describe(node));
        }
        return node.asText();
    }

    /** A short description of a JSON value for messages: {@code "abc"}, 12, an array, an object, null. */
    static String describe(JsonNode node) {
        if (node.isObject()) {
            return "an object";
        }
        if (node.isArray()) {
            return "an array";
        }
        if (node.isNull()) {
            return "null";
        }
        String text = node.toString();
        return text.length() > 40 ? text.substring(0, 37) + "..." : text;
    }

    /** The first line of an exception message, or "" for none. */
    static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
