package org.mlpsandbox.app.action;

import java.awt.Component;
import java.awt.event.ActionEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.swing.AbstractAction;
import javax.swing.JCheckBox;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.filechooser.FileNameExtensionFilter;
import net.miginfocom.swing.MigLayout;
import org.mlpsandbox.app.lesson.LessonLibrary;
import org.mlpsandbox.app.lesson.LessonWriter;
import org.mlpsandbox.app.model.ControlNames;
import org.mlpsandbox.app.model.SandboxModel;
import org.mlpsandbox.engine.data.Normalization;
import org.mlpsandbox.engine.io.AtomicFiles;

/**
 * File → Save as lesson…: a teacher writes the current setup (data, network, training settings) as a lesson file,
 * with a title, a text and the controls students should not see, chosen with check boxes. The file goes to the lesson
 * folder by default, where the Lessons menu finds it (Lessons → Reload lessons).
 */
public final class SaveAsLessonAction extends AbstractAction {

    private final SandboxModel model;
    private final Component parent;
    private final Consumer<String> notice;

    public SaveAsLessonAction(SandboxModel model, Component parent, Consumer<String> notice) {
        super("Save as lesson…");
        this.model = model;
        this.parent = parent;
        this.notice = notice;
        putValue(SHORT_DESCRIPTION, "Write this setup as a lesson file for students, choosing which controls to hide");
    }

    @Override
    public void actionPerformed(ActionEvent e) {
        JTextField title = new JTextField(32);
        title.setName("saveLesson.title");
        title.addAncestorListener(new javax.swing.event.AncestorListener() { // the dialog opens ready to type
            @Override
            public void ancestorAdded(javax.swing.event.AncestorEvent e) {
                javax.swing.SwingUtilities.invokeLater(title::requestFocusInWindow);
            }

            @Override
            public void ancestorRemoved(javax.swing.event.AncestorEvent e) {
            }

            @Override
            public void ancestorMoved(javax.swing.event.AncestorEvent e) {
            }
        });
        JTextArea text = new JTextArea(5, 32);
        text.setName("saveLesson.text");
        text.setLineWrap(true);
        text.setWrapStyleWord(true);
        JPanel form = new JPanel(new MigLayout("insets 0, wrap 2, gap 6 4", "[right][grow,fill]"));
        form.add(new JLabel("Title"));
        form.add(title);
        form.add(new JLabel("Text"), "top");
        form.add(new JScrollPane(text));
        JLabel hint = new JLabel("What to look at, what to try. A blank line starts a new paragraph.");
        hint.putClientProperty("FlatLaf.styleClass", "small");
        form.add(hint, "skip");
        form.add(new JLabel("Hide from students"), "top, gaptop 8");
        JPanel boxes = new JPanel(new MigLayout("insets 0, wrap 2, gap 12 0"));
        Map<String, JCheckBox> checks = new LinkedHashMap<>();
        for (ControlNames.Control c : ControlNames.all()) {
            JCheckBox box = new JCheckBox(c.label(), model.classroom().hidden().contains(c.name()));
            box.setName("saveLesson.hide." + c.name());
            checks.put(c.name(), box);
            boxes.add(box);
        }
        form.add(boxes, "gaptop 8");
        List<String> notKept = LessonWriter.notKept(model.currentSetup(), model.data().isGenerated(),
                model.data().normalization() != Normalization.Method.NONE);
        if (!notKept.isEmpty()) {
            JLabel warn = new JLabel("<html>A lesson cannot keep everything shown now:<br>"
                    + String.join("<br>", notKept) + "</html>");
            warn.setForeground(javax.swing.UIManager.getColor("MlpSandbox.warning.foreground"));
            form.add(warn, "span 2, gaptop 8");
        }
        while (true) {
            int answer = JOptionPane.showConfirmDialog(parent, form, "Save as lesson", JOptionPane.OK_CANCEL_OPTION,
                    JOptionPane.PLAIN_MESSAGE);
            if (answer != JOptionPane.OK_OPTION) {
                return;
            }
            if (!title.getText().isBlank()) {
                break;
            }
            JOptionPane.showMessageDialog(parent, "A lesson needs a title.", "Save as lesson",
                    JOptionPane.WARNING_MESSAGE);
        }
        List<String> hidden = new ArrayList<>();
        checks.forEach((name, box) -> {
            if (box.isSelected()) {
                hidden.add(name);
            }
        });
        LessonWriter.Draft draft = new LessonWriter.Draft(title.getText(), text.getText(), hidden);
        Path folder = LessonLibrary.defaultUserFolder();
        try {
            Files.createDirectories(folder);
        } catch (IOException | RuntimeException ex) {
            folder = Path.of(System.getProperty("user.home"));
        }
        JFileChooser chooser = new JFileChooser(folder.toFile());
        chooser.setFileFilter(new FileNameExtensionFilter("Lesson files (*.json)", "json"));
        chooser.setSelectedFile(folder.resolve(LessonWriter.fileName(draft)).toFile());
        if (chooser.showSaveDialog(parent) != JFileChooser.APPROVE_OPTION) {
            return;
        }
        Path file = chooser.getSelectedFile().toPath();
        if (!file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".json")) {
            file = file.resolveSibling(file.getFileName() + ".json");
        }
        if (Files.exists(file) && JOptionPane.showConfirmDialog(parent, file.getFileName() + " exists. Replace it?",
                "Save as lesson", JOptionPane.YES_NO_OPTION) != JOptionPane.YES_OPTION) {
            return;
        }
        save(file, draft);
    }

    /**
     * Writes the lesson file for {@code draft} (atomically) and says where in a notice, or why not.
     *
     * @return whether it was written
     */
    public boolean save(Path file, LessonWriter.Draft draft) {
        try {
            String json = LessonWriter.write(draft, model.currentSetup(), model.network().outputCount(),
                    model.data().rawData().inputCount() == 1);
            AtomicFiles.writeString(file, json);
            boolean inFolder = file.toAbsolutePath().getParent() != null && file.toAbsolutePath().getParent()
                    .equals(LessonLibrary.defaultUserFolder().toAbsolutePath());
            notice.accept("Lesson saved: " + file.getFileName() + (inFolder ? " (Lessons → Reload lessons)" : "")
                    + "\n" + file);
            return true;
        } catch (IOException | RuntimeException ex) {
            notice.accept("Could not save the lesson " + file.getFileName() + ": " + ex.getMessage());
            return false;
        }
    }
}
