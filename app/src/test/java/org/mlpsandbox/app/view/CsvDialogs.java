package org.mlpsandbox.app.view;

import java.awt.Window;
import javax.swing.JDialog;

/** Finds the CSV import dialog a test made the window open, to choose in it as a user would. */
final class CsvDialogs {

    private CsvDialogs() {
    }

    /** The showing "Import CSV" dialog, or null (event thread). */
    static JDialog showing() {
        for (Window w : Window.getWindows()) {
            if (w instanceof JDialog d && d.isShowing() && "Import CSV".equals(d.getTitle())) {
                return d;
            }
        }
        return null;
    }

    /** Waits for the dialog to show, and gives its content. */
    static CsvImportDialog await() throws Exception {
        Gui.await("the CSV import dialog", 10_000, () -> showing() != null);
        return Gui.edt(() -> Gui.find(showing().getContentPane(), "csvImport", CsvImportDialog.class));
    }

    /** Presses Import (or Cancel) and waits for the dialog to close. */
    static void press(String button) throws Exception {
        Gui.run(() -> Gui.find(showing().getContentPane(), button, javax.swing.AbstractButton.class).doClick(0));
        Gui.await("the CSV import dialog to close", 10_000, () -> showing() == null);
    }
}
