/**
 * The desktop window, one class per panel: {@link org.mlpsandbox.app.view.MainWindow} builds
 * {@link org.mlpsandbox.app.view.DataPanel}, {@link org.mlpsandbox.app.view.TrainingPanel},
 * {@link org.mlpsandbox.app.view.NetworkPanel} (with its live diagram), {@link org.mlpsandbox.app.view.OutputView},
 * {@link org.mlpsandbox.app.view.LossChartPanel}, {@link org.mlpsandbox.app.view.DiagnosticsPanel},
 * {@link org.mlpsandbox.app.view.PluginsPanel} and the {@link org.mlpsandbox.app.view.StatusBar}, its menu bar
 * ({@code SandboxMenuBar}) and tool bar ({@code SandboxToolBar}), lays them out ({@code SandboxLayout}, which is the
 * {@link org.mlpsandbox.app.view.LessonHost} lessons use) and runs the frames with a Swing timer.
 * {@link org.mlpsandbox.app.view.SandboxApp} starts it; colours and sizes live in the FlatLaf properties under
 * {@code org/mlpsandbox/app/theme}.
 */
package org.mlpsandbox.app.view;
