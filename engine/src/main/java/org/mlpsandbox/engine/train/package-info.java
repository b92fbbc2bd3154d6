/**
 * Training: settings, a steppable {@link org.mlpsandbox.engine.train.Trainer} (one batch, one epoch), progress events,
 * and a {@link org.mlpsandbox.engine.train.TrainingSession} that runs a trainer on its own thread. {@code Trainer.step}
 * reads like the algorithm (gather, forward, backward, regularise, update, report); the plumbing around it has small
 * classes of its own: {@code BatchStream} (order, shuffle, gather), {@code ParameterBackup} (undo a step),
 * {@code OptimizerStates}, {@code GradientNorms}, {@code TrainingProgress} and {@code FailureDiagnosis}.
 */
package org.mlpsandbox.engine.train;
