/**
 * The multi-layer perceptron: its spec, its dense layers, and the forward and backward passes over a minibatch.
 * Plugins come in through {@link org.mlpsandbox.engine.plugin.PluginResolver} (configured instances), never through
 * the loading machinery; the matrix products through {@link org.mlpsandbox.engine.math.KernelBackend}.
 */
package org.mlpsandbox.engine.net;
