package org.mlpsandbox.app.view.lesson;

import java.awt.Dimension;
import java.awt.Font;
import javax.swing.BorderFactory;
import javax.swing.JEditorPane;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.UIManager;
import javax.swing.text.html.HTMLEditorKit;
import net.miginfocom.swing.MigLayout;
import org.mlpsandbox.app.lesson.Lesson;

/** The text beside a lesson: its number and title, the one-line summary, and the explanation (HTML). */
public final class LessonExplanationPanel extends JPanel {

    /** Wraps label text at the panel's width (Swing scales CSS pixels by 96/72, so 200px is about 267 pixels). */
    private static final String WRAP = "<html><body style='width: 200px'>";

    private final JLabel title = new JLabel();
    private final JLabel summary = new JLabel();
    private final JEditorPane text = new JEditorPane();

    public LessonExplanationPanel() {
        super(new MigLayout("insets 12, fill, wrap 1", "[296!]", "[][][grow,fill]"));
        title.setFont(title.getFont().deriveFont(Font.BOLD, title.getFont().getSize2D() + 4));
        summary.setFont(summary.getFont().deriveFont(Font.ITALIC));
        text.setEditable(false);
        text.setEditorKit(new HTMLEditorKit());
        text.putClientProperty(JEditorPane.HONOR_DISPLAY_PROPERTIES, Boolean.TRUE);
        text.setFont(UIManager.getFont("Label.font"));
        text.setOpaque(false);
        add(title);
        add(summary);
        JScrollPane scroll = new JScrollPane(text);
        scroll.setBorder(BorderFactory.createEmptyBorder());
        scroll.setOpaque(false);
        scroll.getViewport().setOpaque(false);
        scroll.setPreferredSize(new Dimension(296, 420));
        add(scroll);
        setPreferredSize(new Dimension(320, 500));
    }

    /** A panel already showing a lesson. */
    public LessonExplanationPanel(Lesson lesson) {
        this();
        show(lesson);
    }

    /** Shows a lesson's title, summary and explanation. */
    public void show(Lesson lesson) {
        title.setText(WRAP + lesson.order() + ". " + lesson.title() + "</body></html>");
        summary.setText(WRAP + lesson.summary() + "</body></html>");
        text.setText(lesson.explanationHtml());
        text.setCaretPosition(0);
    }

    /** The explanation as shown (for tests). */
    public String explanationText() {
        return text.getText();
    }
}
