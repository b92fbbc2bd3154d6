package org.mlpsandbox.app.view;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import javax.swing.JComponent;
import javax.swing.UIManager;
import org.mlpsandbox.app.format.Numbers;
import org.mlpsandbox.engine.train.LearningRateSchedule;

/**
 * A small plot of the learning rate over the epochs as the engine's {@link LearningRateSchedule} gives it, with a mark
 * at the epoch the run is in. Colours from the look and feel ({@code MlpSandbox.plotBackground}, {@code .curve},
 * {@code .axis}), so it follows a theme switch.
 */
final class RateCurve extends JComponent {

    private LearningRateSchedule schedule = LearningRateSchedule.CONSTANT;
    private double rate = 0.1;
    private long epoch;

    RateCurve() {
        setName("rateCurve");
        setPreferredSize(new Dimension(120, 54));
        setMinimumSize(new Dimension(60, 40));
    }

    /** Shows {@code schedule} scaling {@code chosenRate}, with a mark at {@code currentEpoch}. */
    void show(LearningRateSchedule newSchedule, double chosenRate, long currentEpoch) {
        if (!newSchedule.equals(schedule) || chosenRate != rate || currentEpoch != epoch) {
            schedule = newSchedule;
            rate = chosenRate;
            epoch = currentEpoch;
            setToolTipText("Learning rate at epoch " + currentEpoch + ": "
                    + Numbers.format(chosenRate * newSchedule.factor(currentEpoch), 3));
            repaint();
        }
    }

    /** How many epochs the plot spans: enough to see the schedule's shape. */
    static long span(LearningRateSchedule s) {
        if (s instanceof LearningRateSchedule.Step st) {
            return Math.max(10, 4L * st.every());
        }
        if (s instanceof LearningRateSchedule.Exponential ex && ex.gamma() < 1) {
            return Math.max(10, Math.min(100_000, Math.round(Math.log(0.05) / Math.log(ex.gamma()))));
        }
        if (s instanceof LearningRateSchedule.Cosine co) {
            return Math.max(10, Math.round(co.epochs() * 1.2));
        }
        return 100;
    }

    @Override
    protected void paintComponent(Graphics graphics) {
        Graphics2D g = (Graphics2D) graphics.create();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            int w = getWidth();
            int h = getHeight();
            g.setColor(colour("MlpSandbox.plotBackground", "Panel.background"));
            g.fillRect(0, 0, w, h);
            FontMetrics fm = g.getFontMetrics(UIManager.getFont("small.font") != null ? UIManager.getFont("small.font")
                    : getFont());
            g.setFont(fm.getFont());
            int top = fm.getHeight() + 2;
            int bottom = h - 3;
            int left = 3;
            int right = w - 3;
            long span = Math.max(span(schedule), epoch + epoch / 10 + 1); // the run's epochs so far, too
            int n = Math.max(2, Math.min(right - left, 400));
            double max = 0;
            double[] y = new double[n];
            for (int i = 0; i < n; i++) {
                y[i] = schedule.factor(Math.round((double) i * (span - 1) / (n - 1)));
                max = Math.max(max, y[i]);
            }
            max = max > 0 ? max : 1;
            g.setColor(colour("MlpSandbox.axis", "Label.disabledForeground"));
            g.drawLine(left, bottom, right, bottom);
            Path2D path = new Path2D.Double();
            for (int i = 0; i < n; i++) {
                double px = left + (double) i * (right - left) / (n - 1);
                double py = bottom - y[i] / max * (bottom - top);
                if (i == 0) {
                    path.moveTo(px, py);
                } else {
                    path.lineTo(px, py);
                }
            }
            if (epoch < span) {
                g.setColor(colour("Label.disabledForeground", "Label.foreground"));
                int mx = (int) Math.round(left + (double) epoch * (right - left) / (span - 1));
                g.drawLine(mx, top, mx, bottom);
            }
            g.setColor(colour("MlpSandbox.curve", "Label.foreground"));
            g.setStroke(new BasicStroke(1.6f));
            g.draw(path);
            g.setColor(colour("Label.disabledForeground", "Label.foreground"));
            g.drawString("lr " + Numbers.format(rate * max, 3), left + 2, fm.getAscent());
            String end = String.format("%,d epochs", span);
            g.drawString(end, right - fm.stringWidth(end) - 2, fm.getAscent());
        } finally {
            g.dispose();
        }
    }

    private static Color colour(String key, String fallback) {
        Color c = UIManager.getColor(key);
        return c != null ? c : UIManager.getColor(fallback);
    }
}
