/**
 * Views of a digits network: {@link org.mlpsandbox.app.view.digits.ConfusionMatrixPanel}, the
 * {@link org.mlpsandbox.app.view.digits.MisclassifiedPanel} gallery and the
 * {@link org.mlpsandbox.app.view.digits.DigitDrawingPanel} canvas. Each takes its own copy of a network (from a
 * training snapshot) and never touches a network that is training. The Swing-free work is in
 * {@link org.mlpsandbox.app.view.digits.DigitsEvaluation} and {@link org.mlpsandbox.app.view.digits.DigitSketch}.
 */
package org.mlpsandbox.app.view.digits;
