package org.mlpsandbox.app.inspect;

import java.util.List;

/**
 * A titled block of formula lines for the formula box.
 *
 * @param title what is explained ("Weight w³₂₁: neuron 1 of layer 2 → neuron 2 of layer 3")
 * @param lines the formulas, one per line, with numbers
 */
public record Explanation(String title, List<String> lines) {

    public Explanation {
        lines = List.copyOf(lines);
    }

    @Override
    public String toString() {
        return title + "\n" + String.join("\n", lines);
    }
}
