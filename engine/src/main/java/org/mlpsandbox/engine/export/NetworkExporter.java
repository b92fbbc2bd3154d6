package org.mlpsandbox.engine.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.SourceVersion;
import org.mlpsandbox.api.Activation;
import org.mlpsandbox.api.Hyperparameter;
import org.mlpsandbox.engine.io.AtomicFiles;
import org.mlpsandbox.engine.net.DenseLayer;
import org.mlpsandbox.engine.net.Network;
import org.mlpsandbox.engine.plugin.PluginChoice;

/**
 * Writes a network as one dependency-free source file that computes what {@link Network#predict} computes.
 *
 * <p><b>Java.</b> A final class with {@code public static double[] predict(double[] x)}. Every activation is the
 * built-in plugin's own formula (tanh the plugin's continued fraction, not {@code Math.tanh}; softmax with the row
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
 * <p>Supported activations: the built-ins {@value #SUPPORTED_TEXT}. Any other gives an
 * {@link UnsupportedActivationException} naming it and its layer.
 */
public final class NetworkExporter {

    /** Activation ids the exporter can write out. */
    static final List<String> SUPPORTED = List.of("identity", "relu", "leaky-relu", "sigmoid", "tanh", "softmax");
    static final String SUPPORTED_TEXT = "identity, relu, leaky-relu, sigmoid, tanh, softmax";
    /** Up to this many parameters, Java weights are written as array literals. */
    public static final int MAX_LITERAL_PARAMETERS = 3000;
    /** Longest string literal of numbers in the Java export (the class-file limit is 65,535 bytes). */
    static final int MAX_CHUNK_CHARS = 60_000;
    private static final int LINE = 110;

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
        if (!SourceVersion.isName(qualifiedName)) {
            throw new IllegalArgumentException("'" + qualifiedName + "' is not a valid Java class name");
        }
        int dot = qualifiedName.lastIndexOf('.');
        String pkg = dot < 0 ? null : qualifiedName.substring(0, dot);
        String cls = qualifiedName.substring(dot + 1);
        List<LayerCode> layers = layers(network);
        boolean literals = network.parameterCount() <= MAX_LITERAL_PARAMETERS;

        StringBuilder b = new StringBuilder();
        if (pkg != null) {
            b.append("package ").append(pkg).append(";\n\n");
        }
        b.append("/**\n");
        b.append(" * A trained multi-layer perceptron, exported by MLP Sandbox:\n");
        b.append(" * ").append(describe(network)).append(".\n");
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
            DenseLayer layer = network.layer(lc.index);
            int n = lc.index + 1;
            b.append("    // Layer ").append(n).append(": ").append(layer.inputs()).append(" -> ")
                    .append(layer.outputs()).append(", ").append(lc.label).append('\n');
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
            int n = lc.index + 1;
            String call = "dense(" + in + ", W" + n + ", B" + n + ", " + network.layer(lc.index).outputs() + ")";
            String act = switch (lc.id) {
                case "identity" -> call;
                case "leaky-relu" -> "leakyRelu(" + call + ", " + lc.alpha + ")";
                case "relu" -> "relu(" + call + ")";
                case "sigmoid" -> "sigmoid(" + call + ")";
                case "tanh" -> "tanh(" + call + ")";
                case "softmax" -> "softmax(" + call + ")";
                default -> throw new IllegalStateException(lc.id);
            };
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
        Set<String> used = new LinkedHashSet<>();
        for (LayerCode lc : layers) {
            used.add(lc.id);
        }
        for (String id : used) {
            b.append('\n').append(JAVA_FUNCTIONS.get(id));
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
            numbers(b, values, "        ", "}");
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

    /** Writes the values comma-separated, wrapped at about {@value #LINE} characters, then {@code close}. */
    private static void numbers(StringBuilder b, double[] values, String indent, String close) {
        int lineStart = b.length();
        b.append('\n').append(indent);
        for (int i = 0; i < values.length; i++) {
            String s = Double.toString(values[i]);
            if (i > 0) {
                b.append(',');
                if (b.length() - lineStart + s.length() + 2 > LINE) {
                    lineStart = b.length();
                    b.append('\n').append(indent);
                } else {
                    b.append(' ');
                }
            }
            b.append(s);
        }
        b.append('\n').append(indent, 0, Math.max(0, indent.length() - 4)).append(close);
    }

    /**
     * The network as a Python module using NumPy.
     *
     * @throws UnsupportedActivationException when a layer's activation cannot be exported
     */
    public static String python(Network network) {
        List<LayerCode> layers = layers(network);
        StringBuilder b = new StringBuilder();
        b.append("\"\"\"A trained multi-layer perceptron, exported by MLP Sandbox:\n");
        b.append(describe(network)).append(".\n\n");
        b.append("Needs NumPy only. predict(x) takes one sample (a 1-D array of ").append(network.inputs())
                .append(" values) or a batch\n");
        b.append("(2-D, one sample per row) and returns the network's outputs, as the sandbox computes them.\n");
        b.append("Run as a script with the inputs as arguments to print the outputs.\n");
        b.append("\"\"\"\n\n");
        b.append("import numpy as np\n\n");
        b.append("INPUTS = ").append(network.inputs()).append('\n');
        b.append("OUTPUTS = ").append(network.outputs()).append("\n\n");
        for (LayerCode lc : layers) {
            DenseLayer layer = network.layer(lc.index);
            int n = lc.index + 1;
            b.append("# Layer ").append(n).append(": ").append(layer.inputs()).append(" -> ").append(layer.outputs())
                    .append(", ").append(lc.label).append(". W").append(n)
                    .append("[j, i] is the weight from input i to neuron j.\n");
            b.append("W").append(n).append(" = np.array([");
            numbers(b, layer.weights(), "    ", "]");
            b.append(", dtype=np.float64).reshape(").append(layer.outputs()).append(", ").append(layer.inputs())
                    .append(")\n");
            b.append("B").append(n).append(" = np.array([");
            numbers(b, layer.bias(), "    ", "]");
            b.append(", dtype=np.float64)\n\n");
        }
        Set<String> used = new LinkedHashSet<>();
        for (LayerCode lc : layers) {
            used.add(lc.id);
        }
        b.append('\n');
        for (String id : used) {
            String f = PYTHON_FUNCTIONS.get(id);
            if (!f.isEmpty()) {
                b.append(f).append("\n\n");
            }
        }
        b.append("def predict(x):\n");
        b.append("    \"\"\"The network's outputs for one sample (1-D) or a batch (2-D, one sample per row).\"\"\"\n");
        b.append("    x = np.asarray(x, dtype=np.float64)\n");
        b.append("    single = x.ndim == 1\n");
        b.append("    a = np.atleast_2d(x)\n");
        b.append("    if a.shape[-1] != INPUTS:\n");
        b.append("        raise ValueError(\"expected %d inputs, got %d\" % (INPUTS, a.shape[-1]))\n");
        for (LayerCode lc : layers) {
            int n = lc.index + 1;
            String z = "a @ W" + n + ".T + B" + n;
            String act = switch (lc.id) {
                case "identity" -> z;
                case "leaky-relu" -> "_leaky_relu(" + z + ", " + lc.alpha + ")";
                case "relu" -> "_relu(" + z + ")";
                case "sigmoid" -> "_sigmoid(" + z + ")";
                case "tanh" -> "np.tanh(" + z + ")";
                case "softmax" -> "_softmax(" + z + ")";
                default -> throw new IllegalStateException(lc.id);
            };
            b.append("    a = ").append(act).append('\n');
        }
        b.append("    return a[0] if single else a\n\n\n");
        b.append("if __name__ == \"__main__\":\n");
        b.append("    import sys\n");
        b.append("    print(\" \".join(repr(float(v)) for v in predict([float(s) for s in sys.argv[1:]])))\n");
        return b.toString();
    }

    /** "2 -> 8 tanh -> 1 sigmoid, trained with loss log-loss, 33 parameters". */
    private static String describe(Network network) {
        StringBuilder b = new StringBuilder().append(network.inputs());
        for (LayerCode lc : layers(network)) {
            b.append(" -> ").append(network.layer(lc.index).outputs()).append(' ').append(lc.label);
        }
        return b.append(", trained with loss ").append(network.lossFunction().id()).append(", ")
                .append(network.parameterCount()).append(" parameters").toString();
    }

    /** One layer as the exporter sees it: which formula, and its parameter. */
    private record LayerCode(int index, String id, String label, double alpha) {
    }

    private static List<LayerCode> layers(Network network) {
        List<LayerCode> out = new ArrayList<>();
        for (int l = 0; l < network.layerCount(); l++) {
            Activation f = network.layer(l).activation();
            String id = f.id();
            if (!SUPPORTED.contains(id)) {
                throw new UnsupportedActivationException(id, f.displayName(), l + 1);
            }
            double alpha = Double.NaN;
            String label = id;
            if (id.equals("leaky-relu")) {
                alpha = leakyAlpha(network, l, f);
                label = "leaky-relu (alpha " + alpha + ")";
            }
            for (DenseLayer layer : List.of(network.layer(l))) {
                checkFinite(layer.weights(), l);
                checkFinite(layer.bias(), l);
            }
            out.add(new LayerCode(l, id, label, alpha));
        }
        return out;
    }

    /** The slope α of a leaky ReLU layer: the value chosen in the spec, or the declared default; checked on f(−1). */
    private static double leakyAlpha(Network network, int l, Activation f) {
        double alpha = Double.NaN;
        if (l < network.spec().layers().size()) {
            PluginChoice choice = network.spec().layers().get(l).activation();
            Double chosen = choice.parameters().get("alpha");
            if (chosen != null) {
                alpha = chosen;
            }
        }
        if (Double.isNaN(alpha)) {
            for (Hyperparameter h : f.hyperparameters()) {
                if (h.key().equals("alpha")) {
                    alpha = h.defaultValue();
                }
            }
        }
        if (f.apply(-1.0) != -alpha) {
            throw new IllegalArgumentException("layer " + (l + 1) + ": cannot tell the leaky ReLU's slope (the spec "
                    + "says " + alpha + ", the activation gives f(-1) = " + f.apply(-1.0) + ")");
        }
        return alpha;
    }

    private static void checkFinite(double[] values, int l) {
        for (double v : values) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("layer " + (l + 1) + " has a non-finite parameter (" + v
                        + "); a diverged network cannot be exported");
            }
        }
    }

    private static final java.util.Map<String, String> JAVA_FUNCTIONS = java.util.Map.of(
            "identity", "",
            "relu", """
                    /** ReLU: max(0, z). */
                    private static double[] relu(double[] z) {
                        for (int j = 0; j < z.length; j++) {
                            z[j] = Math.max(0.0, z[j]);
                        }
                        return z;
                    }
                """,
            "leaky-relu", """
                    /** Leaky ReLU: z for z > 0, otherwise alpha*z. */
                    private static double[] leakyRelu(double[] z, double alpha) {
                        for (int j = 0; j < z.length; j++) {
                            z[j] = z[j] > 0 ? z[j] : alpha * z[j];
                        }
                        return z;
                    }
                """,
            "sigmoid", """
                    /** Logistic sigmoid: 1 / (1 + e^(-z)). */
                    private static double[] sigmoid(double[] z) {
                        for (int j = 0; j < z.length; j++) {
                            z[j] = 1 / (1 + Math.exp(-z[j]));
                        }
                        return z;
                    }
                """,
            "softmax", """
                    /** Softmax: e^(z_j - max) / sum_k e^(z_k - max); subtracting the maximum avoids overflow. */
                    private static double[] softmax(double[] z) {
                        double max = Double.NEGATIVE_INFINITY;
                        for (double v : z) {
                            max = Math.max(max, v);
                        }
                        double sum = 0;
                        for (int j = 0; j < z.length; j++) {
                            z[j] = Math.exp(z[j] - max);
                            sum += z[j];
                        }
                        double inverse = 1 / sum;
                        for (int j = 0; j < z.length; j++) {
                            z[j] *= inverse;
                        }
                        return z;
                    }
                """,
            "tanh", """
                    /**
                     * tanh as the sandbox computes it (within 2.5 ulp of the exact value): tanh(z/2) from Lambert's
                     * continued fraction, t = s - s*y*R(y)/Q(y) with s = z/2 and y = s*s, then tanh z = 2t / (1 + t*t).
                     */
                    private static final double[] TANH_R = {0.3333333333333333, 0.02945736434108527,
                        0.0008265132485211895, 1.0465504887890972e-05, 6.882215239182529e-08, 2.4957483834398183e-10,
                        5.041915926141047e-13, 5.466973083373323e-16, 2.862089775603792e-19, 5.608641535574744e-23,
                        1.7734834895098008e-27};
                    private static final double[] TANH_Q = {1.0, 0.4883720930232558, 0.03592361505010399,
                        0.0009395407013104121, 1.1455485079988767e-05, 7.354138569869331e-08, 2.6217962815933446e-10,
                        5.227793010975741e-13, 5.60836031828815e-16, 2.9092023645026197e-19, 5.653510667859342e-23,
                        1.7734834895098008e-27};

                    private static double[] tanh(double[] z) {
                        for (int j = 0; j < z.length; j++) {
                            double x = Math.abs(z[j]);
                            if (x > 19.1) {
                                z[j] = Math.copySign(1.0, z[j]); // rounds to +-1 from here on
                            } else if (x >= 1e-8) { // below, tanh z rounds to z
                                double s = z[j] * 0.5;
                                double y = s * s;
                                double q = TANH_Q[11];
                                for (int k = 10; k >= 0; k--) {
                                    q = TANH_Q[k] + y * q;
                                }
                                double r = TANH_R[10];
                                for (int k = 9; k >= 0; k--) {
                                    r = TANH_R[k] + y * r;
                                }
                                double t = s - s * y * r / q;
                                z[j] = 2 * t / (1 + t * t);
                            }
                        }
                        return z;
                    }
                """);

    private static final java.util.Map<String, String> PYTHON_FUNCTIONS = java.util.Map.of(
            "identity", "",
            "tanh", "",
            "relu", """
                def _relu(z):
                    return np.maximum(z, 0.0)
                """,
            "leaky-relu", """
                def _leaky_relu(z, alpha):
                    return np.where(z > 0, z, alpha * z)
                """,
            "sigmoid", """
                def _sigmoid(z):
                    with np.errstate(over="ignore"):
                        return 1.0 / (1.0 + np.exp(-z))
                """,
            "softmax", """
                def _softmax(z):
                    e = np.exp(z - np.max(z, axis=-1, keepdims=True))
                    return e * (1.0 / np.sum(e, axis=-1, keepdims=True))
                """);
}
