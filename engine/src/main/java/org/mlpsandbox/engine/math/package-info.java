/**
 * Dense matrix kernels on flat row-major {@code double[]} arrays. The only place where the inner loops of training
 * live: {@link org.mlpsandbox.engine.math.KernelBackend} is what backpropagation calls,
 * {@link org.mlpsandbox.engine.math.Kernels#standard()} chooses the implementation, and
 * {@link org.mlpsandbox.engine.math.JavaKernels} (with {@link org.mlpsandbox.engine.math.Matrices} for small
 * shapes) is the pure-Java one. {@link org.mlpsandbox.engine.math.OpenBlasKernels} hands the large products to
 * OpenBLAS (JavaCPP's presets, loaded once by {@code NativeBlas}), in float64 or
 * {@link org.mlpsandbox.engine.math.Precision#FLOAT32}; the Java kernels are the fallback where it cannot load.
 * {@link org.mlpsandbox.engine.math.ResidentWeights} keeps a layer's weights in native memory between training steps,
 * so that plain gradient descent is one GEMM (W ← W − η·δᵀ·A) with no copies, followed at once by the next batch's
 * forward product; {@link org.mlpsandbox.engine.math.ResidentInputs} keeps the training inputs there too, so that a
 * batch is gathered natively into the layer's {@code InputBuffers}.
 */
package org.mlpsandbox.engine.math;
