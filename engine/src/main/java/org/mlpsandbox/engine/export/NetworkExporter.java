package org.mlpsandbox.engine.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.mlpsandbox.api.Activation;
import org.mlpsandbox.api.ActivationCode;
import org.mlpsandbox.engine.io.AtomicFiles;
import org.mlpsandbox.engine.net.Network;

/**
 * Writes a network as one dependency-free source file that computes what {@link Network#predict} computes.
 *
 * <p><b>Java.</b> A final class with {@code public static double[] predict(double[] x)}. Every activation is the
 * plugin's own formula (tanh the plugin's continued fraction, not {@code Math.tanh}; softmax with the row
 * maximum subtracted) and each weighted sum adds w·a from the first input to the last, so the outputs agree with the
 * engine's to an ulp or two (the engine's products start from the bias and use fused multiply-adds where the
 * processor has them; {@code Math.exp} may round differently in interpreted and compiled code). Weights are written with
 * {@link Double#toString}, which round-trips exactly. Java caps a method's bytecode at 64 KB and a class's constant
 * pool at 65,535 entries, and array literals are compiled into the class initialiser, so small networks
 * (at most {@value #MAX_LITERAL_PARAMETERS} parameters) get readable array literals and bigger ones get their numbers
 * in string literals of under 64 KB each, parsed once when the class loads.
 *
 * <p><b>Python.</b> A module needing NumPy only, with {@code predict(x)} for one sample (a 1-D array) or a batch
 * (2-D, one row per sample). The same formulas in NumPy; matrix products may add in a different order, so outputs
 * agree with the engine to about 1e-15 rather than bit for bit.
 *
 * <p>Each layer's activation writes itself ({@link Activation#code()}; the built-ins all do). One that does not gives
 * an {@link UnsupportedActivationException} naming it and its layer. {@link JavaSource} and {@link PythonSource} write
 * the two languages.
 */
public final class NetworkExporter {

    /** Up to this many parameters, Java weights are written as array literals. */
    public static final int MAX_LITERAL_PARAMETERS = 3000;

    private NetworkExporter() {
    }

    /**
     * Writes {@code network} to {@code file}, in the language its extension names; for Java the class is named after
     * the file (in the default package).
     *
     * @throws IllegalArgumentException       when the extension is unknown or the file name is not a Java class name
     * @throws UnsupportedActivationException when a layer's activation cannot be exported
     */
    public static void write(Network network, Path file) throws IOException {
        ExportFormat format = ExportFormat.forFile(file);
        String source = switch (format) {
            case JAVA -> {
                String name = file.getFileName().toString();
                yield java(network, name.substring(0, name.length() - ".java".length()));
            }
            case PYTHON -> python(network);
        };
        AtomicFiles.writeString(file, source);
    }

    /**
     * The network as a Java class.
     *
     * @param qualifiedName the class name, optionally with a package ({@code "com.example.XorNet"})
     * @throws IllegalArgumentException       when the name is not a valid Java class name
     * @throws UnsupportedActivationException when a layer's activation cannot be exported
     */
    public static String java(Network network, String qualifiedName) {
        return JavaSource.write(network, qualifiedName);
    }

    /**
     * The network as a Python module using NumPy.
     *
     * @throws UnsupportedActivationException when a layer's activation cannot be exported
     */
    public static String python(Network network) {
        return PythonSource.write(network);
    }

    /** "2 -> 8 tanh -> 1 sigmoid, trained with loss log-loss, 33 parameters". */
    static String describe(Network network) {
        StringBuilder b = new StringBuilder().append(network.inputs());
        for (LayerCode lc : layers(network)) {
            b.append(" -> ").append(network.layer(lc.index()).outputs()).append(' ').append(lc.code().label());
        }
        return b.append(", trained with loss ").append(network.lossFunction().id()).append(", ")
                .append(network.parameterCount()).append(" parameters").toString();
    }

    /** One layer as the exporter sees it: its index and its activation's code. */
    record LayerCode(int index, ActivationCode code) {
    }

    /** Every layer's activation code, its parameters checked finite. */
    static List<LayerCode> layers(Network network) {
        List<LayerCode> out = new ArrayList<>();
        for (int l = 0; l < network.layerCount(); l++) {
            Activation f = network.layer(l).activation();
            int layer = l + 1;
            ActivationCode code = f.code().orElseThrow(
                    () -> new UnsupportedActivationException(f.id(), f.displayName(), layer));
            checkFinite(network.layer(l).weights(), l);
            checkFinite(network.layer(l).bias(), l);
            out.add(new LayerCode(l, code));
        }
        return out;
    }

    private static void checkFinite(double[] values, int l) {
        for (double v : values) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("layer " + (l + 1) + " has a non-finite parameter (" + v
                        + "); a diverged network cannot be exported");
            }
        }
    }
}
