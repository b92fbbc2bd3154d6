package org.mlpsandbox.app.view;

import java.awt.BorderLayout;
import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JPanel;
import javax.swing.JTabbedPane;
import javax.swing.JTextArea;
import javax.swing.UIManager;

/**
 * A tab under the output view whose real content is too big for it (the backprop step-through, the inside-the-network
 * histograms): while the tab is selected, that content takes the centre of the window in place of the network editor,
 * and the tab itself shows a short note; selecting another tab gives the network editor back. When something else
 * holds the centre (a lesson's own view), the content stays in the tab instead.
 */
final class CentreTab extends JPanel {

    private final JComponent content;
    private final JTextArea note = new JTextArea();
    private final javax.swing.JScrollPane noteScroll;

    CentreTab(String name, JComponent content, String noteText) {
        super(new BorderLayout());
        this.content = content;
        setName(name);
        setMinimumSize(new java.awt.Dimension(300, 200)); // a tab must not widen the window
        note.setText(noteText);
        note.setEditable(false);
        note.setFocusable(false);
        note.setLineWrap(true);
        note.setWrapStyleWord(true);
        note.setOpaque(false);
        note.setFont(UIManager.getFont("Label.font"));
        note.setForeground(UIManager.getColor("Label.disabledForeground"));
        note.setBorder(BorderFactory.createEmptyBorder(10, 10, 10, 10));
        noteScroll = new javax.swing.JScrollPane(note, javax.swing.JScrollPane.VERTICAL_SCROLLBAR_AS_NEEDED,
                javax.swing.JScrollPane.HORIZONTAL_SCROLLBAR_NEVER); // a short tab scrolls the note
        noteScroll.setBorder(BorderFactory.createEmptyBorder());
        noteScroll.setOpaque(false);
        noteScroll.getViewport().setOpaque(false);
        add(noteScroll, BorderLayout.CENTER);
    }

    /** Keeps every {@code CentreTab} of {@code tabs} in step with the selection. */
    /** Changes the note the tab shows. */
    void setNote(String text) {
        note.setText(text);
    }

    static void install(LessonHost window, JTabbedPane tabs) {
        tabs.addChangeListener(e -> {
            for (int i = 0; i < tabs.getTabCount(); i++) {
                if (tabs.getComponentAt(i) instanceof CentreTab t && i != tabs.getSelectedIndex()) {
                    t.hidden(window);
                }
            }
            if (tabs.getSelectedComponent() instanceof CentreTab t) {
                t.shown(window);
            }
        });
    }

    private void shown(LessonHost window) {
        JComponent centre = window.centreView();
        if (centre instanceof NetworkPanel || centre == content) {
            removeAll();
            add(noteScroll, BorderLayout.CENTER);
            window.setCentreView(content);
            java.awt.Component focus = java.awt.KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner();
            if (focus instanceof JTabbedPane) { // a click on the tab: ← and → go to the content, not to the tabs
                content.setFocusable(true);
                content.requestFocusInWindow();
            }
        } else {
            removeAll();
            add(content, BorderLayout.CENTER);
        }
        revalidate();
        repaint();
    }

    private void hidden(LessonHost window) {
        if (window.centreView() == content) {
            window.restoreCentreView();
        }
    }

    JComponent content() {
        return content;
    }
}
