package org.mlpsandbox.app.view;

import javax.swing.JButton;
import javax.swing.JPanel;
import javax.swing.UIManager;
import net.miginfocom.swing.MigLayout;
import org.mlpsandbox.app.model.Classroom;

/**
 * The strip above the centre view while a lesson hides some controls: "Some controls are hidden by this lesson" with
 * "Show all" for the teacher; after Show all, "Hide again". Hidden when the lesson hides nothing.
 *
 * <p>Names for tests: {@code classroomBar}, {@code classroomBar.text}, {@code classroomBar.toggle}.
 */
final class ClassroomBar extends JPanel {

    private final Classroom classroom;
    private final WrappingLabel text = new WrappingLabel("");
    private final JButton toggle = new JButton();

    ClassroomBar(Classroom classroom) {
        super(new MigLayout("insets 4 10 4 6, gap 8", "[grow,fill][]", "[center]"));
        this.classroom = classroom;
        setName("classroomBar");
        text.setName("classroomBar.text");
        toggle.setName("classroomBar.toggle");
        toggle.addActionListener(e -> classroom.setShowingAll(!classroom.showingAll()));
        add(text, "wmin 0");
        add(toggle);
        restyle();
        classroom.addListener(this::refresh);
        refresh();
    }

    @Override
    public void updateUI() {
        super.updateUI();
        if (text != null) {
            restyle();
        }
    }

    private void restyle() {
        setBackground(UIManager.getColor("MlpSandbox.info.background"));
        setBorder(javax.swing.BorderFactory.createMatteBorder(0, 0, 1, 0, UIManager.getColor("Separator.foreground")));
        text.setForeground(UIManager.getColor("Label.foreground"));
    }

    private void refresh() {
        int n = classroom.hidden().size();
        setVisible(n > 0);
        if (classroom.showingAll()) {
            text.setText("All controls are showing (this " + classroom.hiddenBy() + " hides " + n
                    + (n == 1 ? " control" : " controls") + " from students)");
            toggle.setText("Hide again");
            toggle.setToolTipText("Hide the controls the lesson hides");
        } else {
            text.setText("Some controls are hidden by this " + classroom.hiddenBy());
            toggle.setText("Show all");
            toggle.setToolTipText("For the teacher: show every control (hidden: "
                    + String.join(", ", classroom.hidden()) + ")");
        }
        revalidate();
        repaint();
    }
}
