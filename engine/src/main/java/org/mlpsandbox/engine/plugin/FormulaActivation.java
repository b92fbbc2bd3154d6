package org.mlpsandbox.engine.plugin;

import java.util.List;
import net.objecthunter.exp4j.Expression;
import net.objecthunter.exp4j.ExpressionBuilder;
import net.objecthunter.exp4j.function.Function;
import org.mlpsandbox.api.Activation;

/**
 * An elementwise activation computed from a {@link Formula} with exp4j: f(z) and the typed f′(z), or, when no f′ was
 * typed, a numerical derivative (a narrow central difference, accurate to about 1e-8 for smooth f), which the display
 * name says. Registered in a {@link PluginRegistry} with {@link PluginRegistry#withFormula} and checked there like a
 * plugin from a jar.
 *
 * <p>Immutable and safe to share: exp4j expressions hold their variable values, so each thread evaluates its own copy.
 * A value exp4j cannot compute (division by zero) is NaN, which the load-time check and training report.
 */
public final class FormulaActivation implements Activation {

    /** max(a, b) and min(a, b), which exp4j lacks and activations such as ReLU need. */
    static final List<Function> EXTRA_FUNCTIONS = List.of(
            new Function("max", 2) {
                @Override
                public double apply(double... args) {
                    return Math.max(args[0], args[1]);
                }
            },
            new Function("min", 2) {
                @Override
                public double apply(double... args) {
                    return Math.min(args[0], args[1]);
                }
            });

    /** Relative step of the numerical derivative: error about 1e-9 relative to f where f is smooth. */
    static final double NUMERIC_STEP = 1e-7;

    /** The variable of both formulas. */
    public static final String VARIABLE = "z";

    private final Formula formula;
    private final ThreadLocal<Expression> f;
    private final ThreadLocal<Expression> derivative;

    private FormulaActivation(Formula formula, Expression f, Expression derivative) {
        this.formula = formula;
        this.f = ThreadLocal.withInitial(() -> new Expression(f));
        this.derivative = derivative == null ? null : ThreadLocal.withInitial(() -> new Expression(derivative));
    }

    /**
     * Parses both formulas.
     *
     * @throws IllegalArgumentException naming the formula (f or f′) and what is wrong with it, in one line
     */
    public static FormulaActivation compile(Formula formula) {
        Expression f = parse("f(z)", formula.f());
        Expression d = formula.hasDerivative() ? parse("f′(z)", formula.derivative()) : null;
        return new FormulaActivation(formula, f, d);
    }

    private static Expression parse(String which, String text) {
        Expression e;
        try {
            e = new ExpressionBuilder(text).functions(EXTRA_FUNCTIONS).variable(VARIABLE).build();
        } catch (RuntimeException ex) {
            String m = ex.getMessage();
            throw new IllegalArgumentException(which + ": " + (m == null || m.isBlank()
                    ? "not a formula in z; check the brackets and operators" : m.strip()), ex);
        }
        var validation = e.validate(false);
        if (!validation.isValid()) {
            throw new IllegalArgumentException(which + ": " + String.join("; ", validation.getErrors()));
        }
        return e;
    }

    /** What the user typed. */
    public Formula formula() {
        return formula;
    }

    @Override
    public String id() {
        return formula.id();
    }

    @Override
    public String displayName() {
        return formula.hasDerivative() ? formula.name() : formula.name() + " (numeric f′)";
    }

    @Override
    public double apply(double z) {
        return evaluate(f.get(), z);
    }

    @Override
    public double derivative(double z) {
        if (derivative != null) {
            return evaluate(derivative.get(), z);
        }
        // a narrow step, so that a kink (max(z, 0)) spoils only the slopes within 1e-7 of it
        double h = NUMERIC_STEP * Math.max(1, Math.abs(z));
        return (apply(z + h) - apply(z - h)) / ((z + h) - (z - h));
    }

    private static double evaluate(Expression e, double z) {
        try {
            return e.setVariable(VARIABLE, z).evaluate();
        } catch (ArithmeticException ex) {
            return Double.NaN;
        }
    }

    @Override
    public List<org.mlpsandbox.api.Hyperparameter> hyperparameters() {
        return List.of();
    }

    @Override
    public String toString() {
        return "FormulaActivation[" + formula.id() + ": f(z) = " + formula.f()
                + (formula.hasDerivative() ? ", f′(z) = " + formula.derivative() : ", numeric f′") + "]";
    }
}
