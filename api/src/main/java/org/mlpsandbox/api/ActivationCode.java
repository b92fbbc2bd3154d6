package org.mlpsandbox.api;

import java.util.Objects;

/**
 * An activation written out as source code, so that a trained network can be exported as a dependency-free Java class
 * or Python (NumPy) module computing what the sandbox computes. An activation offers one through
 * {@link Activation#code()}; a network with a layer whose activation offers none cannot be exported.
 *
 * <p>Each call is a template in which {@value #Z} stands for the layer's weighted inputs: a {@code double[]} of one
 * sample in Java (the call may overwrite and return it), a NumPy array of one sample per row in Python. The functions
 * the calls need are written once per exported file, however many layers use them.
 *
 * @param label           how exported comments name the layer's activation ({@code "tanh"},
 *                        {@code "leaky-relu (alpha 0.3)"})
 * @param javaCall        a Java expression giving the activations, e.g. {@code "relu({z})"}
 * @param javaFunctions   the Java class members the call needs (static methods and constants, indented by four
 *                        spaces, each line ending in a new line), or empty
 * @param pythonCall      a Python expression giving the activations, e.g. {@code "np.tanh({z})"}
 * @param pythonFunctions the top-level Python functions the call needs, or empty
 */
public record ActivationCode(String label, String javaCall, String javaFunctions, String pythonCall,
        String pythonFunctions) {

    /** Where the weighted inputs go in a call. */
    public static final String Z = "{z}";

    public ActivationCode {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(javaFunctions, "javaFunctions");
        Objects.requireNonNull(pythonFunctions, "pythonFunctions");
        if (!javaCall.contains(Z) || !pythonCall.contains(Z)) {
            throw new IllegalArgumentException("an activation's code calls must contain " + Z);
        }
    }

    /** The Java call on {@code z}, an expression for a {@code double[]}. */
    public String java(String z) {
        return javaCall.replace(Z, z);
    }

    /** The Python call on {@code z}, an expression for a NumPy array. */
    public String python(String z) {
        return pythonCall.replace(Z, z);
    }
}
