package org.mlpsandbox.app.action;

import java.awt.Component;
import java.awt.event.ActionEvent;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.swing.AbstractAction;
import javax.swing.Action;
import javax.swing.JFileChooser;
import javax.swing.JMenu;
import javax.swing.JMenuItem;
import javax.swing.KeyStroke;
import javax.swing.filechooser.FileNameExtensionFilter;
import org.mlpsandbox.app.model.RecentFiles;
import org.mlpsandbox.app.model.SandboxModel;
import org.mlpsandbox.engine.io.Experiment;
import org.mlpsandbox.engine.io.ExperimentFiles;

/**
 * Save, Save as, Open and Open recent for experiment files (the engine's format). Outcomes and errors are reported
 * through {@code report} (a passing notice), never as a stack trace.
 */
public final class FileActions {

    /** The extension of experiment files. */
    public static final String EXTENSION = "mlp.json";

    private final SandboxModel model;
    private final Component parent;
    private final Consumer<String> report;
    private final RecentFiles recent;
    private Path current;
    private Function<String, Answer> question = this::askUser;

    /** What to do with unsaved work before it would be replaced. */
    public enum Answer {
        /** Save it first (asking for a file if it has none), then go on. */
        SAVE,
        /** Throw it away and go on. */
        DISCARD,
        /** Keep it and do not go on. */
        CANCEL
    }

    public FileActions(SandboxModel model, Component parent, Consumer<String> report, RecentFiles recent) {
        this.model = model;
        this.parent = parent;
        this.report = report;
        this.recent = recent;
    }

    /** The file last saved or opened, or null. */
    public Path currentFile() {
        return current;
    }

    public Action save() {
        return action("Save", KeyEvent.VK_S, 0, "Save the experiment: network, weights, settings, data and history",
                () -> save(false));
    }

    public Action saveAs() {
        return action("Save as…", KeyEvent.VK_S, InputEvent.SHIFT_DOWN_MASK, "Save the experiment to a new file",
                () -> save(true));
    }

    /** File → New (Ctrl+N): a fresh sandbox with the default setup, asking first when trained work is unsaved. */
    public Action newExperiment() {
        return action("New", KeyEvent.VK_N, 0, "Start again with the default data, network and settings",
                () -> {
                    if (saveOrDiscard("The experiment has unsaved changes. Save them before starting a new one?")) {
                        startNew();
                    }
                });
    }

    /**
     * The default setup (what the app starts with), a fresh paused run and no earlier runs; nothing to save until
     * something changes, and Save asks for a new file.
     */
    public void startNew() {
        org.mlpsandbox.app.model.Setup defaults;
        try (SandboxModel fresh = new SandboxModel(model.plugins())) {
            defaults = fresh.currentSetup();
        }
        model.apply(defaults); // a constant rate and no stop conditions, as a lesson starts
        model.runs().replaceAll(java.util.List.of());
        model.file().markSaved();
        model.file().replaced();
        current = null;
        report.accept("New experiment");
    }

    /**
     * Asks Save / Don't save / Cancel when there is unsaved work (settings changed, or trained further than saved).
     *
     * @return whether to go on: nothing was unsaved, it was saved, or the user chose to discard it
     */
    public boolean saveOrDiscard(String question) {
        if (!model.file().hasUnsavedWork()) {
            return true;
        }
        return switch (this.question.apply(question)) {
            case DISCARD -> true;
            case SAVE -> save(false);
            case CANCEL -> false;
        };
    }

    /**
     * Before something replaces the whole experiment (a lesson): asks as {@link #saveOrDiscard} does and, when going
     * on, forgets the current file, so that Save then asks for a new one instead of overwriting it with the lesson.
     *
     * @return whether to go on
     */
    public boolean replaceExperiment(String question) {
        if (!saveOrDiscard(question)) {
            return false;
        }
        current = null;
        return true;
    }

    /** Who answers {@link #saveOrDiscard}'s question: a Save / Don't save / Cancel dialog unless a test answers. */
    public void setQuestion(Function<String, Answer> askUser) {
        question = java.util.Objects.requireNonNull(askUser);
    }

    private Answer askUser(String text) {
        Object[] options = {"Save", "Don't save", "Cancel"};
        int answer = javax.swing.JOptionPane.showOptionDialog(parent, text, "MLP Sandbox",
                javax.swing.JOptionPane.YES_NO_CANCEL_OPTION, javax.swing.JOptionPane.QUESTION_MESSAGE, null,
                options, options[0]);
        return answer == 0 ? Answer.SAVE : answer == 1 ? Answer.DISCARD : Answer.CANCEL;
    }

    public Action open() {
        return action("Open…", KeyEvent.VK_O, 0, "Open a saved experiment", () -> {
            JFileChooser chooser = chooser();
            if (chooser.showOpenDialog(parent) == JFileChooser.APPROVE_OPTION) {
                openAsking(chooser.getSelectedFile().toPath());
            }
        });
    }

    /** Fills {@code menu} with the recent files (call when it is about to show). */
    public void fillRecent(JMenu menu) {
        menu.removeAll();
        for (Path p : recent.list()) {
            JMenuItem item = new JMenuItem(p.getFileName().toString());
            item.setToolTipText(p.toString());
            item.addActionListener(e -> openAsking(p));
            menu.add(item);
        }
        if (menu.getItemCount() == 0) {
            JMenuItem none = new JMenuItem("No recent files");
            none.setEnabled(false);
            menu.add(none);
        }
    }

    /**
     * Saves (asking for a file the first time, or always with {@code ask}).
     *
     * @return whether it was saved
     */
    public boolean save(boolean ask) {
        Path file = current;
        if (file == null || ask) {
            JFileChooser chooser = chooser();
            chooser.setSelectedFile(new File("experiment." + EXTENSION));
            if (chooser.showSaveDialog(parent) != JFileChooser.APPROVE_OPTION) {
                return false;
            }
            file = chooser.getSelectedFile().toPath();
            if (!file.getFileName().toString().endsWith(".json")) {
                file = file.resolveSibling(file.getFileName() + "." + EXTENSION);
            }
        }
        return saveTo(file);
    }

    /** Saves to {@code file} without asking. */
    public boolean saveTo(Path file) {
        try {
            ExperimentFiles.save(file, model.file().toExperiment());
            model.file().markSaved();
            current = file;
            recent.add(file);
            report.accept("Saved " + file.getFileName());
            return true;
        } catch (IOException | RuntimeException e) {
            report.accept("Could not save " + file.getFileName() + ": " + message(e));
            return false;
        }
    }

    /**
     * Opens {@code file} (File → Open, Open recent, a dropped file), first asking Save / Don't save / Cancel when the
     * experiment has unsaved work.
     *
     * @return whether it was opened
     */
    public boolean openAsking(Path file) {
        return saveOrDiscard("Open " + file.getFileName() + "? The experiment shown now has unsaved changes; save "
                + "them first?") && open(file);
    }

    /** Opens {@code file} without asking (nothing to lose, e.g. at start), or reports why it cannot be opened. */
    public boolean open(Path file) {
        try {
            Experiment e = ExperimentFiles.load(file, model.plugins());
            model.file().open(e);
            model.file().markSaved();
            current = file;
            recent.add(file);
            report.accept("Opened " + file.getFileName());
            return true;
        } catch (IOException | RuntimeException e) {
            report.accept("Could not open " + file.getFileName() + ": " + message(e));
            return false;
        }
    }

    private static String message(Exception e) {
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }

    private static JFileChooser chooser() {
        JFileChooser chooser = new JFileChooser();
        chooser.setFileFilter(new FileNameExtensionFilter("MLP Sandbox experiments (*.json)", "json"));
        return chooser;
    }

    private static Action action(String name, int key, int extraModifiers, String tip, Runnable run) {
        AbstractAction a = new AbstractAction(name) {
            @Override
            public void actionPerformed(ActionEvent e) {
                run.run();
            }
        };
        a.putValue(Action.SHORT_DESCRIPTION, tip);
        a.putValue(Action.ACCELERATOR_KEY, KeyStroke.getKeyStroke(key, InputEvent.CTRL_DOWN_MASK | extraModifiers));
        return a;
    }
}
