package org.mlpsandbox.app.lesson;

import org.mlpsandbox.engine.data.TrainTestSplit;
import org.mlpsandbox.engine.net.Network;
import org.mlpsandbox.engine.plugin.PluginRegistry;
import org.mlpsandbox.engine.train.Trainer;
import org.mlpsandbox.engine.train.TrainingSettings;

/**
 * A lesson's setup turned into engine objects, ready to train (see {@link LessonSetup#prepare(PluginRegistry)}).
 *
 * @param network  a fresh network with its starting weights
 * @param data     training and test sets, targets encoded for the network's outputs
 * @param settings how to train
 * @param epochs   how many epochs a headless run trains
 * @param plugins  the registry the network was built with
 */
public record LessonRun(Network network, TrainTestSplit data, TrainingSettings settings, int epochs,
                        PluginRegistry plugins) {

    /** A trainer for this run's network (trained in place) on its training set, evaluated on its test set. */
    public Trainer newTrainer() {
        return new Trainer(network, data.train(), data.test(), settings, plugins);
    }
}
