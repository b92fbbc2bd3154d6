package org.mlpsandbox.app.view.help;

import java.awt.Component;
import javax.swing.ImageIcon;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.UIManager;
import javax.swing.table.DefaultTableModel;
import net.miginfocom.swing.MigLayout;
import org.mlpsandbox.engine.Version;

/**
 * Help → About: the icon, name and version, the Java runtime that runs the app, and a table of the bundled libraries
 * with their versions and licences. Named {@code aboutPanel}, its table {@code aboutLibraries}.
 */
public final class AboutPanel extends JPanel {

    private static final String[] COLUMNS = {"Library", "Version", "Licence", "Used for"};

    public AboutPanel() {
        super(new MigLayout("insets 8, gap 8 4, wrap 2", "[][grow,fill]"));
        setName("aboutPanel");
        add(new JLabel(icon()), "spany 3, aligny top");
        JLabel name = new JLabel(Version.nameAndVersion());
        name.setName("aboutVersion");
        name.putClientProperty("FlatLaf.styleClass", "h2");
        add(name);
        add(new JLabel("Build multi-layer perceptrons, train them with backpropagation, watch them learn."));
        JLabel runtime = new JLabel("Java " + System.getProperty("java.version") + " ("
                + System.getProperty("java.vendor") + "), licensed under the GNU GPL v2 with the Classpath Exception");
        runtime.setToolTipText(System.getProperty("java.home"));
        runtime.setForeground(UIManager.getColor("Label.disabledForeground"));
        add(runtime);
        add(new JLabel("Bundled libraries and data:"), "span 2, gaptop 8");
        DefaultTableModel rows = new DefaultTableModel(COLUMNS, 0) {
            @Override
            public boolean isCellEditable(int row, int column) {
                return false;
            }
        };
        for (BundledLibraries.Library l : BundledLibraries.all()) {
            rows.addRow(new Object[] {l.name(), l.version(), l.licence(), l.use()});
        }
        JTable table = new JTable(rows);
        table.setName("aboutLibraries");
        table.setFillsViewportHeight(true);
        table.setRowSelectionAllowed(false);
        table.setFocusable(false);
        int[] widths = {130, 120, 160, 250};
        for (int i = 0; i < widths.length; i++) {
            table.getColumnModel().getColumn(i).setPreferredWidth(widths[i]);
        }
        table.setPreferredScrollableViewportSize(new java.awt.Dimension(660, table.getRowHeight() * rows.getRowCount()));
        add(new JScrollPane(table), "span 2, grow");
    }

    /** Shows About over {@code parent}. */
    public static void show(Component parent) {
        JOptionPane.showMessageDialog(parent, new AboutPanel(), "About MLP Sandbox", JOptionPane.PLAIN_MESSAGE);
    }

    /** The app's icon, 256 pixels: the window's icon (the installers use the same file). */
    public static java.awt.Image appImage() {
        return new ImageIcon(AboutPanel.class.getResource("mlp-sandbox.png")).getImage();
    }

    /** The app's icon at 64 pixels (scaled with the UI). */
    static ImageIcon icon() {
        int size = com.formdev.flatlaf.util.UIScale.scale(64);
        return new ImageIcon(appImage().getScaledInstance(size, size, java.awt.Image.SCALE_SMOOTH));
    }
}
