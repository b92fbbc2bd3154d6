package org.mlpsandbox.app.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.mlpsandbox.engine.export.NetworkExporter;
import org.mlpsandbox.engine.export.NormalizationFold;
import org.mlpsandbox.engine.export.UnsupportedActivationException;
import org.mlpsandbox.engine.net.Network;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code export}: writes a saved model as dependency-free Java or Python source. A model trained with
 * {@code --normalize} has its input scaling folded into the first layer ({@link NormalizationFold}), so the exported
 * {@code predict} takes raw inputs, as {@code predict} does.
 */
@Command(name = "export", mixinStandardHelpOptions = true, usageHelpAutoWidth = true,
        description = "Writes a saved model as Java (one class, no dependencies) or Python (NumPy) source; the "
                + "exported predict takes the raw inputs, scaled as in training.",
        footerHeading = "%nExamples:%n",
        footer = {"  export model.json Model.java", "  export model.json model.py"})
final class ExportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "MODEL", description = "An experiment file written by train --save.")
    Path model;

    @Parameters(index = "1", paramLabel = "FILE", description = "FILE.java (the class is named after the file) or "
            + "FILE.py.")
    Path file;

    @Mixin
    PluginOptions pluginOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        SavedModel opened = SavedModel.open(model, pluginOptions.registry());
        Network network = NormalizationFold.fold(opened.network(), opened.experiment().data().normalization());
        try {
            NetworkExporter.write(network, file);
        } catch (UnsupportedActivationException e) {
            throw new CommandFailedException("cannot export " + model + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new CommandFailedException("cannot export to " + file + ": " + e.getMessage(), e);
        }
        spec.commandLine().getOut().println("wrote " + file);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
