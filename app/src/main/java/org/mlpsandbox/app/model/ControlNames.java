package org.mlpsandbox.app.model;

import java.util.List;
import java.util.Optional;

/**
 * The sandbox window's controls that a lesson or an experiment may hide (classroom controls, as TensorFlow
 * Playground's "use it in classroom"): a stable name for lesson files ({@code "hide": ["layers", "optimizer"]}), a
 * label for people, and the Swing component names (see each panel's "Names for tests") that make up the control.
 *
 * <p>A component pattern is a component name, {@code *} matching any run of characters ({@code layer*.more}); a
 * leading {@code ^} means the matched component's parent (a plugin picker's whole panel, hyperparameters included); a
 * trailing {@code +label} also hides the plain caption just before it in its panel (an unnamed label, a separator);
 * a trailing {@code +cell} keeps its empty cell, so that its neighbours stay in their columns.
 * A new control joins with one line here.
 */
public final class ControlNames {

    /** One hideable control. */
    public record Control(String name, String label, List<String> components) {
    }

    private static final List<Control> CONTROLS = List.of(
            control("dataset", "Dataset and CSV import", "dataset+label", "importCsv", "datasetDescription"),
            control("samples", "Samples", "samples+label"),
            control("noise", "Noise", "noise+label"),
            control("classes", "Classes", "classes+label"),
            control("test-share", "Test share", "testRatio+label"),
            control("data-seed", "Data seed and New points", "dataSeed+label", "regenerate"),
            control("normalize", "Input scaling", "normalize+label"),
            control("features", "Input features", "^feature.X1+label"),
            control("show-test", "Show test points", "showTest"),
            control("layers", "Adding and removing layers and neurons", "addLayer", "removeLayer", "shapePreset",
                    "layer*.more+cell", "layer*.fewer+cell"),
            control("activation", "Activations", "^layer*.activation", "^output.activation"),
            control("loss", "Loss", "^loss+label"),
            control("initializer", "Initializer", "^initializer+label"),
            control("optimizer", "Optimizer", "^optimizer+label"),
            control("learning-rate", "Learning rates", "learningRate+label", "separateBiasRate", "biasLearningRate"),
            control("batch", "Batch size", "batchSize+label"),
            control("regularisation", "Regularisation (L1, L2)", "l1+label", "l2+label"),
            control("seeds", "Weight and shuffle seeds", "weightSeed+label", "shuffleSeed+label"),
            control("schedule", "Learning-rate schedule and stopping", "scheduleAndStopping"),
            control("plugins-menu", "Plugins menu", "pluginsMenu"));

    private ControlNames() {
    }

    private static Control control(String name, String label, String... components) {
        return new Control(name, label, List.of(components));
    }

    /** Every hideable control, in the order of the window (data, network, training, menus). */
    public static List<Control> all() {
        return CONTROLS;
    }

    /** The control with this name. */
    public static Optional<Control> named(String name) {
        return CONTROLS.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /** The names, comma-separated, for messages. */
    public static String names() {
        return String.join(", ", CONTROLS.stream().map(Control::name).toList());
    }
}
