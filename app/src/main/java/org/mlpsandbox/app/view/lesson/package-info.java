/**
 * Lessons in the window: the {@link org.mlpsandbox.app.view.lesson.LessonsMenu}, the
 * {@link org.mlpsandbox.app.view.lesson.StartPage} and the {@link org.mlpsandbox.app.view.lesson.LessonOpener} that
 * applies a lesson to the main window; and the custom interactive panels
 * ({@link org.mlpsandbox.app.view.lesson.GradientDescentPanel}, {@link org.mlpsandbox.app.view.lesson.LearningRatePanel},
 * {@link org.mlpsandbox.app.view.lesson.OneNeuronPanel}, {@link org.mlpsandbox.app.view.lesson.ReluBendPanel}), each
 * driven by a small Swing-free model. {@link org.mlpsandbox.app.view.lesson.LessonViews} makes the right panel for a
 * lesson. A lesson's text is shown in the main window's one explanation panel.
 */
package org.mlpsandbox.app.view.lesson;
