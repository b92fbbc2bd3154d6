package org.mlpsandbox.app.view;

import java.awt.datatransfer.DataFlavor;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.TransferHandler;
import org.mlpsandbox.engine.plugin.PluginFolders;
import org.mlpsandbox.engine.io.AtomicFiles;

/**
 * Files dropped on the window: a {@code .jar} is copied into the plugin folder and the plugins are reloaded; an
 * experiment ({@code .json}) is opened; a {@code .csv} is imported as data.
 */
final class FileDrop extends TransferHandler {

    private final Runnable reloadPlugins;
    private final Consumer<Path> openExperiment;
    private final Consumer<Path> importCsv;
    private final Consumer<String> report;
    private Path pluginFolder = PluginFolders.defaultFolder();

    FileDrop(Runnable reloadPlugins, Consumer<Path> openExperiment, Consumer<Path> importCsv,
             Consumer<String> report) {
        this.reloadPlugins = reloadPlugins;
        this.openExperiment = openExperiment;
        this.importCsv = importCsv;
        this.report = report;
    }

    @Override
    public boolean canImport(TransferSupport support) {
        return support.isDataFlavorSupported(DataFlavor.javaFileListFlavor);
    }

    @Override
    public boolean importData(TransferSupport support) {
        if (!canImport(support)) {
            return false;
        }
        try {
            @SuppressWarnings("unchecked")
            List<File> files = (List<File>) support.getTransferable().getTransferData(DataFlavor.javaFileListFlavor);
            return accept(files.stream().map(File::toPath).toList());
        } catch (Exception e) {
            report.accept("Could not take the dropped files: " + e.getMessage());
            return false;
        }
    }

    /** Where dropped jars go: the per-user plugin folder unless a test says otherwise. */
    void setPluginFolder(Path folder) {
        pluginFolder = folder;
    }

    /** Handles dropped files (also called by tests). */
    boolean accept(List<Path> files) {
        boolean jars = false;
        for (Path f : files) {
            String name = f.getFileName().toString().toLowerCase();
            if (name.endsWith(".jar")) {
                try {
                    Path folder = Files.createDirectories(pluginFolder);
                    AtomicFiles.write(folder.resolve(f.getFileName()), out -> Files.copy(f, out));
                    jars = true;
                } catch (IOException e) {
                    report.accept("Could not install " + f.getFileName() + ": " + e.getMessage());
                }
            } else if (name.endsWith(".json")) {
                openExperiment.accept(f);
            } else if (name.endsWith(".csv") || name.endsWith(".txt")) {
                importCsv.accept(f);
            } else {
                report.accept("Drop a plugin .jar, an experiment .json or a .csv file; " + f.getFileName()
                        + " is none of these.");
            }
        }
        if (jars) {
            reloadPlugins.run();
        }
        return true;
    }
}
