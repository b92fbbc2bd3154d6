package org.mlpsandbox.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.mlpsandbox.api.Hyperparameter;
import org.mlpsandbox.engine.plugin.LoadProblem;
import org.mlpsandbox.engine.plugin.PluginEntry;
import org.mlpsandbox.engine.plugin.PluginFolders;
import org.mlpsandbox.engine.plugin.PluginKind;
import org.mlpsandbox.engine.plugin.PluginLibrary;
import org.mlpsandbox.engine.plugin.PluginRegistry;
import org.mlpsandbox.engine.plugin.PluginStatus;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code plugins list}, {@code plugins check PATH} and {@code plugins new}: what is installed, whether a plugin jar
 * passes the checks, and a ready project for a new one.
 */
@Command(name = "plugins", mixinStandardHelpOptions = true,
        description = "List the installed plugins, start a new one, or check plugin jars while you write them.",
        subcommands = {PluginsCommand.ListCommand.class, PluginsCommand.CheckCommand.class, NewPluginCommand.class})
public final class PluginsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "name a subcommand: 'plugins list', 'plugins check PATH' or 'plugins new --kind KIND --id ID DIR'");
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = {"Every plugin: kind, id, display name, status (ok, warning, REFUSED) and source "
                    + "(built-in or its jar), with the reason for a warning or refusal.",
                "Jars are loaded from the per-user folder (~/.mlp-sandbox/plugins), the folders in the environment "
                    + "variable " + PluginFolders.ENVIRONMENT_VARIABLE + " and every --plugins folder."})
    static final class ListCommand implements Callable<Integer> {

        @Mixin
        PluginOptions pluginOptions;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            List<PluginFolders.Location> locations = pluginOptions.locations();
            try (PluginLibrary library = PluginLibrary.open(locations.stream().map(PluginFolders.Location::path)
                    .toList())) {
                PluginRegistry registry = library.registry();
                out.println("Plugin folders (their jars load in this order, after the built-ins):");
                int width = locations.stream().mapToInt(l -> l.path().toString().length()).max().orElse(0);
                for (PluginFolders.Location l : locations) {
                    out.println("  " + pad(l.path().toString(), width) + "  (" + l.origin() + ")");
                }
                out.println();
                printTable(out, registry.entries());
                printProblems(out, registry.problems());
                out.println(summary(registry.entries()));
            }
            return 0;
        }
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = {"Load a plugin jar, or every jar in a folder, run the checks and print a report: what "
                    + "each plugin declares, and why one gets a warning or is refused.",
                "The plugins are checked against the built-ins and any --plugins folders (for duplicate ids).",
                "Exit code 1 if anything is refused or a jar cannot be used, 0 otherwise."})
    static final class CheckCommand implements Callable<Integer> {

        @Parameters(paramLabel = "PATH", description = "A plugin jar, or a folder of them.")
        Path path;

        @Mixin
        PluginOptions pluginOptions;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            Path target = path.toAbsolutePath().normalize();
            if (!Files.exists(target)) {
                throw new CommandFailedException("no such jar or folder: " + path);
            }
            List<Path> locations = new ArrayList<>(pluginOptions.folders());
            locations.add(target);
            try (PluginLibrary library = PluginLibrary.open(locations)) {
                List<PluginEntry> entries = library.registry().entries().stream()
                        .filter(e -> e.source().jar() != null && e.source().jar().startsWith(target)).toList();
                List<LoadProblem> problems = library.registry().problems().stream()
                        .filter(p -> p.path().startsWith(target)).toList();
                out.println("Checking " + target + (pluginOptions.folders().isEmpty() ? " (against the built-ins)"
                        : " (against the built-ins and the --plugins folders)"));
                out.println();
                for (PluginEntry e : entries) {
                    printReport(out, e, target);
                }
                printProblems(out, problems);
                if (entries.isEmpty()) {
                    out.println("No plugins found.");
                    return 1;
                }
                out.println(summary(entries));
                boolean refused = entries.stream().anyMatch(e -> e.status() == PluginStatus.REFUSED);
                if (!refused && problems.isEmpty()) {
                    out.println("To use " + (entries.size() == 1 ? "it" : "them") + ", put the jar into "
                            + PluginFolders.defaultFolder() + " (or a folder given with --plugins).");
                }
                return refused || !problems.isEmpty() ? 1 : 0;
            }
        }
    }

    /** One block per plugin: status, kind, id, name; class and jar; hyperparameters; the reason. */
    private static void printReport(PrintWriter out, PluginEntry e, Path target) {
        out.println(pad(status(e.status()), 9) + pad(e.kind().label(), 13) + e.id()
                + (e.displayName().equals(e.id()) ? "" : "  \"" + e.displayName() + "\""));
        String jar = target.equals(e.source().jar()) ? e.source().jar().getFileName().toString()
                : e.source().toString();
        out.println("         class " + e.className() + " in " + jar);
        for (Hyperparameter h : e.hyperparameters()) {
            out.println("         parameter " + h.key() + " = " + Text.number(h.defaultValue()) + " (from "
                    + Text.number(h.min()) + " to " + Text.number(h.max()) + "): " + h.label());
        }
        if (!e.reason().isEmpty()) {
            out.println("         " + (e.status() == PluginStatus.REFUSED ? "refused: " : "warning: ") + e.reason());
        }
        out.println();
    }

    private static void printTable(PrintWriter out, List<PluginEntry> entries) {
        int idWidth = "ID".length();
        int nameWidth = "NAME".length();
        for (PluginEntry e : entries) {
            idWidth = Math.max(idWidth, e.id().length());
            nameWidth = Math.max(nameWidth, e.displayName().length());
        }
        out.println(pad("KIND", 13) + pad("ID", idWidth + 2) + pad("NAME", nameWidth + 2) + pad("STATUS", 9)
                + "SOURCE");
        for (PluginKind kind : PluginKind.values()) {
            for (PluginEntry e : entries) {
                if (e.kind() != kind) {
                    continue;
                }
                out.println(pad(kind.label(), 13) + pad(e.id(), idWidth + 2) + pad(e.displayName(), nameWidth + 2)
                        + pad(status(e.status()), 9) + e.source());
                if (!e.reason().isEmpty()) {
                    out.println("    " + e.reason());
                }
            }
        }
        out.println();
    }

    private static void printProblems(PrintWriter out, List<LoadProblem> problems) {
        if (problems.isEmpty()) {
            return;
        }
        out.println("Problems:");
        for (LoadProblem p : problems) {
            out.println("  " + p);
        }
        out.println();
    }

    /** "21 plugins: 19 ok, 1 warning, 1 refused." */
    private static String summary(List<PluginEntry> entries) {
        long warnings = entries.stream().filter(e -> e.status() == PluginStatus.WARNING).count();
        long refused = entries.stream().filter(e -> e.status() == PluginStatus.REFUSED).count();
        long ok = entries.size() - warnings - refused;
        return entries.size() + (entries.size() == 1 ? " plugin: " : " plugins: ") + ok + " ok, " + warnings
                + (warnings == 1 ? " warning, " : " warnings, ") + refused + " refused.";
    }

    /** "ok", "warning", "REFUSED": a refusal stands out. */
    private static String status(PluginStatus s) {
        return s == PluginStatus.REFUSED ? "REFUSED" : s.name().toLowerCase(java.util.Locale.ROOT);
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s + " " : s + " ".repeat(width - s.length());
    }
}
