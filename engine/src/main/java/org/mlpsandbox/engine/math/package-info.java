/**
 * Dense matrix kernels on flat row-major {@code double[]} arrays. The only place where the inner loops of training
 * live, so they can be tuned (or swapped for a library) without touching backpropagation.
 */
package org.mlpsandbox.engine.math;
