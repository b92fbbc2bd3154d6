package org.mlpsandbox.app.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.mlpsandbox.engine.io.Experiment;
import org.mlpsandbox.engine.io.ExperimentFiles;
import org.mlpsandbox.engine.net.Network;
import org.mlpsandbox.engine.plugin.PluginRegistry;

/** A saved experiment opened for {@code eval} and {@code predict}: the file's content and its network, rebuilt. */
record SavedModel(Experiment experiment, Network network) {

    /**
     * Opens and checks the file; every problem is an exception whose one-line message names the file.
     *
     * @throws IOException (an ExperimentFileException) when the file is missing or broken
     */
    static SavedModel open(Path file, PluginRegistry plugins) throws IOException {
        Experiment experiment = ExperimentFiles.load(file, plugins);
        return new SavedModel(experiment, experiment.buildNetwork(plugins));
    }
}
