package org.mlpsandbox.app.model;

import java.util.List;

/** Hidden-layer shapes from the tutorials, given as neuron counts from the first hidden layer on. */
public enum ShapePreset {
    /** Wide then narrower: 8, 6, 4, 2. */
    FUNNEL("Funnel", List.of(8, 6, 4, 2)),
    /** Narrow, wide, narrow: 4, 8, 4. */
    DIAMOND("Diamond", List.of(4, 8, 4)),
    /** Squeeze through a two-neuron bottleneck and widen again: 6, 3, 2, 3, 6. */
    AUTOENCODER("Autoencoder", List.of(6, 3, 2, 3, 6));

    private final String label;
    private final List<Integer> sizes;

    ShapePreset(String label, List<Integer> sizes) {
        this.label = label;
        this.sizes = sizes;
    }

    public String label() {
        return label;
    }

    /** Neurons per hidden layer. */
    public List<Integer> sizes() {
        return sizes;
    }

    @Override
    public String toString() {
        return label;
    }
}
