/**
 * Training: settings, a steppable {@link org.mlpsandbox.engine.train.Trainer} (one batch, one epoch), progress events,
 * and a {@link org.mlpsandbox.engine.train.TrainingSession} that runs a trainer on its own thread.
 */
package org.mlpsandbox.engine.train;
