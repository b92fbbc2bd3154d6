/**
 * Lessons as data: the {@link org.mlpsandbox.app.lesson.Lesson} model, its JSON format
 * ({@link org.mlpsandbox.app.lesson.LessonParser}, with {@code HideList} for the controls a lesson hides; {@link
 * org.mlpsandbox.app.lesson.LessonWriter} writes the window's setup as a lesson), and the {@link org.mlpsandbox.app.lesson.LessonLibrary} that
 * loads the shipped lessons and a teacher's own. No Swing here, so the CLI can run a lesson's training headless.
 */
package org.mlpsandbox.app.lesson;
