/**
 * The sandbox window's state without Swing, so it can be unit-tested headless: {@link
 * org.mlpsandbox.app.model.SandboxModel} (data, input features, the network being edited, training settings and the
 * training run, with change listeners), {@link org.mlpsandbox.app.model.Setup} (what a lesson applies in one go),
 * {@link org.mlpsandbox.app.model.LossHistory} (bounded, downsampling run history) and small helpers.
 */
package org.mlpsandbox.app.model;
