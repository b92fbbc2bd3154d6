package org.mlpsandbox.app.inspect;

/**
 * One stop of the backprop step-through.
 *
 * @param kind  what is being shown
 * @param layer the engine layer (0 = first hidden layer) for {@link Kind#FORWARD} and {@link Kind#BACKWARD}; −1
 *              otherwise
 * @param index position within a pass: 0 (input) … {@code 2L + 3} (applied), L = number of layers
 */
public record Stage(Kind kind, int layer, int index) {

    /** The kinds of stop, in the order a pass visits them. */
    public enum Kind {
        /** The sample enters: the inputs x are shown. */
        INPUT,
        /** z = W·a + b and a = f(z) of one layer. */
        FORWARD,
        /** The loss C and its gradient ∂C/∂a at the output. */
        LOSS,
        /** δ = ∂C/∂z of one layer and ∂C/∂w of the weights into it, from the output back. */
        BACKWARD,
        /** The gradient-descent step w − η·∂C/∂w, previewed. */
        UPDATE,
        /** The step applied: the network now holds the new parameters. */
        APPLIED
    }

    /** The stops of one pass through a network of {@code layers} layers. */
    static Stage[] pass(int layers) {
        Stage[] s = new Stage[2 * layers + 4];
        int i = 0;
        s[i] = new Stage(Kind.INPUT, -1, i++);
        for (int l = 0; l < layers; l++) {
            s[i] = new Stage(Kind.FORWARD, l, i++);
        }
        s[i] = new Stage(Kind.LOSS, -1, i++);
        for (int l = layers - 1; l >= 0; l--) {
            s[i] = new Stage(Kind.BACKWARD, l, i++);
        }
        s[i] = new Stage(Kind.UPDATE, -1, i++);
        s[i] = new Stage(Kind.APPLIED, -1, i);
        return s;
    }
}
