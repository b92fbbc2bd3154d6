/**
 * Experiment files and exports: an {@link org.mlpsandbox.engine.io.Experiment} (network spec, weights, training
 * settings, data spec, loss history) saved and opened as JSON by {@link org.mlpsandbox.engine.io.ExperimentFiles},
 * the loss history as CSV by {@link org.mlpsandbox.engine.io.HistoryCsv}, and atomic file replacement by
 * {@link org.mlpsandbox.engine.io.AtomicFiles}. A file that cannot be opened gives an
 * {@link org.mlpsandbox.engine.io.ExperimentFileException} whose message names the file and the problem in one line.
 */
package org.mlpsandbox.engine.io;
