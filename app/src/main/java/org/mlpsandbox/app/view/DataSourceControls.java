package org.mlpsandbox.app.view;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.mlpsandbox.api.Hyperparameter;
import org.mlpsandbox.engine.data.Generator;

/**
 * The chosen dataset plugin's own settings (a gap, a number of turns) as controls under the Dataset combo, built from
 * the hyperparameters it declares; hidden for the built-in generators, which declare none. Changing one reports all
 * the values, and the data panel draws the data again. Each control is named {@code dataset.<key>}.
 */
final class DataSourceControls {

    private final ParameterFields fields = new ParameterFields("dataset");
    private final Consumer<Map<String, Double>> onChange;
    private final Consumer<String> problem;
    private String shownGenerator;
    private Map<String, Double> values = Map.of();

    /**
     * @param onChange told every value the user chose (keys left at their defaults are absent)
     * @param problem  told one line about a value that is not allowed, and "" when it is fine again
     */
    DataSourceControls(Consumer<Map<String, Double>> onChange, Consumer<String> problem) {
        this.onChange = onChange;
        this.problem = problem;
        fields.setName("datasetParameters");
        fields.setVisible(false);
    }

    /** The panel to lay out (under the Dataset combo). */
    ParameterFields component() {
        return fields;
    }

    /** The values chosen so far for the generator shown. */
    Map<String, Double> values() {
        return values;
    }

    /**
     * Shows the settings of {@code generator} with {@code chosen} values; nothing is rebuilt when they are what is
     * shown already (so a spinner being used keeps its focus). {@code null} (CSV or ready data) hides them.
     */
    void show(Generator generator, Map<String, Double> chosen) {
        String name = generator == null ? null : generator.name();
        if (java.util.Objects.equals(name, shownGenerator) && chosen.equals(values)) {
            return;
        }
        shownGenerator = name;
        values = Map.copyOf(chosen);
        List<Hyperparameter> declared;
        try {
            declared = generator == null ? List.of() : generator.hyperparameters();
        } catch (IllegalArgumentException e) {
            declared = List.of();
            problem.accept(e.getMessage());
        }
        fields.build(declared, values, (key, value) -> {
            Map<String, Double> next = new TreeMap<>(values);
            next.put(key, value);
            values = Map.copyOf(next);
            onChange.accept(values);
        }, problem);
    }
}
