package org.mlpsandbox.app.action;

import java.awt.Component;
import java.awt.event.ActionEvent;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.swing.AbstractAction;
import javax.swing.JFileChooser;
import javax.swing.filechooser.FileNameExtensionFilter;
import org.mlpsandbox.engine.export.NetworkExporter;
import org.mlpsandbox.engine.export.UnsupportedActivationException;
import org.mlpsandbox.engine.net.Network;

/**
 * "Export network as Java…" / "…as Python…": asks for a file and writes the current network (a snapshot copy) as a
 * small dependency-free source file that computes the same outputs. The outcome, and any refusal (an activation the
 * exporter cannot write, a file name that is no Java class name), is reported in one line, never as a dialog.
 */
public final class ExportNetworkAction extends AbstractAction {

    private final Component parent;
    private final String extension;
    private final String suggestedName;
    private final Supplier<Optional<Network>> network;
    private final Consumer<String> report;
    private Chooser chooser = ExportNetworkAction::choose;

    /** Picks the file to write, or empty when cancelled; replaceable for tests. */
    @FunctionalInterface
    public interface Chooser {
        Optional<File> choose(Component parent, String extension, String suggestedName);
    }

    private ExportNetworkAction(String name, String extension, String suggestedName, Component parent,
                                Supplier<Optional<Network>> network, Consumer<String> report) {
        super(name);
        this.parent = parent;
        this.extension = extension;
        this.suggestedName = suggestedName;
        this.network = network;
        this.report = report;
    }

    /**
     * "Export network as Java…".
     *
     * @param network the network to export: a snapshot's private copy, empty when there is none
     */
    public static ExportNetworkAction java(Component parent, Supplier<Optional<Network>> network,
                                           Consumer<String> report) {
        ExportNetworkAction a = new ExportNetworkAction("Export network as Java…", "java", "TrainedNetwork.java",
                parent, network, report);
        a.putValue(SHORT_DESCRIPTION, "Write the trained network as one Java class with predict(double[] x), "
                + "no dependencies");
        return a;
    }

    /** "Export network as Python…" (NumPy). */
    public static ExportNetworkAction python(Component parent, Supplier<Optional<Network>> network,
                                             Consumer<String> report) {
        ExportNetworkAction a = new ExportNetworkAction("Export network as Python…", "py", "trained_network.py",
                parent, network, report);
        a.putValue(SHORT_DESCRIPTION, "Write the trained network as a Python file with predict(x), using NumPy");
        return a;
    }

    /** Uses another way to pick the file (tests). */
    public void setChooser(Chooser c) {
        chooser = c;
    }

    @Override
    public void actionPerformed(ActionEvent e) {
        Optional<Network> net = network.get();
        if (net.isEmpty()) {
            report.accept("There is no network to export yet: fix the problem shown above the network first.");
            return;
        }
        Optional<File> picked = chooser.choose(parent, extension, suggestedName);
        if (picked.isEmpty()) {
            return;
        }
        File file = picked.get();
        if (!file.getName().toLowerCase().endsWith("." + extension)) {
            file = new File(file.getPath() + "." + extension);
        }
        export(net.get(), file.toPath());
    }

    /** Writes the network to {@code file} and reports the outcome. */
    public void export(Network net, Path file) {
        try {
            NetworkExporter.write(net, file);
            report.accept("Exported the network to " + file);
        } catch (UnsupportedActivationException ex) {
            report.accept("Cannot export the network: " + ex.getMessage() + ".");
        } catch (IllegalArgumentException ex) {
            report.accept("Cannot export to " + file.getFileName() + ": " + ex.getMessage());
        } catch (IOException ex) {
            report.accept("Could not write " + file + ": " + ex.getMessage());
        }
    }

    private static Optional<File> choose(Component parent, String extension, String suggestedName) {
        JFileChooser chooser = new JFileChooser();
        chooser.setDialogTitle(extension.equals("java") ? "Export network as Java" : "Export network as Python");
        chooser.setFileFilter(new FileNameExtensionFilter(extension.equals("java") ? "Java source" : "Python source",
                extension));
        chooser.setSelectedFile(new File(suggestedName));
        return chooser.showSaveDialog(parent) == JFileChooser.APPROVE_OPTION
                ? Optional.of(chooser.getSelectedFile()) : Optional.empty();
    }
}
