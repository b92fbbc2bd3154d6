/**
 * Training: settings, a steppable {@link org.mlpsandbox.engine.train.Trainer} (one batch, one epoch), progress events,
 * and a {@link org.mlpsandbox.engine.train.TrainingSession} that runs a trainer on its own thread. {@code Trainer.step}
 * reads like the algorithm (gather, forward, backward, regularise, update, report); the plumbing around it has small
 * classes of its own: {@code BatchStream} (order, shuffle, gather), {@code ParameterBackup} (undo a step),
 * {@code OptimizerStates}, {@code GradientNorms}, {@code TrainingProgress} and {@code FailureDiagnosis}. Where the
 * update is plain gradient descent on a large layer, the trainer keeps that layer's weights native and fuses the update
 * into one product ({@link org.mlpsandbox.engine.math.ResidentWeights}). Around the
 * epochs: a {@link org.mlpsandbox.engine.train.LearningRateSchedule}, {@link org.mlpsandbox.engine.train.StopConditions}
 * checked by {@link org.mlpsandbox.engine.train.EarlyStopping}, both applied by an
 * {@link org.mlpsandbox.engine.train.EpochControl} following a run's {@link org.mlpsandbox.engine.train.EpochRules} (the
 * one rule for {@code train}, {@code sweep} and the app's Play), and
 * {@link org.mlpsandbox.engine.train.RegressionMetrics} (R², RMSE, MAE).
 */
package org.mlpsandbox.engine.train;
