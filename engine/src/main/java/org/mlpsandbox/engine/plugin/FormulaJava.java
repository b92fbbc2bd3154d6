package org.mlpsandbox.engine.plugin;

import java.util.Locale;
import java.util.Map;

/**
 * Translates an exp4j formula in z into a Java expression, for exporting a formula activation as a plugin project:
 * {@code z / (1 + abs(z))} becomes {@code z / (1 + Math.abs(z))}, {@code a^b} becomes {@code Math.pow(a, b)}, and
 * implicit products ({@code 2z}) get their {@code *}. Only the common functions and constants are known; anything else
 * is refused with a message naming it, never translated wrongly.
 *
 * <p>Grammar (exp4j's precedence): sum = product {(+|-) product}; product = unary {(*|/|%|implicit) unary};
 * unary = (-|+) unary | power; power = primary [^ unary] (right-associative); primary = number | z | constant |
 * function(args) | (sum).
 */
public final class FormulaJava {

    private static final Map<String, String> FUNCTIONS = Map.ofEntries(
            Map.entry("abs", "Math.abs"), Map.entry("acos", "Math.acos"), Map.entry("asin", "Math.asin"),
            Map.entry("atan", "Math.atan"), Map.entry("cbrt", "Math.cbrt"), Map.entry("ceil", "Math.ceil"),
            Map.entry("cos", "Math.cos"), Map.entry("cosh", "Math.cosh"), Map.entry("exp", "Math.exp"),
            Map.entry("expm1", "Math.expm1"), Map.entry("floor", "Math.floor"), Map.entry("log", "Math.log"),
            Map.entry("log10", "Math.log10"), Map.entry("log1p", "Math.log1p"), Map.entry("sin", "Math.sin"),
            Map.entry("sinh", "Math.sinh"), Map.entry("sqrt", "Math.sqrt"), Map.entry("tan", "Math.tan"),
            Map.entry("tanh", "Math.tanh"), Map.entry("signum", "Math.signum"), Map.entry("max", "Math.max"),
            Map.entry("min", "Math.min"), Map.entry("log2", "log2"));
    private static final Map<String, String> CONSTANTS = Map.of("pi", "Math.PI", "π", "Math.PI", "e", "Math.E",
            "φ", "1.61803398874");

    private final String text;
    private int pos;

    private FormulaJava(String text) {
        this.text = text;
    }

    /**
     * The Java expression for an exp4j formula in z.
     *
     * @throws IllegalArgumentException naming what cannot be translated (an unknown function, a stray character)
     */
    public static String translate(String formula) {
        FormulaJava p = new FormulaJava(formula);
        String java = p.sum();
        p.skipSpaces();
        if (p.pos < p.text.length()) {
            throw p.refuse("cannot translate '" + p.text.substring(p.pos) + "'");
        }
        return java;
    }

    private String sum() {
        StringBuilder b = new StringBuilder(product());
        for (char c = peek(); c == '+' || c == '-'; c = peek()) {
            pos++;
            b.append(' ').append(c).append(' ').append(product());
        }
        return b.toString();
    }

    private String product() {
        StringBuilder b = new StringBuilder(unary());
        while (true) {
            char c = peek();
            if (c == '*' || c == '/' || c == '%') {
                pos++;
                b.append(' ').append(c).append(' ').append(unary());
            } else if (c == '(' || Character.isLetterOrDigit(c) || c == '.' || c == 'π' || c == 'φ') {
                b.append(" * ").append(unary()); // implicit multiplication: 2z, 2(z + 1)
            } else {
                return b.toString();
            }
        }
    }

    private String unary() {
        char c = peek();
        if (c == '-' || c == '+') {
            pos++;
            String operand = unary();
            return c == '-' ? "-(" + operand + ")" : operand;
        }
        return power();
    }

    private String power() {
        String base = primary();
        if (peek() == '^') {
            pos++;
            return "Math.pow(" + base + ", " + unary() + ")";
        }
        return base;
    }

    private String primary() {
        char c = peek();
        if (c == '(') {
            pos++;
            String inner = sum();
            expect(')');
            return "(" + inner + ")";
        }
        if (Character.isDigit(c) || c == '.') {
            int start = pos;
            while (pos < text.length() && (Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '.')) {
                pos++;
            }
            if (pos < text.length() && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E')
                    && pos + 1 < text.length() && (Character.isDigit(text.charAt(pos + 1))
                    || "+-".indexOf(text.charAt(pos + 1)) >= 0)) {
                pos += 2;
                while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                    pos++;
                }
            }
            String number = text.substring(start, pos);
            return number.contains(".") || number.toLowerCase(Locale.ROOT).contains("e") ? number : number + ".0";
        }
        if (Character.isLetter(c)) {
            int start = pos;
            while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
                pos++;
            }
            String name = text.substring(start, pos);
            if (peek() == '(') {
                String java = FUNCTIONS.get(name);
                if (java == null) {
                    throw refuse("cannot translate the function " + name + "() to Java; the known ones are "
                            + String.join(", ", FUNCTIONS.keySet().stream().sorted().toList()));
                }
                pos++;
                StringBuilder args = new StringBuilder(sum());
                while (peek() == ',') {
                    pos++;
                    args.append(", ").append(sum());
                }
                expect(')');
                return name.equals("log2") ? "(Math.log(" + args + ") / Math.log(2))" : java + "(" + args + ")";
            }
            if (name.equals(FormulaActivation.VARIABLE)) {
                return "z";
            }
            String constant = CONSTANTS.get(name);
            if (constant != null) {
                return constant;
            }
            throw refuse("cannot translate '" + name + "' to Java (the variable is z)");
        }
        throw refuse(pos >= text.length() ? "the formula ends too early" : "cannot translate '" + c + "'");
    }

    private void expect(char c) {
        if (peek() != c) {
            throw refuse("expected '" + c + "' at position " + (pos + 1));
        }
        pos++;
    }

    private char peek() {
        skipSpaces();
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private void skipSpaces() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private IllegalArgumentException refuse(String why) {
        return new IllegalArgumentException("'" + text + "': " + why);
    }
}
