/**
 * Models for looking inside a network, free of Swing so they can be tested headless: the backprop step-through
 * ({@link org.mlpsandbox.app.inspect.BackpropTrace}, {@link org.mlpsandbox.app.inspect.BackpropStepper},
 * {@link org.mlpsandbox.app.inspect.EdgeFormula}) and the per-layer statistics of weights, gradients and activations
 * with their automatic findings ({@link org.mlpsandbox.app.inspect.NetworkInspector},
 * {@link org.mlpsandbox.app.inspect.NetworkInspection}, {@link org.mlpsandbox.app.inspect.RatioHistory}).
 */
package org.mlpsandbox.app.inspect;
