package org.mlpsandbox.engine.net;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.mlpsandbox.engine.TestNets;
import org.mlpsandbox.engine.plugin.PluginChoice;
import org.mlpsandbox.engine.plugin.UnknownPluginException;
import org.mlpsandbox.engine.train.TrainingSettings;

/** Bad specs and settings are refused with a message that says what is wrong and how to fix it. */
class NetworkSpecErrorsTest {

    private static void assertMessage(Executable e, String... parts) {
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, e);
        for (String p : parts) {
            assertTrue(ex.getMessage().contains(p), "'" + ex.getMessage() + "' should mention '" + p + "'");
        }
    }

    @Test
    void unknownActivationListsWhatIsAvailable() {
        UnknownPluginException e = assertThrows(UnknownPluginException.class,
                () -> TestNets.build("2,4:swish,1:sigmoid", "mse", "xavier-uniform", 1));
        assertTrue(e.getMessage().contains("layer 1"), e.getMessage());
        assertTrue(e.getMessage().contains("'swish'"), e.getMessage());
        assertTrue(e.getMessage().contains("relu"), e.getMessage());
        assertTrue(e.getMessage().contains("plugin"), e.getMessage());
    }

    @Test
    void unknownLossAndInitializer() {
        assertMessage(() -> TestNets.build("2,1:sigmoid", "hinge", "xavier-uniform", 1), "loss", "'hinge'", "mse");
        assertMessage(() -> TestNets.build("2,1:sigmoid", "mse", "lecun", 1), "initializer", "'lecun'");
    }

    @Test
    void zeroSizeLayer() {
        assertMessage(() -> TestNets.build("2,0:relu,1:sigmoid", "mse", "xavier-uniform", 1),
                "layer 1", "0 neurons", "1 to");
    }

    @Test
    void zeroInputs() {
        assertMessage(() -> TestNets.build("0,1:sigmoid", "mse", "xavier-uniform", 1), "at least 1 input");
    }

    @Test
    void softmaxWithOneOutput() {
        assertMessage(() -> TestNets.build("2,3:tanh,1:softmax", "categorical-cross-entropy", "xavier-uniform", 1),
                "layer 2 (output)", "softmax", "at least 2", "sigmoid");
    }

    @Test
    void parameterOutOfRangeOrUnknown() {
        NetworkSpec spec = TestNets.spec("2,1:sigmoid", "mse", "xavier-uniform", 1);
        NetworkSpec badAlpha = spec.withLayers(java.util.List.of(
                new LayerSpec(3, PluginChoice.of("leaky-relu").with("alpha", 5)), LayerSpec.of(1, "sigmoid")));
        assertMessage(() -> Network.build(badAlpha, TestNets.PLUGINS), "leaky-relu", "alpha", "range");
        NetworkSpec badKey = spec.withLayers(java.util.List.of(
                new LayerSpec(3, PluginChoice.of("relu").with("beta", 1)), LayerSpec.of(1, "sigmoid")));
        assertMessage(() -> Network.build(badKey, TestNets.PLUGINS), "relu", "unknown parameter 'beta'");
    }

    @Test
    void badTrainingSettings() {
        TrainingSettings ok = TrainingSettings.defaults();
        assertMessage(() -> ok.withLearningRate(-1), "learning rate", "positive", "-1");
        assertMessage(() -> ok.withLearningRate(Double.NaN), "learning rate");
        assertMessage(() -> ok.withBatchSize(0), "batch size", "at least 1");
        assertMessage(() -> ok.withRegularization(-0.1, 0), "regularisation");
        assertMessage(() -> ok.withBiasLearningRate(0), "bias learning rate");
    }
}
