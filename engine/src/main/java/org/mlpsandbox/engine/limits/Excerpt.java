package org.mlpsandbox.engine.limits;

/**
 * The one rule for quoting a value in an error message: short values whole, long ones as their start and end around an
 * ellipsis, with their length, so that a 5 MB CSV cell gives a line a person can read.
 */
public final class Excerpt {

    /** Values up to this many characters are quoted whole. */
    public static final int MAX_LENGTH = 60;
    private static final int HEAD = 40;
    private static final int TAIL = 12;

    private Excerpt() {
    }

    /**
     * {@code value} itself if it is at most {@link #MAX_LENGTH} characters long, else its first and last characters
     * around "…" and its length, e.g. {@code "aaaa…zz" (5,000,000 characters)}; line breaks shown as ⏎.
     */
    public static String of(String value) {
        if (value == null) {
            return "null";
        }
        if (value.length() <= MAX_LENGTH) {
            return oneLine(value);
        }
        int head = startOfPair(value, HEAD);
        int tail = startOfPair(value, value.length() - TAIL);
        return oneLine(value.substring(0, head)) + "…" + oneLine(value.substring(tail)) + " ("
                + String.format("%,d", value.length()) + " characters)";
    }

    /** Moves a cut back by one if it would split a surrogate pair. */
    private static int startOfPair(String s, int cut) {
        return cut > 0 && Character.isLowSurrogate(s.charAt(cut)) ? cut - 1 : cut;
    }

    private static String oneLine(String s) {
        return s.replace("\r\n", "⏎").replace('\n', '⏎').replace('\r', '⏎');
    }
}
