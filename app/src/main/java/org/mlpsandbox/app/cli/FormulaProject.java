package org.mlpsandbox.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.mlpsandbox.engine.io.AtomicFiles;
import org.mlpsandbox.engine.plugin.Formula;
import org.mlpsandbox.engine.plugin.FormulaJava;
import org.mlpsandbox.engine.plugin.PluginKind;

/**
 * A formula activation typed in the app, written out as the project {@code plugins new --kind activation} makes, with
 * f and f′ translated to Java ({@link FormulaJava}); without a typed f′ the class computes a central difference, and
 * the project's test checks it like any derivative.
 */
public final class FormulaProject {

    private static final String APPLY_LINE = "return z / (1 + Math.abs(z)); // EDIT: your formula (this is softsign)";
    private static final String DERIVATIVE_LINE =
            "return 1 / Math.pow(1 + Math.abs(z), 2); // EDIT: the derivative of your formula";

    private FormulaProject() {
    }

    /**
     * Writes the project into {@code dir} (new or empty).
     *
     * @return the class with the formula
     * @throws IllegalArgumentException when the id has no namespace, the folder is not empty, or a formula cannot be
     *                                  translated to Java (the message says what)
     */
    public static Path write(Formula formula, Path dir) throws IOException {
        String f = FormulaJava.translate(formula.f());
        String d = formula.hasDerivative() ? FormulaJava.translate(formula.derivative()) : null;
        PluginProject project = new PluginProject(PluginKind.ACTIVATION, formula.id());
        Path source = project.writeTo(dir);
        String text = Files.readString(source);
        if (!text.contains(APPLY_LINE) || !text.contains(DERIVATIVE_LINE)) {
            throw new IllegalStateException("the activation template changed; update FormulaProject");
        }
        text = text.replace(APPLY_LINE, "return " + f + "; // from the app: f(z) = " + formula.f())
                .replace(DERIVATIVE_LINE, d != null ? "return " + d + "; // from the app: f′(z) = "
                        + formula.derivative()
                        : "double h = 1e-7 * Math.max(1, Math.abs(z)); // no f′ was typed: a central difference\n"
                        + "        return (apply(z + h) - apply(z - h)) / ((z + h) - (z - h));")
                .replace("return \"" + displayNameOf(text) + "\";", "return \"" + escape(formula.name()) + "\";");
        AtomicFiles.writeString(source, text);
        return source;
    }

    /** The display name the template wrote. */
    private static String displayNameOf(String text) {
        int at = text.indexOf("displayName()");
        int start = text.indexOf("return \"", at) + "return \"".length();
        return text.substring(start, text.indexOf('"', start));
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
