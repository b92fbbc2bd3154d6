/**
 * Built-in losses: mean squared error, log-loss (binary cross-entropy) and categorical cross-entropy.
 *
 * <p>Every loss returns the <em>mean</em> over the samples of a batch, and its gradient carries the matching
 * 1/rows. {@code value} and {@code valueAndGradient} add the same terms in the same order, so they return the same
 * number to the last bit. Registered in {@code META-INF/services/org.mlpsandbox.api.Loss}.
 */
package org.mlpsandbox.plugins.loss;
