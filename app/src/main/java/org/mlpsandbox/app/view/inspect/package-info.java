/**
 * Panels that look inside a network: {@link org.mlpsandbox.app.view.inspect.BackpropPanel} steps through forward and
 * backward pass on one sample with the chain rule written out, and
 * {@link org.mlpsandbox.app.view.inspect.InsideNetworkPanel} shows per-layer histograms, the update-to-parameter ratio
 * over time and automatic findings. The backprop diagram is {@code BackpropCanvas}, which {@code BackpropLayout} places
 * (and hit-tests) and {@code BackpropEdges} and {@code BackpropNeurons} paint. Their models live in
 * {@code org.mlpsandbox.app.inspect}.
 */
package org.mlpsandbox.app.view.inspect;
