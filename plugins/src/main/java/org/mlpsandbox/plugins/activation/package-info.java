/**
 * Built-in activation functions: identity, ReLU, leaky ReLU, sigmoid, tanh and softmax.
 *
 * <p>Each class is an ordinary plugin, registered in {@code META-INF/services/org.mlpsandbox.api.Activation} exactly
 * as an outside jar would be. The batch methods are overridden where that is faster; they never allocate.
 */
package org.mlpsandbox.plugins.activation;
