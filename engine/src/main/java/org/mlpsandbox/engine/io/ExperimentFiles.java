package org.mlpsandbox.engine.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.mlpsandbox.engine.limits.MemoryBudget;
import org.mlpsandbox.engine.limits.NotEnoughMemoryException;
import org.mlpsandbox.engine.plugin.PluginRegistry;

/**
 * Saves and opens experiment files: JSON with {@code "format": "mlp-sandbox-experiment"} and {@code "version": 1}.
 *
 * <pre>
 * {
 *   "format" : "mlp-sandbox-experiment", "version" : 1, "writtenBy" : "MLP Sandbox 0.1.0",
 *   "network" : { "inputs" : 2,
 *                 "layers" : [ { "size" : 8, "activation" : { "id" : "tanh", "parameters" : { } } }, … ],
 *                 "loss" : { "id" : "log-loss", … }, "initializer" : { "id" : "xavier-uniform", … }, "seed" : 3 },
 *   "parameters" : [ { "weights" : [ … outputs × inputs, row-major … ], "bias" : [ … ] }, … ],
 *   "training" : { "optimizer" : { "id" : "sgd", "parameters" : { … } }, "learningRate" : 0.1,
 *                  "biasLearningRate" : null, "batchSize" : 10, "l1" : 0.0, "l2" : 0.0, "shuffle" : true, "seed" : 4 },
 *   "data" : { "kind" : "generated", "name" : "circle", "path" : null, "target" : null, "targetAsClasses" : false,
 *              "samples" : 500, "noise" : 0.0, "testRatio" : 0.2, "seed" : 1 },
 *   "history" : { "columns" : [ "epoch", "step", "trainLoss", "testLoss", "accuracy" ],
 *                 "rows" : [ [ 1, 40, 0.61, 0.55, 0.8 ], … ] },
 *   "runs" : [ { "name" : "Run 1", "network" : { … }, "initialParameters" : [ … ], "training" : { … },
 *                "data" : { … }, "features" : [ "x1", "x2" ], "curve" : { "columns" : [ … ], "rows" : [ … ] },
 *                "final" : { "trainLoss" : 0.1, "testLoss" : 0.12, "trainAccuracy" : 0.97, "testAccuracy" : 0.95 },
 *                "thumbnail" : { "size" : 40, "classes" : 0, "cells" : "base64…" } }, … ]
 * }
 * </pre>
 * Points drawn by hand in the app are data of kind {@code "drawn"} that carry the points themselves:
 * {@code "drawn" : { "classes" : 3, "plane" : [ -6, 6, -6, 6 ], "points" : [ [ x1, x2, class or value ], … ] }}
 * ({@code "classes" : 0} for values to fit); other kinds have no {@code "drawn"} section.
 * {@code "hide"} (optional, after {@code "data"}) lists the app's controls a teacher hides from students, e.g.
 * {@code [ "layers", "optimizer" ]}.
 * {@code "runs"} (earlier training runs, see {@link SavedRun}) is optional: it is written only when there are runs,
 * and files without it open with none; its {@code "thumbnail"} is optional too. {@code "writtenBy"} names the program
 * and version that saved the file (see {@link org.mlpsandbox.engine.Version}); it is for people and is not read back,
 * so files from before it existed open as before.
 * Numbers are written so that they read back bit for bit; {@code null} stands for "not set" or "not available"
 * (NaN). On reading, unknown fields are ignored (later versions may add some) and {@code "history"} may be missing;
 * everything else is checked, and any problem is an {@link ExperimentFileException} naming the file and the problem.
 *
 * <p>This class is the entry point: {@code ExperimentWriter} writes the JSON, {@code ExperimentReader} reads and checks
 * it (with {@code SetupReader} for the network, weights, training and data, and {@code JsonFields} for single fields),
 * and {@link AtomicFiles} replaces the file as a whole.
 */
public final class ExperimentFiles {

    /** The value of the "format" field. */
    public static final String FORMAT = "mlp-sandbox-experiment";
    /** The version this code writes, and the newest it reads. */
    public static final int VERSION = 1;

    /**
     * Memory per byte of an experiment file while it is opened: the bytes, and the JSON tree made of them (a number of
     * about 20 characters becomes a tree node of about 24 bytes and a reference to it).
     */
    static final long LOADED_BYTES_PER_BYTE = 3;

    private ExperimentFiles() {
    }

    /**
     * Saves atomically: a crash mid-save leaves the old file (if any) in place.
     *
     * @throws IOException when the file cannot be written
     */
    public static void save(Path file, Experiment experiment) throws IOException {
        AtomicFiles.write(file, out -> write(out, experiment));
    }

    /** The JSON text of an experiment, as {@link #save} writes it. */
    public static String toJson(Experiment experiment) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(out, experiment);
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory failed", e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Writes the JSON of an experiment to {@code out} (UTF-8), leaving the stream open. */
    public static void write(OutputStream out, Experiment experiment) throws IOException {
        ExperimentWriter.write(out, experiment);
    }

    /**
     * Opens an experiment file and checks everything: the JSON, the format and version, every field, that every plugin
     * is installed and accepts its parameters, and that the weights fit the network and are finite.
     *
     * @param plugins where the plugin ids are looked up
     * @throws ExperimentFileException naming the file and the problem in one line
     * @throws IOException             when the file cannot be read at all
     */
    public static Experiment load(Path file, PluginRegistry plugins) throws IOException {
        String name = file.toString();
        byte[] bytes;
        try {
            MemoryBudget.ofRuntime().require(MemoryBudget.times(Files.size(file), LOADED_BYTES_PER_BYTE),
                    "opening it");
            bytes = Files.readAllBytes(file);
        } catch (NotEnoughMemoryException e) {
            throw new ExperimentFileException(name, e.getMessage(), e);
        } catch (NoSuchFileException e) {
            throw new ExperimentFileException(name, "no such file", e);
        } catch (AccessDeniedException e) {
            throw new ExperimentFileException(name, "permission denied", e);
        } catch (IOException e) {
            throw new ExperimentFileException(name, "cannot be read: " + e, e);
        }
        return read(bytes, name, plugins);
    }

    /**
     * Reads an experiment from JSON bytes, with all the checks of {@link #load}.
     *
     * @param fileName names the source in error messages
     */
    public static Experiment read(byte[] json, String fileName, PluginRegistry plugins)
            throws ExperimentFileException {
        return ExperimentReader.read(json, fileName, plugins);
    }
}
