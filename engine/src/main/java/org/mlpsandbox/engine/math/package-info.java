/**
 * Dense matrix kernels on flat row-major {@code double[]} arrays. The only place where the inner loops of training
 * live: {@link org.mlpsandbox.engine.math.KernelBackend} is what backpropagation calls,
 * {@link org.mlpsandbox.engine.math.Kernels#standard()} chooses the implementation, and
 * {@link org.mlpsandbox.engine.math.JavaKernels} (with {@link org.mlpsandbox.engine.math.Matrices} for small
 * shapes) is the pure-Java one.
 */
package org.mlpsandbox.engine.math;
