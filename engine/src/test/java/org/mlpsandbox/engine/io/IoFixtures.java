package org.mlpsandbox.engine.io;

import java.util.ArrayList;
import java.util.List;
import org.mlpsandbox.engine.TestNets;
import org.mlpsandbox.engine.data.Dataset;
import org.mlpsandbox.engine.data.Generators;
import org.mlpsandbox.engine.net.Network;
import org.mlpsandbox.engine.plugin.PluginChoice;
import org.mlpsandbox.engine.train.Trainer;
import org.mlpsandbox.engine.train.TrainingSettings;

/** A small trained experiment for the io tests. */
final class IoFixtures {

    static final DataSpec DATA = DataSpec.generated("circle", 200, 0.1, 0.25, 7);

    private IoFixtures() {
    }

    /** 2-5-4-1 tanh/leaky-relu/sigmoid trained a few epochs with Adam, so the weights are arbitrary doubles. */
    static Network trainedNetwork(List<HistoryRow> history) {
        Network net = TestNets.build("2,5:tanh,4:leaky-relu,1:sigmoid", "log-loss", "xavier-uniform", 11);
        Dataset data = Generators.generate("circle", 200, 0.1, 7);
        Trainer trainer = new Trainer(net, data, null, settings(), TestNets.PLUGINS);
        for (int e = 0; e < 3; e++) {
            trainer.epoch();
            history.add(HistoryRow.of(trainer.progress()));
        }
        return net;
    }

    static TrainingSettings settings() {
        return new TrainingSettings(PluginChoice.of("adam").with("beta1", 0.85), 0.01, Double.NaN, 16, 0, 1e-4,
                true, 13);
    }

    static Experiment experiment() {
        List<HistoryRow> history = new ArrayList<>();
        Network net = trainedNetwork(history);
        return Experiment.of(net, settings(), DATA, history);
    }
}
