package org.mlpsandbox.app.model;

import java.util.Optional;

/**
 * Advice on the output activation and the loss: which pair fits a kind of data, and which pairs are odd. Works on
 * plugin ids, so outside plugins simply get no advice.
 */
public final class Pairing {

    private Pairing() {
    }

    /**
     * A warning for an odd pair, such as softmax with MSE, or empty when the pair is fine or unknown.
     *
     * @param classification whether the data has classes
     */
    public static Optional<String> warning(String outputActivation, String loss, boolean classification) {
        boolean probability = outputActivation.equals("sigmoid") || outputActivation.equals("softmax");
        if (outputActivation.equals("softmax") && loss.equals("mse")) {
            return Optional.of("Softmax with MSE learns slowly: the gradients vanish when it is confidently wrong. "
                    + "Use categorical cross-entropy.");
        }
        if (outputActivation.equals("softmax") && loss.equals("log-loss")) {
            return Optional.of("Log-loss treats each softmax output as its own yes/no; categorical cross-entropy "
                    + "is the usual partner of softmax.");
        }
        if (loss.equals("log-loss") && !probability) {
            return Optional.of("Log-loss needs outputs between 0 and 1; " + outputActivation
                    + " can leave that range. Use a sigmoid output.");
        }
        if (loss.equals("categorical-cross-entropy") && !outputActivation.equals("softmax")) {
            return Optional.of("Categorical cross-entropy expects probabilities that sum to 1: use a softmax output.");
        }
        if (!classification && probability) {
            return Optional.of("This is regression: a " + outputActivation + " output can only reach values "
                    + "between 0 and 1. Use identity.");
        }
        if (!classification && !loss.equals("mse") && (loss.contains("cross-entropy") || loss.equals("log-loss"))) {
            return Optional.of("Cross-entropy losses are for classes; regression usually uses MSE.");
        }
        return Optional.empty();
    }
}
