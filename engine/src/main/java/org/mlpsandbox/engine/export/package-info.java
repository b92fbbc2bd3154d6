/**
 * Exports a trained network as one dependency-free source file that computes the same outputs: a Java class with
 * {@code static double[] predict(double[] x)}, or a Python module with a NumPy {@code predict(x)}. See
 * {@link org.mlpsandbox.engine.export.NetworkExporter}; {@link org.mlpsandbox.engine.export.NormalizationFold} folds an
 * input normalisation into the first layer so that the export takes raw inputs.
 */
package org.mlpsandbox.engine.export;
