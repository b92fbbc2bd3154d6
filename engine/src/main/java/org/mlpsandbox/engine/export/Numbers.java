package org.mlpsandbox.engine.export;

/** Numbers in exported source: comma-separated, exactly as {@link Double#toString} writes them, wrapped. */
final class Numbers {

    /** About the longest line written. */
    static final int LINE = 110;

    private Numbers() {
    }

    /** Writes the values comma-separated, wrapped at about {@value #LINE} characters, then {@code close}. */
    static void write(StringBuilder b, double[] values, String indent, String close) {
        int lineStart = b.length();
        b.append('\n').append(indent);
        for (int i = 0; i < values.length; i++) {
            String s = Double.toString(values[i]);
            if (i > 0) {
                b.append(',');
                if (b.length() - lineStart + s.length() + 2 > LINE) {
                    lineStart = b.length();
                    b.append('\n').append(indent);
                } else {
                    b.append(' ');
                }
            }
            b.append(s);
        }
        b.append('\n').append(indent, 0, Math.max(0, indent.length() - 4)).append(close);
    }
}
