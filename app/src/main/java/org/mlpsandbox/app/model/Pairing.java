package org.mlpsandbox.app.model;

import java.util.Optional;
import org.mlpsandbox.api.Activation;
import org.mlpsandbox.api.Activation.OutputKind;
import org.mlpsandbox.api.Loss;

/**
 * Advice on the output activation and the loss: which pairs are odd. It goes by what the plugins say about themselves
 * ({@link Activation#outputKind()}, {@link Loss#expects()}), so outside plugins that say so get the same advice.
 */
public final class Pairing {

    private Pairing() {
    }

    /**
     * A warning for an odd pair, such as softmax with MSE, or empty when the pair is fine.
     *
     * @param classification whether the data has classes
     */
    public static Optional<String> warning(Activation output, Loss loss, boolean classification) {
        OutputKind gives = output.outputKind();
        OutputKind wants = loss.expects();
        String act = output.displayName();
        String cost = loss.displayName();
        if (gives == OutputKind.DISTRIBUTION && wants == OutputKind.ANY) {
            return Optional.of(act + " with " + cost + " learns slowly: the gradients vanish when it is confidently "
                    + "wrong. Use a loss for probabilities, such as categorical cross-entropy.");
        }
        if (gives == OutputKind.DISTRIBUTION && wants == OutputKind.PROBABILITIES) {
            return Optional.of(cost + " treats each " + act + " output as its own yes/no; categorical cross-entropy "
                    + "is the usual partner of softmax.");
        }
        if (wants == OutputKind.PROBABILITIES && gives == OutputKind.ANY) {
            return Optional.of(cost + " needs outputs between 0 and 1; " + act
                    + " can leave that range. Use a sigmoid output.");
        }
        if (wants == OutputKind.DISTRIBUTION && gives != OutputKind.DISTRIBUTION) {
            return Optional.of(cost + " expects probabilities that sum to 1: use a softmax output.");
        }
        if (!classification && gives != OutputKind.ANY) {
            return Optional.of("This is regression: a " + act + " output can only reach values "
                    + "between 0 and 1. Use identity.");
        }
        if (!classification && wants != OutputKind.ANY) {
            return Optional.of(cost + " is a loss for classes; regression usually uses mean squared error.");
        }
        return Optional.empty();
    }
}
