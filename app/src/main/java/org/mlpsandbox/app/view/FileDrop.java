package org.mlpsandbox.app.view;

import java.awt.Component;
import java.awt.datatransfer.DataFlavor;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javax.swing.JOptionPane;
import javax.swing.SwingUtilities;
import javax.swing.TransferHandler;
import org.mlpsandbox.engine.plugin.PluginFolders;
import org.mlpsandbox.engine.io.AtomicFiles;

/**
 * Files dropped on the window: a {@code .jar} is copied into the plugin folder and the plugins are reloaded, after the
 * user saw its name, size and SHA-256 and agreed (a plugin is a program that runs with the user's rights); an
 * experiment ({@code .json}) is opened; a {@code .csv} opens the CSV import dialog, as the CSV… button does.
 */
final class FileDrop extends TransferHandler {

    private final Runnable reloadPlugins;
    private final Consumer<Path> openExperiment;
    private final Consumer<Path> importCsv;
    private final Consumer<String> report;
    private Path pluginFolder = PluginFolders.defaultFolder();
    private Component parent;
    private Predicate<String> confirm = question -> JOptionPane.showConfirmDialog(parent, question,
            "Install a plugin?", JOptionPane.YES_NO_OPTION, JOptionPane.WARNING_MESSAGE) == JOptionPane.YES_OPTION;

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
        parent = support.getComponent();
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

    /** Asks whether to install a jar (the question names it, its size and SHA-256); tests answer themselves. */
    void setConfirm(Predicate<String> askUser) {
        confirm = askUser;
    }

    /** Handles dropped files (also called by tests). */
    boolean accept(List<Path> files) {
        boolean jars = false;
        for (Path f : files) {
            String name = f.getFileName().toString().toLowerCase();
            if (name.endsWith(".jar")) {
                try {
                    if (!confirm.test(question(f))) {
                        report.accept(f.getFileName() + " was not installed.");
                        continue;
                    }
                    Path folder = Files.createDirectories(pluginFolder);
                    AtomicFiles.write(folder.resolve(f.getFileName()), out -> Files.copy(f, out));
                    jars = true;
                } catch (IOException e) {
                    report.accept("Could not install " + f.getFileName() + ": " + e.getMessage());
                }
            } else if (name.endsWith(".json")) {
                openExperiment.accept(f);
            } else if (name.endsWith(".csv") || name.endsWith(".txt")) {
                // after the drop: the dialog is modal, and the program the file came from waits for the drop to end
                SwingUtilities.invokeLater(() -> importCsv.accept(f));
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

    /** "Install the plugin jar swish.jar (4.2 kB) into …? SHA-256: …", with a word on what a plugin can do. */
    static String question(Path jar) throws IOException {
        return "Install the plugin jar " + jar.getFileName() + " (" + size(Files.size(jar)) + ")?\n"
                + "SHA-256: " + sha256(jar) + "\n\n"
                + "A plugin is a program: it runs with your rights and can read and change your files.\n"
                + "Install only jars from people you trust (compare the SHA-256 with the one they publish).";
    }

    static String sha256(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static String size(long bytes) {
        if (bytes < 1000) {
            return bytes + " bytes";
        }
        return bytes < 1_000_000 ? String.format(Locale.ROOT, "%.1f kB", bytes / 1e3)
                : String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
    }
}
