package org.mlpsandbox.app.inspect;

/**
 * Names of the quantities in formulas, in the notation of Nielsen's book: layer numbers as superscripts (0 is the
 * input layer, so the engine's layer {@code l} is written l + 1), neuron numbers from 1 as subscripts.
 * w³₂₁ is the weight into neuron 2 of layer 3 from neuron 1 of layer 2.
 */
public final class Notation {

    private static final String SUPER = "⁰¹²³⁴⁵⁶⁷⁸⁹";
    private static final String SUB = "₀₁₂₃₄₅₆₇₈₉";

    private Notation() {
    }

    static String sup(int n) {
        return map(n, SUPER);
    }

    static String sub(int n) {
        return map(n, SUB);
    }

    private static String map(int n, String digits) {
        String s = Integer.toString(n);
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            b.append(c == '-' ? '-' : digits.charAt(c - '0'));
        }
        return b.toString();
    }

    /** Two subscripts, with a comma when either has more than one digit: ₂₁, ₁₂,₃. */
    static String sub2(int j, int k) {
        return j >= 10 || k >= 10 ? sub(j) + "," + sub(k) : sub(j) + sub(k);
    }

    /** The weight into neuron {@code j} of engine layer {@code l} from its input {@code i} (all 0-based). */
    public static String weight(int l, int j, int i) {
        return "w" + sup(l + 1) + sub2(j + 1, i + 1);
    }

    public static String bias(int l, int j) {
        return "b" + sup(l + 1) + sub(j + 1);
    }

    /** a of neuron {@code j} of engine layer {@code l}; for {@code l == -1} the input x. */
    public static String a(int l, int j) {
        return l < 0 ? "x" + sub(j + 1) : "a" + sup(l + 1) + sub(j + 1);
    }

    public static String z(int l, int j) {
        return "z" + sup(l + 1) + sub(j + 1);
    }

    public static String delta(int l, int j) {
        return "δ" + sup(l + 1) + sub(j + 1);
    }
}
