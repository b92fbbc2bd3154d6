package org.mlpsandbox.app.cli;

import picocli.CommandLine.Option;

/** {@code train}'s network options: the layers, output, loss and initializer. */
final class NetworkOptions {

    @Option(names = "--layers", paramLabel = "SPEC",
            description = {"Hidden layers, SIZE:ACTIVATION separated by commas, e.g. 8:tanh,8:tanh or "
                    + "'16:leaky-relu(alpha=0.1)'; 'none' for none.",
                "Default: 8:tanh,8:tanh; 100:sigmoid for digits and MNIST."})
    String layers;

    @Option(names = "--output", paramLabel = "ACT",
            description = "Output activation (default: sigmoid for 2 classes, softmax for more, identity for "
                    + "regression). The number of outputs follows from the data.")
    String output;

    @Option(names = "--loss", paramLabel = "ID",
            description = "Loss (default: log-loss after sigmoid, categorical-cross-entropy after softmax, "
                    + "mse otherwise).")
    String loss;

    @Option(names = "--init", paramLabel = "ID", description = "Weight initializer (default xavier-uniform).")
    String init = "xavier-uniform";
}
