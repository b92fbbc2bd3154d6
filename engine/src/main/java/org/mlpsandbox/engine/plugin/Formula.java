package org.mlpsandbox.engine.plugin;

import java.util.Locale;
import java.util.Objects;

/**
 * An activation as the user typed it: f(z) and optionally f′(z) in exp4j syntax (e.g. {@code z / (1 + abs(z))}), with
 * the id and name it goes by. This is what an experiment file keeps; {@link FormulaActivation} makes it usable.
 *
 * @param id         a stable lower-case id without spaces, e.g. "formula.softsign"
 * @param name       the name for people, e.g. "Softsign"
 * @param f          f(z), in the variable z
 * @param derivative f′(z), in the variable z; empty when not typed (a numerical derivative is used)
 */
public record Formula(String id, String name, String f, String derivative) {

    /** @throws IllegalArgumentException with a one-line message when a field is missing or the id is malformed */
    public Formula {
        id = Objects.requireNonNull(id, "id").strip();
        name = Objects.requireNonNull(name, "name").strip();
        f = Objects.requireNonNull(f, "f").strip();
        derivative = derivative == null ? "" : derivative.strip();
        if (id.isEmpty() || !id.equals(id.toLowerCase(Locale.ROOT)) || id.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("the id must be lower-case without spaces, e.g. formula.softsign; got '"
                    + id + "'");
        }
        if (name.isEmpty()) {
            throw new IllegalArgumentException("give the activation a name, e.g. Softsign");
        }
        if (f.isEmpty()) {
            throw new IllegalArgumentException("type f(z), e.g. z / (1 + abs(z))");
        }
    }

    /** Whether f′ was typed (else it is estimated numerically). */
    public boolean hasDerivative() {
        return !derivative.isEmpty();
    }

    /** "formula.softsign" made from a name: lower case, runs of other characters become one dash. */
    public static String idFor(String name) {
        String slug = name.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return "formula." + (slug.isEmpty() ? "activation" : slug);
    }
}
