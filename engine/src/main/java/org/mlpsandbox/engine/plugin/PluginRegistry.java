package org.mlpsandbox.engine.plugin;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mlpsandbox.api.DataSource;
import org.mlpsandbox.api.Parameters;
import org.mlpsandbox.api.Plugin;
import org.mlpsandbox.engine.data.Generator;

/**
 * The plugins available to one application run: every entry found (usable or refused, each with its check result),
 * problems with plugin folders and jars as a whole, and, for the usable plugins, a lookup by kind and id that returns
 * configured instances. Immutable; reloading plugins ({@link PluginLibrary#reload()}) builds a new registry.
 */
public final class PluginRegistry implements PluginResolver {

    private final List<PluginEntry> entries;
    private final List<LoadProblem> problems;
    private final List<Path> locations;
    private final Map<PluginKind, Map<String, PluginEntry>> usable = new EnumMap<>(PluginKind.class);

    /**
     * A registry over entries in discovery order. When two usable entries share an id within a kind, the first wins
     * and the second is marked refused, with both sources named.
     */
    public PluginRegistry(List<PluginEntry> discovered) {
        this(discovered, List.of(), List.of());
    }

    PluginRegistry(List<PluginEntry> discovered, List<LoadProblem> problems, List<Path> locations) {
        List<PluginEntry> all = new ArrayList<>();
        for (PluginKind kind : PluginKind.values()) {
            usable.put(kind, new HashMap<>());
        }
        for (PluginEntry e : discovered) {
            PluginEntry first = e.usable() ? usable.get(e.kind()).get(e.id()) : null;
            if (first != null) {
                e = e.withStatus(PluginStatus.REFUSED, duplicate(e, first));
            } else if (e.usable()) {
                usable.get(e.kind()).put(e.id(), e);
            }
            all.add(e);
        }
        this.entries = Collections.unmodifiableList(all);
        this.problems = List.copyOf(problems);
        this.locations = List.copyOf(locations);
    }

    private static String duplicate(PluginEntry second, PluginEntry first) {
        return "duplicate " + second.kind().label() + " id '" + second.id() + "': already provided by "
                + first.className() + " from " + first.source() + "; this one is " + second.className() + " from "
                + second.source() + (first.source().isBuiltIn() ? " (a built-in cannot be replaced;" : " (")
                + " give it another id)";
    }

    /**
     * The built-in plugins on the application's class path (and anything else listed there), checked. Outside jars
     * come from {@link PluginLibrary}.
     */
    public static PluginRegistry builtIn() {
        return new PluginRegistry(PluginDiscovery.discover(PluginRegistry.class.getClassLoader(),
                PluginSource.BUILT_IN, c -> true));
    }

    /** Every entry, usable or not, in discovery order: built-ins first, then jar by jar. */
    public List<PluginEntry> entries() {
        return entries;
    }

    /** What went wrong with plugin folders or jars as a whole (a missing folder, a jar without plugins). */
    public List<LoadProblem> problems() {
        return problems;
    }

    /** The plugin folders and jars this registry was loaded from (besides the built-ins), in order. */
    public List<Path> locations() {
        return locations;
    }

    /** The usable plugins of one kind, sorted by display name. */
    public List<PluginEntry> usable(PluginKind kind) {
        List<PluginEntry> list = new ArrayList<>(usable.get(kind).values());
        list.sort((a, b) -> a.displayName().compareToIgnoreCase(b.displayName()));
        return list;
    }

    /** The usable plugin of this kind and id, if any. */
    public Optional<PluginEntry> find(PluginKind kind, String id) {
        return Optional.ofNullable(usable.get(kind).get(id));
    }

    /** The entry for an id, or an {@link UnknownPluginException} that lists what is available. */
    public PluginEntry require(PluginKind kind, String id) {
        PluginEntry e = usable.get(kind).get(id);
        if (e != null) {
            return e;
        }
        String refused = entries.stream().filter(x -> x.kind() == kind && x.id().equals(id) && !x.usable())
                .map(x -> " It was found in " + x.source() + " but refused: " + x.reason() + ".")
                .findFirst().orElse(" If it comes from a plugin jar, that jar may be missing: put it in a plugin folder"
                        + " (" + searched() + ").");
        throw new UnknownPluginException(kind, id, "no " + kind.label() + " with id '" + id + "' is installed"
                + " (available: " + String.join(", ", usable.get(kind).keySet().stream().sorted().toList()) + ")."
                + refused);
    }

    private String searched() {
        if (locations.isEmpty()) {
            return "the default is " + PluginFolders.defaultFolder();
        }
        return "searched: " + String.join(", ", locations.stream().map(Path::toString).toList());
    }

    /**
     * The plugin configured with the choice's values.
     *
     * @throws UnknownPluginException   when the id is not installed
     * @throws IllegalArgumentException naming the plugin when a value is unknown or out of range, or when the
     *                                  plugin's own {@code configure} fails
     */
    @Override
    public Plugin configure(PluginKind kind, PluginChoice choice) {
        PluginEntry entry = require(kind, choice.id());
        Plugin prototype = entry.prototype();
        Parameters parameters;
        try {
            parameters = Parameters.of(entry.hyperparameters(), choice.parameters());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(kind.label() + " '" + choice.id() + "': " + e.getMessage(), e);
        }
        if (parameters.asMap().isEmpty()) {
            return prototype;
        }
        try {
            Plugin configured = prototype.configure(parameters);
            if (configured == null || !kind.type().isInstance(configured)) {
                throw new IllegalArgumentException(kind.label() + " '" + choice.id()
                        + "': configure() returned " + configured + " instead of a configured " + kind.label());
            }
            return configured;
        } catch (RuntimeException | LinkageError e) {
            if (e instanceof IllegalArgumentException iae && iae.getMessage() != null
                    && iae.getMessage().startsWith(kind.label() + " '")) {
                throw iae;
            }
            throw new IllegalArgumentException(kind.label() + " '" + choice.id() + "' (" + entry.source()
                    + ") failed to configure with " + parameters + ": " + PluginDiscovery.describe(e), e);
        }
    }

    /** The dataset plugin with this id as a generator, configured with the choice's values. */
    public DataSourceGenerator dataSource(PluginChoice choice) {
        PluginEntry entry = require(PluginKind.DATASET, choice.id());
        return new DataSourceGenerator(choice.id(), entry.displayName() + " (" + entry.source() + ")",
                (DataSource) configure(PluginKind.DATASET, choice));
    }

    /** Every usable dataset plugin as a generator with its default hyperparameters, sorted by display name. */
    public List<Generator> dataSources() {
        return usable(PluginKind.DATASET).stream().map(e -> (Generator) dataSource(PluginChoice.of(e.id())))
                .toList();
    }

    /**
     * A formula activation checked like a plugin from a jar (finite values, f′ against central differences), as an
     * entry of source {@link PluginSource#FORMULA}: usable, or refused with the reason (the worst probe point of a
     * wrong f′). Nothing is registered; see {@link #withFormula}.
     *
     * @throws IllegalArgumentException when f or f′ is not a formula in z (the message names which)
     */
    public static PluginEntry checkFormula(Formula formula) {
        FormulaActivation activation = FormulaActivation.compile(formula);
        PluginEntry entry = PluginEntry.created(PluginKind.ACTIVATION, activation.id(), activation.displayName(),
                activation, List.of(), PluginSource.FORMULA);
        PluginChecker.Result result = PluginChecker.check(PluginKind.ACTIVATION, activation, List.of());
        return entry.withStatus(result.status(), result.reason());
    }

    /**
     * This registry with a formula activation added, checked ({@link #checkFormula}); it replaces an earlier formula
     * of the same id. A refused formula is listed with its reason and cannot be picked; one whose id a built-in or a
     * jar already uses is refused as a duplicate.
     *
     * @throws IllegalArgumentException when f or f′ is not a formula in z
     */
    public PluginRegistry withFormula(Formula formula) {
        return withFormulas(List.of(formula));
    }

    /** This registry with each formula added as by {@link #withFormula}, in order. */
    public PluginRegistry withFormulas(List<Formula> formulas) {
        if (formulas.isEmpty()) {
            return this;
        }
        List<PluginEntry> all = new ArrayList<>(entries);
        for (Formula f : formulas) {
            PluginEntry entry = checkFormula(f);
            all.removeIf(e -> e.source().isFormula() && e.kind() == PluginKind.ACTIVATION && e.id().equals(f.id()));
            all.add(entry);
        }
        return new PluginRegistry(all, problems, locations);
    }

    /** This registry with the formula activations of {@code earlier} (after a reload, say). */
    public PluginRegistry withFormulasOf(PluginRegistry earlier) {
        return withFormulas(earlier.formulas());
    }

    /** The formula activations registered here, usable or refused, in the order they were added. */
    public List<Formula> formulas() {
        return entries.stream().filter(e -> e.source().isFormula() && e.prototype() instanceof FormulaActivation)
                .map(e -> ((FormulaActivation) e.prototype()).formula()).toList();
    }

    /** Where a usable plugin came from, for messages: "built-in" or its jar. */
    public String sourceOf(PluginKind kind, String id) {
        return find(kind, id).map(e -> e.source().toString()).orElse("not installed");
    }
}
