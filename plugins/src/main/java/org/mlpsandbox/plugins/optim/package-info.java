/**
 * Built-in optimizers: SGD (with optional classical or Nesterov momentum), RMSProp, Adam and AdaMax.
 *
 * <p>Each class is an immutable, configured prototype; {@code configure} returns a new instance. {@code newState}
 * allocates the per-array moments once, and {@code State.update} then runs without allocating. Registered in
 * {@code META-INF/services/org.mlpsandbox.api.Optimizer}.
 */
package org.mlpsandbox.plugins.optim;
