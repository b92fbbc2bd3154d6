package org.mlpsandbox.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.mlpsandbox.engine.plugin.PluginKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code plugins new --kind activation --id yourname.thing DIR}: a ready Maven project for a new plugin. */
@Command(name = "new", mixinStandardHelpOptions = true,
        description = {"Write a ready Maven project for a new plugin into DIR: a pom, one class with the formula "
                + "marked where to edit, its services line, a README, and a test that runs the checks the app runs, "
                + "so that `mvn package` fails when the app would refuse the jar."})
final class NewPluginCommand implements Callable<Integer> {

    @Option(names = "--kind", required = true, paramLabel = "KIND",
            description = "activation, loss, initializer, optimizer or dataset.")
    String kind;

    @Option(names = "--id", required = true, paramLabel = "ID",
            description = "The plugin's id, lower case with your name as namespace, e.g. yourname.softsign.")
    String id;

    @Parameters(paramLabel = "DIR", description = "A new (or empty) folder for the project.")
    Path dir;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PluginKind pluginKind;
        PluginProject project;
        try {
            pluginKind = PluginProject.kind(kind);
            project = new PluginProject(pluginKind, id);
        } catch (IllegalArgumentException e) {
            throw new CommandFailedException(e.getMessage());
        }
        Path source;
        try {
            source = project.writeTo(dir);
        } catch (IllegalArgumentException e) {
            throw new CommandFailedException(e.getMessage());
        } catch (IOException e) {
            throw new CommandFailedException("could not write the project into " + dir + ": " + e.getMessage(), e);
        }
        out.println("Wrote " + (pluginKind == PluginKind.ACTIVATION ? "an " : "a ") + pluginKind.label()
                + " plugin project into " + dir + ".");
        out.println("  1. Edit the lines marked EDIT in " + dir.relativize(source) + ".");
        out.println("  2. cd " + dir + " && mvn -o package    (its test runs the app's checks)");
        out.println("  3. Copy target/*.jar into the plugin folder, or drop it on the app's window.");
        return 0;
    }
}
