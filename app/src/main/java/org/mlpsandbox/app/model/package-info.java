/**
 * The sandbox window's state without Swing, so it can be unit-tested headless. {@link
 * org.mlpsandbox.app.model.SandboxModel} coordinates and tells listeners; views read and edit its parts directly:
 * {@link org.mlpsandbox.app.model.DataState} (data and input features, with the points drawn by hand in {@link
 * org.mlpsandbox.app.model.DrawnData} and the {@link org.mlpsandbox.app.model.Plane} that shows them), {@link org.mlpsandbox.app.model.NetworkDraft}
 * (the network being edited), {@link org.mlpsandbox.app.model.RunControl} (play, pause, step, {@link
 * org.mlpsandbox.app.model.Speed}, snapshots), {@link org.mlpsandbox.app.model.RunRecorder} (the runs kept) and
 * {@link org.mlpsandbox.app.model.ExperimentState} (save, open, unsaved work). {@link
 * org.mlpsandbox.app.model.Setup} is what a lesson applies in one go; {@link org.mlpsandbox.app.model.LossHistory}
 * the bounded, downsampling run history. {@link org.mlpsandbox.app.model.WeightEdits} sets a weight or bias typed by
 * hand; {@link org.mlpsandbox.app.model.Classroom} and {@link org.mlpsandbox.app.model.ControlNames} are the classroom
 * controls (which of the window's controls a lesson or an experiment hides). Behind them, package-private:
 * {@code DataEdits} (what an edit of the data means for the network and the run), {@code PluginSwitch} (moving to a
 * reloaded plugin registry), {@code RunProgress} (a run's loss history and the counters carried over) and
 * {@code OpenedData} (the data an experiment file names, read and ready to use).
 */
package org.mlpsandbox.app.model;
