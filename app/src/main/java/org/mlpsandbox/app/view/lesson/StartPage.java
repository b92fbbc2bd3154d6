package org.mlpsandbox.app.view.lesson;

import java.awt.Cursor;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.UIManager;
import net.miginfocom.swing.MigLayout;
import org.mlpsandbox.app.view.HtmlLabel;
import org.mlpsandbox.app.view.WidthTrackingPanel;
import org.mlpsandbox.app.lesson.Lesson;
import org.mlpsandbox.app.lesson.LessonProblem;
import org.mlpsandbox.app.lesson.LessonView;

/**
 * The welcome page shown in the centre at first start (and from Lessons → Start page): a greeting, one card per
 * lesson (number, title, one-line summary, what kind of view it opens) that opens the lesson when clicked, the lesson
 * files that were skipped and why, a "Just play" button back to the standard sandbox, and whether to show the page
 * at start.
 *
 * <p>Names for tests: {@code startPage}, {@code lessonCard.<id>}, {@code justPlay}, {@code showAtStart},
 * {@code lessonProblems}.
 */
public final class StartPage extends JScrollPane {

    /** The narrowest card that keeps its title and summary readable, in pixels at 100 %. */
    private static final int CARD_WIDTH = 290;
    private final JPanel cards;

    /**
     * @param lessons     the lessons, in menu order
     * @param problems    lesson files that were skipped
     * @param open        opens a lesson (a card was clicked)
     * @param justPlay    leaves the page for the standard sandbox
     * @param showAtStart whether the page is shown at start now
     * @param setShowAtStart remembers the user's choice
     */
    public StartPage(List<Lesson> lessons, List<LessonProblem> problems, Consumer<Lesson> open, Runnable justPlay,
                     boolean showAtStart, Consumer<Boolean> setShowAtStart) {
        WidthTrackingPanel content = new WidthTrackingPanel(
                new MigLayout("insets 28 36 28 36, wrap 1, fillx, gap 0", "[grow,fill]"));
        setName("startPage");
        JLabel welcome = new HtmlLabel("Welcome to MLP Sandbox"); // wraps when zoomed on a projector
        welcome.putClientProperty("FlatLaf.styleClass", "h00");
        JLabel intro = new HtmlLabel("Build a neural network, press Play and watch it learn. Pick a lesson: each "
                + "opens a ready experiment with a short explanation of what to look at and what to try.");
        intro.putClientProperty("FlatLaf.styleClass", "large");
        JButton play = new JButton("Just play");
        play.setName("justPlay");
        play.setToolTipText("The sandbox itself: data, network and training controls");
        play.putClientProperty("FlatLaf.style", "font: bold +2; arc: 999; background: $Component.accentColor;"
                + " foreground: #ffffff; borderWidth: 0; focusWidth: 0");
        play.setMargin(new java.awt.Insets(6, 26, 6, 26));
        play.addActionListener(e -> justPlay.run());
        content.add(welcome, "split 2, wmin 0, gapbottom 6");
        content.add(play, "gapleft push, growx 0, aligny center");
        content.add(intro, "wmin 0, gapbottom 18");

        cards = new JPanel(new MigLayout("insets 0, wrap 3, gap 14 14, fillx",
                "[grow,fill,sg card][grow,fill,sg card][grow,fill,sg card]"));
        cards.setOpaque(false);
        for (Lesson lesson : lessons) {
            cards.add(card(lesson, open), "wmin 0, growy");
        }
        content.add(cards, "wmin 0");

        if (!problems.isEmpty()) {
            StringBuilder b = new StringBuilder("<html><b>Lesson files skipped:</b><ul style='margin-left: 14px'>");
            for (LessonProblem p : problems) {
                b.append("<li>").append(escape(p.source())).append(": ").append(escape(p.message())).append("</li>");
            }
            JLabel list = new JLabel(b.append("</ul></html>").toString());
            list.setName("lessonProblems");
            list.setForeground(UIManager.getColor("MlpSandbox.warning.foreground"));
            content.add(list, "wmin 0, gaptop 16");
        }

        JCheckBox atStart = new JCheckBox("Show this page when MLP Sandbox starts", showAtStart);
        atStart.setName("showAtStart");
        atStart.addActionListener(e -> setShowAtStart.accept(atStart.isSelected()));
        JLabel later = new JLabel("The lessons and this page are in the Lessons menu too.");
        later.setEnabled(false);
        content.add(atStart, "growx 0, gaptop 18"); // two rows: one would not fit a zoomed projector
        content.add(later, "growx 0, gaptop 4");

        setViewportView(content);
        setBorder(BorderFactory.createEmptyBorder());
        getVerticalScrollBar().setUnitIncrement(16);
    }

    /**
     * Three cards a row where they fit, two or one in a narrower (zoomed) page; before the layout, so the same pass
     * gives the cards' panel its new height.
     */
    @Override
    public void doLayout() {
        int card = com.formdev.flatlaf.util.UIScale.scale(CARD_WIDTH + 14);
        int columns = Math.max(1, Math.min(3, (getWidth() - com.formdev.flatlaf.util.UIScale.scale(72)) / card));
        MigLayout layout = (MigLayout) cards.getLayout();
        String wanted = "insets 0, wrap " + columns + ", gap 14 14, fillx";
        if (!wanted.equals(layout.getLayoutConstraints())) {
            layout.setLayoutConstraints(wanted);
            layout.setColumnConstraints("[grow,fill,sg card]".repeat(columns));
        }
        super.doLayout();
    }

    private static JButton card(Lesson lesson, Consumer<Lesson> open) {
        JButton card = new JButton();
        card.setName("lessonCard." + lesson.id());
        card.setLayout(new MigLayout("insets 12 14 12 14, gap 10 4, fillx", "[36!][grow,fill]", "[][grow,top][]"));
        card.putClientProperty("FlatLaf.style", "arc: 18; background: $MlpSandbox.section.background;"
                + " borderColor: $Component.borderColor; hoverBorderColor: $Component.accentColor;"
                + " focusedBorderColor: $Component.accentColor");
        card.setCursor(Cursor.getPredefinedCursor(Cursor.HAND_CURSOR));
        card.setToolTipText("Open lesson " + lesson.order() + ": " + lesson.title());
        JLabel number = new JLabel(Integer.toString(lesson.order()), JLabel.CENTER);
        number.putClientProperty("FlatLaf.style", "font: bold +8; foreground: $Component.accentColor");
        JLabel title = new HtmlLabel(escape(lesson.title()));
        title.putClientProperty("FlatLaf.style", "font: bold +2");
        JLabel summary = new HtmlLabel(escape(lesson.summary()));
        JLabel kind = new JLabel(kind(lesson.view()));
        kind.putClientProperty("FlatLaf.styleClass", "small");
        kind.setEnabled(false);
        card.add(number, "spany 3, top, growx");
        card.add(title, "wmin 0, wrap");
        card.add(summary, "wmin 0, wrap");
        card.add(kind, "wmin 0");
        card.addActionListener(e -> open.accept(lesson));
        return card;
    }

    /** A few words on what the lesson opens. */
    static String kind(LessonView view) {
        return switch (view) {
            case PLAYGROUND -> "Sandbox experiment";
            case DIGITS -> "Handwritten digits · training";
            default -> "Interactive view";
        };
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
