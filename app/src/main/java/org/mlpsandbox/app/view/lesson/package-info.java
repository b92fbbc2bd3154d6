/**
 * The lessons' custom interactive panels ({@link org.mlpsandbox.app.view.lesson.GradientDescentPanel},
 * {@link org.mlpsandbox.app.view.lesson.LearningRatePanel}, {@link org.mlpsandbox.app.view.lesson.OneNeuronPanel},
 * {@link org.mlpsandbox.app.view.lesson.ReluBendPanel}), each driven by a small Swing-free model, and
 * {@link org.mlpsandbox.app.view.lesson.LessonExplanationPanel} for the text beside a lesson.
 * {@link org.mlpsandbox.app.view.lesson.LessonViews} makes the right panel for a lesson.
 */
package org.mlpsandbox.app.view.lesson;
