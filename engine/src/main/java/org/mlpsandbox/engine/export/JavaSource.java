package org.mlpsandbox.engine.export;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.mlpsandbox.engine.export.NetworkExporter.LayerCode;
import org.mlpsandbox.engine.net.DenseLayer;
import org.mlpsandbox.engine.net.Network;
import javax.lang.model.SourceVersion;

/**
 * Writes a network as one dependency-free Java class: weights as array literals (or, for big networks, string chunks
 * parsed when the class loads), a {@code dense} product and each activation's own code ({@link
 * org.mlpsandbox.api.Activation#code()}). See {@link NetworkExporter} for how closely it agrees with the engine.
 */
final class JavaSource {

    /** Longest string literal of numbers in the Java export (the class-file limit is 65,535 bytes). */
    static final int MAX_CHUNK_CHARS = 60_000;

    private JavaSource() {
    }

    /**
     * The network as a Java class.
     *
     * @param qualifiedName the class name, optionally with a package ({@code "com.example.XorNet"})
     * @throws IllegalArgumentException       when the name is not a valid Java class name
     * @throws UnsupportedActivationException when a layer's activation cannot be exported
     */
    static String write(Network network, String qualifiedName) {
        if (!SourceVersion.isName(qualifiedName)) {
            throw new IllegalArgumentException("'" + qualifiedName + "' is not a valid Java class name");
        }
        int dot = qualifiedName.lastIndexOf('.');
        String pkg = dot < 0 ? null : qualifiedName.substring(0, dot);
        String cls = qualifiedName.substring(dot + 1);
        List<LayerCode> layers = NetworkExporter.layers(network);
        boolean literals = network.parameterCount() <= NetworkExporter.MAX_LITERAL_PARAMETERS;

        StringBuilder b = new StringBuilder();
        if (pkg != null) {
            b.append("package ").append(pkg).append(";\n\n");
        }
        b.append("/**\n");
        b.append(" * A trained multi-layer perceptron, exported by MLP Sandbox:\n");
        b.append(" * ").append(NetworkExporter.describe(network)).append(".\n");
        b.append(" *\n");
        b.append(" * <p>Dependency-free: {@link #predict(double[])} computes the network's outputs for one sample with\n");
        b.append(" * the same arithmetic as the sandbox, so the results agree to the last bit or two. Weights are\n");
        b.append(" * stored row-major:\n");
        b.append(" * {@code W2[j * inputs + i]} is the weight from input i to neuron j of layer 2.\n");
        b.append(" */\n");
        b.append("public final class ").append(cls).append(" {\n\n");
        b.append("    /** Values per sample that {@link #predict(double[])} expects. */\n");
        b.append("    public static final int INPUTS = ").append(network.inputs()).append(";\n");
        b.append("    /** Values {@link #predict(double[])} returns. */\n");
        b.append("    public static final int OUTPUTS = ").append(network.outputs()).append(";\n\n");
        for (LayerCode lc : layers) {
            DenseLayer layer = network.layer(lc.index());
            int n = lc.index() + 1;
            b.append("    // Layer ").append(n).append(": ").append(layer.inputs()).append(" -> ")
                    .append(layer.outputs()).append(", ").append(lc.code().label()).append('\n');
            javaArray(b, "W" + n, layer.weights(), literals);
            javaArray(b, "B" + n, layer.bias(), literals);
            b.append('\n');
        }
        b.append("    private ").append(cls).append("() {\n    }\n\n");
        b.append("    /**\n");
        b.append("     * The network's outputs for one sample.\n");
        b.append("     *\n");
        b.append("     * @param x {@value #INPUTS} input values\n");
        b.append("     * @return {@value #OUTPUTS} output values, in a new array\n");
        b.append("     */\n");
        b.append("    public static double[] predict(double[] x) {\n");
        b.append("        if (x.length != INPUTS) {\n");
        b.append("            throw new IllegalArgumentException(\"expected \" + INPUTS + \" inputs, got \" + x.length);\n");
        b.append("        }\n");
        String in = "x";
        for (LayerCode lc : layers) {
            int n = lc.index() + 1;
            String call = "dense(" + in + ", W" + n + ", B" + n + ", " + network.layer(lc.index()).outputs() + ")";
            String act = lc.code().java(call);
            b.append("        double[] a").append(n).append(" = ").append(act).append(";\n");
            in = "a" + n;
        }
        b.append("        return ").append(in).append(";\n");
        b.append("    }\n\n");
        b.append("    /** z = W*a + b: for each neuron j, the sum of w*a over the inputs in order, then the bias. */\n");
        b.append("    private static double[] dense(double[] a, double[] w, double[] b, int outputs) {\n");
        b.append("        int inputs = a.length;\n");
        b.append("        double[] z = new double[outputs];\n");
        b.append("        for (int j = 0; j < outputs; j++) {\n");
        b.append("            int row = j * inputs;\n");
        b.append("            double s = 0;\n");
        b.append("            for (int i = 0; i < inputs; i++) {\n");
        b.append("                s += a[i] * w[row + i];\n");
        b.append("            }\n");
        b.append("            z[j] = s + b[j];\n");
        b.append("        }\n");
        b.append("        return z;\n");
        b.append("    }\n");
        Set<String> functions = new LinkedHashSet<>();
        for (LayerCode lc : layers) {
            functions.add(lc.code().javaFunctions());
        }
        for (String f : functions) {
            b.append('\n').append(f);
        }
        if (!literals) {
            b.append('\n');
            b.append("    /** Reads n comma-separated numbers from string chunks (each under Java's 64 KB constant limit). */\n");
            b.append("    private static double[] parse(int n, String... chunks) {\n");
            b.append("        double[] v = new double[n];\n");
            b.append("        int k = 0;\n");
            b.append("        for (String chunk : chunks) {\n");
            b.append("            int start = 0;\n");
            b.append("            while (start < chunk.length()) {\n");
            b.append("                int end = chunk.indexOf(',', start);\n");
            b.append("                if (end < 0) {\n");
            b.append("                    end = chunk.length();\n");
            b.append("                }\n");
            b.append("                v[k++] = Double.parseDouble(chunk.substring(start, end));\n");
            b.append("                start = end + 1;\n");
            b.append("            }\n");
            b.append("        }\n");
            b.append("        if (k != n) {\n");
            b.append("            throw new IllegalStateException(\"expected \" + n + \" numbers, read \" + k);\n");
            b.append("        }\n");
            b.append("        return v;\n");
            b.append("    }\n");
        }
        b.append("}\n");
        return b.toString();
    }

    private static void javaArray(StringBuilder b, String name, double[] values, boolean literal) {
        if (literal) {
            b.append("    private static final double[] ").append(name).append(" = {");
            Numbers.write(b, values, "        ", "}");
            b.append(";\n");
            return;
        }
        b.append("    private static final double[] ").append(name).append(" = parse(").append(values.length);
        StringBuilder chunk = new StringBuilder();
        List<String> chunks = new ArrayList<>();
        for (double v : values) {
            String s = Double.toString(v);
            if (chunk.length() + s.length() + 1 > MAX_CHUNK_CHARS) {
                chunks.add(chunk.toString());
                chunk.setLength(0);
            }
            if (chunk.length() > 0) {
                chunk.append(',');
            }
            chunk.append(s);
        }
        chunks.add(chunk.toString());
        for (String c : chunks) {
            b.append(",\n            \"").append(c).append('"');
        }
        b.append(");\n");
    }
}
