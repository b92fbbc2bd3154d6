/**
 * The plugin API of MLP Sandbox: the four interfaces a plugin author implements ({@link org.mlpsandbox.api.Activation},
 * {@link org.mlpsandbox.api.Loss}, {@link org.mlpsandbox.api.Initializer}, {@link org.mlpsandbox.api.Optimizer}) and
 * the two small types they share ({@link org.mlpsandbox.api.Hyperparameter}, {@link org.mlpsandbox.api.Parameters}).
 *
 * <p>A plugin is one public class with a public no-arg constructor implementing one of the interfaces, listed in
 * {@code META-INF/services/<interface name>} of its jar. This module has no dependencies.
 *
 * <p>All arrays are flat and row-major: a batch of {@code rows} samples with {@code cols} values each is a
 * {@code double[]} of at least {@code rows * cols} elements, where sample {@code r}, value {@code c} is at
 * {@code r * cols + c}. Methods never keep references to the arrays they are handed.
 */
package org.mlpsandbox.api;
