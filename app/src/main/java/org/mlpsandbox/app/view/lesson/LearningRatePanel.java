package org.mlpsandbox.app.view.lesson;

import com.formdev.flatlaf.util.UIScale;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.util.List;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.table.AbstractTableModel;
import net.miginfocom.swing.MigLayout;
import org.mlpsandbox.app.format.Numbers;

/**
 * Lesson 2: gradient descent on x² from x = −1 with the rates 1, 0.9, 0.3 and 0.05 and a fifth the student types
 * (1.1 at first, to see a rate above 1 diverge) in five small plots, and a table of x after every step. Step one at a
 * time, or Play (Space). The state is a {@link LearningRateModel}.
 */
public final class LearningRatePanel extends JPanel {

    /** Steps after which Play stops by itself. */
    static final int MAX_STEPS = 40;

    private final LearningRateModel model = new LearningRateModel();
    private final StepTable table = new StepTable();
    private final PlayButton play = new PlayButton(400, this::tick);
    private final JLabel status = new JLabel();
    private final JPanel plots = new JPanel(new MigLayout("insets 0, gap 10, fill",
            "[grow,fill][grow,fill][grow,fill]", "[grow,fill][grow,fill]"));
    private final JTextField yourRate = new JTextField(Plot.format(LearningRateModel.YOUR_RATE), 5);
    private final JLabel yourRateMessage = new JLabel(" ");

    public LearningRatePanel() {
        // the table as wide as its columns, but never more than half of the panel: the plots keep their room, and
        // the table scrolls sideways when zoomed
        super(new MigLayout("insets 12, fill", "[grow][pref:pref:50%]", "[grow][]"));
        for (int i = 0; i < model.rateCount(); i++) {
            plots.add(new RatePlot(i), i % 3 == 2 ? "wrap" : "");
        }
        add(plots, "grow, wmin 0"); // its smallest height counts: a lesson's text above leaves the plots whole
        JTable grid = new FittingTable(table);
        add(new JScrollPane(grid), "grow, wrap, hmin 0");

        JButton step = new JButton("Step");
        JButton reset = new JButton("Reset");
        JPanel bottom = new JPanel(new MigLayout("insets 0", "[][][]16[][]16[grow]"));
        bottom.add(step);
        bottom.add(play);
        bottom.add(reset);
        JLabel yours = new JLabel("Your rate:");
        yours.setLabelFor(yourRate);
        yourRate.setName("yourRate");
        yourRate.setToolTipText("Type a learning rate and press Enter: try one above 1");
        yourRate.addActionListener(e -> applyYourRate());
        yourRate.addFocusListener(new java.awt.event.FocusAdapter() {
            @Override
            public void focusLost(java.awt.event.FocusEvent e) {
                applyYourRate();
            }
        });
        yourRateMessage.setName("yourRateMessage");
        yourRateMessage.putClientProperty("FlatLaf.style", "foreground: $MlpSandbox.error");
        bottom.add(yours);
        bottom.add(yourRate);
        bottom.add(yourRateMessage, "wrap, wmin 0");
        bottom.add(status, "span, wmin 0"); // its own row: the step's formula is long
        add(bottom, "span, growx");
        step.addActionListener(e -> {
            model.step();
            changed();
        });
        reset.addActionListener(e -> {
            play.setPlaying(false);
            model.reset();
            changed();
        });
        LessonKeys.bindSpace(this, play);
        changed();
    }

    /** Reads the typed rate into the fifth plot, or says under the field what is wrong with it. */
    void applyYourRate() {
        int i = model.rateCount() - 1;
        try {
            model.setRate(i, Double.parseDouble(yourRate.getText().strip().replace(',', '.')));
            yourRateMessage.setText(" ");
        } catch (NumberFormatException e) {
            yourRateMessage.setText("'" + yourRate.getText().strip() + "' is not a number: type one like 1.1");
        } catch (IllegalArgumentException e) {
            yourRateMessage.setText(e.getMessage());
        }
        changed();
    }

    /** Types a rate into the field and applies it, as the student would. */
    public void typeYourRate(String text) {
        yourRate.setText(text);
        applyYourRate();
    }

    /** The message under the rate field (blank when the rate is fine). */
    public String yourRateMessage() {
        return yourRateMessage.getText().strip();
    }

    public LearningRateModel model() {
        return model;
    }

    private void tick() {
        model.step();
        if (model.steps() >= MAX_STEPS) {
            play.setPlaying(false);
        }
        changed();
    }

    private void changed() {
        status.setText("step " + model.steps() + " · every step: x ← x − rate · 2x");
        table.fireTableDataChanged();
        plots.repaint();
    }

    @Override
    public void removeNotify() {
        play.setPlaying(false);
        super.removeNotify();
    }

    /** Step number, then x for each rate. */
    private final class StepTable extends AbstractTableModel {
        @Override
        public int getRowCount() {
            return model.steps() + 1;
        }

        @Override
        public int getColumnCount() {
            return model.rateCount() + 1;
        }

        @Override
        public String getColumnName(int column) {
            return column == 0 ? "step" : "rate " + Plot.format(model.rate(column - 1));
        }

        @Override
        public Object getValueAt(int row, int column) {
            return column == 0 ? String.valueOf(row) : Numbers.format(model.x(column - 1, row));
        }
    }

    /** One rate: the parabola and the path of x across it. */
    private final class RatePlot extends JComponent {
        private final int index;

        RatePlot(int index) {
            this.index = index;
            setPreferredSize(new Dimension(270, 230));
            setMinimumSize(new Dimension(90, 90)); // small, but whole, under a zoomed explanation
        }

        @Override
        protected void paintComponent(Graphics graphics) {
            Graphics2D g = (Graphics2D) graphics.create();
            Plot.antialias(g);
            Color colour = Plot.series(index);
            Plot plot = Plot.within(this, 40, 30, 52, 58, -1.25, 1.25, -0.1, 1.6);
            plot.drawGrid(g, null, null);
            g.setFont(getFont().deriveFont(Font.BOLD));
            g.setColor(colour);
            String title = "rate " + Plot.format(model.rate(index));
            // over the plot, moved left as far as the edge when the plot is narrow (zoomed): never cut by the edge
            int titleX = Math.max(0, Math.min(plot.left, getWidth() - g.getFontMetrics().stringWidth(title) - 1));
            g.drawString(title, titleX, plot.top - 9);
            g.setFont(Plot.sized(getFont(), -1));
            g.setColor(Plot.text());
            String what = model.behaviour(index);
            int whatWidth = g.getFontMetrics().stringWidth(what);
            boolean roomBeside = plot.left + g.getFontMetrics(getFont().deriveFont(Font.BOLD))
                    .stringWidth("rate " + Plot.format(model.rate(index))) + 8 + whatWidth <= plot.left + plot.width;
            // beside the title when there is room, else inside the plot's top right corner, a word a line when the
            // plot is narrower than the words (a zoomed projector)
            String[] lines = roomBeside || whatWidth + 8 <= plot.width ? new String[] {what} : what.split(" ");
            int lineHeight = g.getFontMetrics().getHeight();
            String where = "x = " + Numbers.format(model.path(index).get(model.path(index).size() - 1));
            // inside the plot the words and x must leave the curve's lower half and the axis free: in a plot too
            // small for that (a zoomed projector) they go into the tooltip, and the table beside gives x
            boolean inside = !roomBeside;
            boolean captions = !inside || (lines.length + 1) * lineHeight + UIScale.scale(6) <= plot.height / 2;
            setToolTipText(captions ? null : "rate " + Plot.format(model.rate(index)) + ": " + what + ", " + where);
            if (!captions) {
                lines = new String[0];
            }
            for (int i = 0; i < lines.length; i++) {
                int w = g.getFontMetrics().stringWidth(lines[i]);
                g.drawString(lines[i], Math.max(plot.left + 2, plot.left + plot.width - w - (roomBeside ? 0 : 4)),
                        roomBeside ? plot.top - 9 : plot.top + g.getFontMetrics().getAscent() + 2 + i * lineHeight);
            }
            Graphics2D c = (Graphics2D) g.create();
            plot.clip(c);
            c.setColor(Plot.curve());
            c.setStroke(new BasicStroke(2f));
            c.draw(plot.graph(LearningRateModel::f));
            List<Double> path = model.path(index);
            c.setStroke(new BasicStroke(1.6f));
            for (int k = 1; k < path.size(); k++) {
                double a = path.get(k - 1);
                double b = path.get(k);
                c.setColor(Plot.withAlpha(colour, 150));
                c.draw(new Line2D.Double(plot.px(a), plot.py(LearningRateModel.f(a)), plot.px(b),
                        plot.py(LearningRateModel.f(b))));
            }
            for (int k = 0; k < path.size(); k++) {
                double x = path.get(k);
                boolean last = k == path.size() - 1;
                double r = last ? 6 : 3.5;
                c.setColor(last ? colour : Plot.withAlpha(colour, 140));
                c.fill(new Ellipse2D.Double(plot.px(x) - r, plot.py(LearningRateModel.f(x)) - r, 2 * r, 2 * r));
            }
            c.dispose();
            g.setColor(Plot.text());
            g.setFont(Plot.sized(getFont(), -2));
            int below = roomBeside ? 0 : lines.length * lineHeight; // under the behaviour words, if they are inside
            if (captions) {
                g.drawString(where, plot.left + 6, plot.top + UIScale.scale(15) + below);
            }
            g.dispose();
        }
    }
}
