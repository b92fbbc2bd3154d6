/**
 * The multi-layer perceptron: its spec, its dense layers, and the forward and backward passes over a minibatch.
 */
package org.mlpsandbox.engine.net;
