/**
 * Datasets: the synthetic data of the lessons, CSV import and MNIST digits.
 *
 * <ul>
 *   <li>{@link org.mlpsandbox.engine.data.Dataset} — the immutable table of inputs and targets that training reads.</li>
 *   <li>{@link org.mlpsandbox.engine.data.Generators} — generated data by name ("circle", "xor", "spiral", "sine",
 *       …), deterministic per seed.</li>
 *   <li>{@link org.mlpsandbox.engine.data.TrainTestSplit} — a seeded train/test split.</li>
 *   <li>{@link org.mlpsandbox.engine.data.CsvImport} — a CSV file with a header row; numeric inputs, numeric or class
 *       target; comma, semicolon or tab; classes in natural order.</li>
 *   <li>{@link org.mlpsandbox.engine.data.Normalization} — input scaling (standard, min-max) with statistics from
 *       the training part.</li>
 *   <li>{@link org.mlpsandbox.engine.data.DrawnPoints} — points a person drew on the plane, with a class or a value
 *       each.</li>
 *   <li>{@link org.mlpsandbox.engine.data.Mnist} — MNIST IDX files (raw or gzip), and the subset shipped in the jar.</li>
 * </ul>
 * Files that cannot be read as data give a {@link org.mlpsandbox.engine.data.DataFileException} whose message names
 * the file, the line and the column.
 */
package org.mlpsandbox.engine.data;
