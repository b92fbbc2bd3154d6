package org.mlpsandbox.app.view;

import java.awt.Desktop;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.JCheckBoxMenuItem;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.event.MenuEvent;
import javax.swing.event.MenuListener;
import org.mlpsandbox.app.action.ExportAction;
import org.mlpsandbox.app.action.ExportNetworkAction;
import org.mlpsandbox.app.action.FileActions;
import org.mlpsandbox.app.action.ZoomAction;
import org.mlpsandbox.app.lesson.LessonLibrary;
import org.mlpsandbox.app.model.SandboxModel;
import org.mlpsandbox.app.view.help.HelpMenu;
import org.mlpsandbox.engine.plugin.PluginFolders;

/** The menu bar: File, Training, View, Plugins and Help (lessons add theirs before Help, {@link LessonHost#addMenu}). */
final class SandboxMenuBar extends JMenuBar {

    private final Consumer<String> notice;
    private final List<ZoomAction> zoom = ZoomAction.all();

    /**
     * @param chartExports the loss chart's PNG and CSV exports
     * @param quit         closes the window (offering to save first)
     */
    SandboxMenuBar(java.awt.Component window, SandboxModel model, WindowActions actions, FileActions fileActions,
            ExportAction[] chartExports, Runnable quit, Consumer<String> notice) {
        this.notice = notice;
        add(fileMenu(window, model, fileActions, chartExports, quit));
        JMenu training = new JMenu("Training");
        training.add(new JCheckBoxMenuItem(actions.play()));
        training.add(actions.step());
        training.add(actions.stepEpoch());
        training.add(actions.reset());
        training.add(undoWeightEdit(model, notice));
        training.addSeparator();
        training.add(fastProducts(model));
        add(training);
        JMenu view = new JMenu("View");
        view.add(new JCheckBoxMenuItem(actions.theme()));
        view.addSeparator();
        for (ZoomAction a : zoom) {
            view.add(a.kind() == ZoomAction.Kind.PRESENTATION ? new JCheckBoxMenuItem(a) : new JMenuItem(a));
        }
        add(view);
        JMenu plugins = new JMenu("Plugins");
        plugins.setName("pluginsMenu");
        plugins.add(actions.reload());
        JMenuItem formula = new JMenuItem("New activation from a formula…");
        formula.setName("newFormulaActivation");
        formula.setToolTipText("Type f(z) and f′(z); checked like a plugin jar, saved with the experiment");
        formula.addActionListener(e -> FormulaActivationDialog.open(window, model));
        plugins.add(formula);
        JMenuItem folder = new JMenuItem("Open plugin folder");
        folder.setToolTipText(PluginFolders.defaultFolder().toString());
        folder.addActionListener(e -> openPluginFolder());
        plugins.add(folder);
        JMenuItem plot = new JMenuItem("Plot an activation…");
        plot.setName("plotActivation");
        plot.addActionListener(e -> ActivationViewer.show(javax.swing.SwingUtilities.getWindowAncestor(this),
                model.plugins(), "tanh"));
        plugins.add(plot);
        add(plugins);
        add(HelpMenu.create(window, this,
                () -> LessonLibrary.withDefaultFolder().load(model.plugins()).lessons()));
    }

    /** File → Save as lesson…: the current setup as a lesson file, with the controls to hide. */
    private JMenuItem saveAsLesson(java.awt.Component window, SandboxModel model) {
        JMenuItem item = new JMenuItem(new org.mlpsandbox.app.action.SaveAsLessonAction(model, window, notice));
        item.setName("saveAsLesson");
        return item;
    }

    /** Training → Undo weight edit (Ctrl+Z), for a weight typed into the network diagram. */
    private static JMenuItem undoWeightEdit(SandboxModel model, Consumer<String> notice) {
        JMenuItem item = new JMenuItem(new org.mlpsandbox.app.action.UndoWeightEditAction(model, notice));
        item.setName("undoWeightEdit");
        return item;
    }

    /** Training → Fast float32 products, remembered in the user's preferences. */
    private static JMenuItem fastProducts(SandboxModel model) {
        JMenuItem item = new JCheckBoxMenuItem(new org.mlpsandbox.app.action.FastProductsAction(model,
                org.mlpsandbox.app.settings.PrecisionSetting.forUser()));
        item.setName("fastProducts");
        return item;
    }

    /** View → Presentation, Zoom in, Zoom out, Actual size. */
    List<ZoomAction> zoomActions() {
        return zoom;
    }

    private JMenu fileMenu(java.awt.Component window, SandboxModel model, FileActions fileActions, ExportAction[] chartExports,
            Runnable quit) {
        JMenu file = new JMenu("File");
        file.add(fileActions.newExperiment());
        file.add(fileActions.open());
        JMenu recentMenu = new JMenu("Open recent");
        recentMenu.addMenuListener(new MenuListener() {
            @Override
            public void menuSelected(MenuEvent e) {
                fileActions.fillRecent(recentMenu);
            }

            @Override
            public void menuDeselected(MenuEvent e) {
            }

            @Override
            public void menuCanceled(MenuEvent e) {
            }
        });
        file.add(recentMenu);
        file.add(fileActions.save());
        file.add(fileActions.saveAs());
        file.add(saveAsLesson(window, model));
        file.addSeparator();
        for (ExportAction a : chartExports) {
            file.add(a);
        }
        // the latest snapshot's private copy of the network, never the live one
        file.add(ExportNetworkAction.java(window, () -> model.run().latestSnapshot().map(s -> s.network()), notice));
        file.add(ExportNetworkAction.python(window, () -> model.run().latestSnapshot().map(s -> s.network()),
                notice));
        file.addSeparator();
        JMenuItem quitItem = new JMenuItem("Quit");
        quitItem.addActionListener(e -> quit.run());
        file.add(quitItem);
        return file;
    }

    private void openPluginFolder() {
        try {
            Path folder = PluginFolders.createDefaultFolder();
            if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
                Desktop.getDesktop().open(folder.toFile());
            } else {
                notice.accept("Plugin folder: " + folder);
            }
        } catch (IOException | RuntimeException ex) {
            notice.accept("Plugin folder " + PluginFolders.defaultFolder() + ": " + ex.getMessage());
        }
    }
}
