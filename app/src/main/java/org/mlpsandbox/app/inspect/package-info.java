/**
 * Models for looking inside a network, free of Swing so they can be tested headless: the backprop step-through
 * ({@link org.mlpsandbox.app.inspect.BackpropTrace}, {@link org.mlpsandbox.app.inspect.BackpropStepper},
 * {@link org.mlpsandbox.app.inspect.EdgeFormula}) and the per-layer statistics of weights, gradients and activations
 * with their automatic findings ({@link org.mlpsandbox.app.inspect.NetworkInspector},
 * {@link org.mlpsandbox.app.inspect.NetworkInspection}, {@link org.mlpsandbox.app.inspect.RatioHistory}). Their
 * passes call plugin code on the event thread, so they run through {@link org.mlpsandbox.app.inspect.PluginGuard}:
 * under the plugins' time limit, with a plugin that hangs or throws named in a message.
 */
package org.mlpsandbox.app.inspect;
