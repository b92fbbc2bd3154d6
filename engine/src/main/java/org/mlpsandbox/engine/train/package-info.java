/**
 * Training: settings, a steppable {@link org.mlpsandbox.engine.train.Trainer} (one batch, one epoch), progress events,
 * and a {@link org.mlpsandbox.engine.train.TrainingSession} that runs a trainer on its own thread. Around the epochs:
 * a {@link org.mlpsandbox.engine.train.LearningRateSchedule}, {@link org.mlpsandbox.engine.train.StopConditions}
 * checked by {@link org.mlpsandbox.engine.train.EarlyStopping}, and
 * {@link org.mlpsandbox.engine.train.RegressionMetrics} (R², RMSE, MAE).
 */
package org.mlpsandbox.engine.train;
