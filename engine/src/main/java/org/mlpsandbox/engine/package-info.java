/**
 * The MLP Sandbox engine: networks, backpropagation, training, datasets, plugin discovery and files. Knows no Swing.
 */
package org.mlpsandbox.engine;
