package org.mlpsandbox.app.action;

import java.awt.Component;
import java.awt.event.ActionEvent;
import java.io.File;
import java.io.IOException;
import java.util.function.Consumer;
import javax.swing.AbstractAction;
import javax.swing.JFileChooser;
import javax.swing.filechooser.FileNameExtensionFilter;

/** Export chart PNG or loss history CSV: asks for a file, writes it, and reports the outcome without a dialog. */
public final class ExportAction extends AbstractAction {

    /** Writes the export to a file. */
    @FunctionalInterface
    public interface Writer {
        void write(File file) throws IOException;
    }

    private final Component parent;
    private final String extension;
    private final Writer writer;
    private final Consumer<String> report;

    private ExportAction(String name, String extension, Component parent, Writer writer, Consumer<String> report) {
        super(name);
        this.parent = parent;
        this.extension = extension;
        this.writer = writer;
        this.report = report;
    }

    /** "Export chart PNG…". */
    public static ExportAction png(Component parent, Writer writer, Consumer<String> report) {
        ExportAction a = new ExportAction("Export chart PNG…", "png", parent, writer, report);
        a.putValue(SHORT_DESCRIPTION, "Save the loss chart as a PNG image");
        return a;
    }

    /** "Export loss CSV…". */
    public static ExportAction csv(Component parent, Writer writer, Consumer<String> report) {
        ExportAction a = new ExportAction("Export loss CSV…", "csv", parent, writer, report);
        a.putValue(SHORT_DESCRIPTION, "Save the loss, accuracy and gradient history as CSV");
        return a;
    }

    @Override
    public void actionPerformed(ActionEvent e) {
        JFileChooser chooser = new JFileChooser();
        chooser.setFileFilter(new FileNameExtensionFilter(extension.toUpperCase() + " files", extension));
        chooser.setSelectedFile(new File("loss." + extension));
        if (chooser.showSaveDialog(parent) != JFileChooser.APPROVE_OPTION) {
            return;
        }
        File file = chooser.getSelectedFile();
        if (!file.getName().toLowerCase().endsWith("." + extension)) {
            file = new File(file.getPath() + "." + extension);
        }
        try {
            writer.write(file);
            report.accept("Saved " + file);
        } catch (IOException ex) {
            report.accept("Could not save " + file + ": " + ex.getMessage());
        }
    }
}
