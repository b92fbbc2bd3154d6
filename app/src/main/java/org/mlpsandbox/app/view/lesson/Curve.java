package org.mlpsandbox.app.view.lesson;

import java.util.function.DoubleUnaryOperator;
import net.objecthunter.exp4j.Expression;
import net.objecthunter.exp4j.ExpressionBuilder;

/**
 * A function of one variable to walk on, with the x range it is plotted over: a built-in one or a formula typed by the
 * user (parsed with exp4j). Its slope is estimated by central differences, as the lesson explains.
 *
 * @param label    what the user sees, e.g. "sin(3x) + x"
 * @param function f(x); may return NaN or infinity where f is undefined
 * @param xMin     left end of the plotted range
 * @param xMax     right end of the plotted range
 */
public record Curve(String label, DoubleUnaryOperator function, double xMin, double xMax) {

    /** Step of the central difference. */
    public static final double H = 1e-5;

    /** The lesson's default: sin(3x) + x on [−3, 3], several local minima. */
    public static Curve sinePlusLine() {
        return new Curve("sin(3x) + x", x -> Math.sin(3 * x) + x, -3, 3);
    }

    /** x² on [−2, 2]: one valley. */
    public static Curve square() {
        return new Curve("x²", x -> x * x, -2, 2);
    }

    /**
     * A user formula in x, e.g. {@code "x^4 - 3*x^2 + x"}; functions such as sin, cos, exp, log, sqrt, abs are known.
     *
     * @throws IllegalArgumentException with a message for the user (never a stack trace) when the text is not a
     *                                  formula in x, or is undefined across the whole range
     */
    public static Curve formula(String text, double xMin, double xMax) {
        String source = text == null ? "" : text.strip();
        if (source.isEmpty()) {
            throw new IllegalArgumentException("Type a formula in x, for example x^4 - 3*x^2 + x");
        }
        Expression expression;
        try {
            expression = new ExpressionBuilder(source).variable("x").build();
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Not a formula in x: " + describe(e));
        }
        DoubleUnaryOperator f = x -> {
            try {
                return expression.setVariable("x", x).evaluate();
            } catch (ArithmeticException e) {
                return Double.NaN;
            }
        };
        int finite = 0;
        for (int i = 0; i <= 50; i++) {
            if (Double.isFinite(f.applyAsDouble(xMin + (xMax - xMin) * i / 50.0))) {
                finite++;
            }
        }
        if (finite < 2) {
            throw new IllegalArgumentException("The formula has no value between " + xMin + " and " + xMax);
        }
        return new Curve(source, f, xMin, xMax);
    }

    private static String describe(RuntimeException e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) {
            return "check the brackets and operators";
        }
        return m.replace("Unknown function or variable", "unknown name").replace("'", "\"");
    }

    public double value(double x) {
        return function.applyAsDouble(x);
    }

    /** f′(x) ≈ (f(x+h) − f(x−h)) / 2h. */
    public double slope(double x) {
        return (value(x + H) - value(x - H)) / (2 * H);
    }

    @Override
    public String toString() {
        return label;
    }
}
