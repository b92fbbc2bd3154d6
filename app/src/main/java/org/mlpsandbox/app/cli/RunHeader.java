package org.mlpsandbox.app.cli;

import java.io.PrintWriter;
import org.mlpsandbox.engine.io.LoadedData;
import org.mlpsandbox.engine.math.Kernels;
import org.mlpsandbox.engine.net.Network;
import org.mlpsandbox.engine.net.NetworkSpec;
import org.mlpsandbox.engine.train.Trainer;
import org.mlpsandbox.engine.train.TrainingSettings;

/** The lines {@code train} prints before it starts: the network, the data, the training settings and the products. */
final class RunHeader {

    private RunHeader() {
    }

    static void print(PrintWriter out, Trainer trainer, TrainCommand.Plan plan, LoadedData data, long seed) {
        Network network = trainer.network();
        NetworkSpec netSpec = network.spec();
        TrainingSettings settings = plan.settings();
        out.println("network  " + Text.network(netSpec) + "  (" + netSpec.loss().id() + ", init "
                + netSpec.initializer().id() + ", " + Text.count(network.parameterCount()) + " parameters)");
        out.println("data     " + plan.data().describe() + ": " + data.train().size() + " training / "
                + data.test().size() + " test samples");
        out.println("training " + PluginSyntax.format(settings.optimizer()) + ", lr "
                + Text.number(settings.learningRate())
                + (Double.isNaN(settings.biasLearningRate()) ? ""
                        : ", bias lr " + Text.number(settings.biasLearningRate()))
                + ", batch " + settings.batchSize()
                + (settings.l1() > 0 ? ", l1 " + Text.number(settings.l1()) : "")
                + (settings.l2() > 0 ? ", l2 " + Text.number(settings.l2()) : "")
                + (settings.shuffle() ? "" : ", no shuffling") + ", " + plan.epochs() + " epochs, seed " + seed);
        int fused = trainer.fusedLayerCount();
        out.println("products " + Kernels.description() + (fused == 0 ? "" : "; plain SGD fused on native weights in "
                + fused + " of " + network.layerCount() + " layers"));
        out.flush();
    }
}
