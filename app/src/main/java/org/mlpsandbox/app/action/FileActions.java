package org.mlpsandbox.app.action;

import java.awt.Component;
import java.awt.event.ActionEvent;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;
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

    public Action open() {
        return action("Open…", KeyEvent.VK_O, 0, "Open a saved experiment", () -> {
            JFileChooser chooser = chooser();
            if (chooser.showOpenDialog(parent) == JFileChooser.APPROVE_OPTION) {
                open(chooser.getSelectedFile().toPath());
            }
        });
    }

    /** Fills {@code menu} with the recent files (call when it is about to show). */
    public void fillRecent(JMenu menu) {
        menu.removeAll();
        for (Path p : recent.list()) {
            JMenuItem item = new JMenuItem(p.getFileName().toString());
            item.setToolTipText(p.toString());
            item.addActionListener(e -> open(p));
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

    /** Opens {@code file}, or reports why it cannot be opened. */
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
