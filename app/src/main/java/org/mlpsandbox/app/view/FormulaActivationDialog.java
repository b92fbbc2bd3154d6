package org.mlpsandbox.app.view;

import java.awt.Component;
import java.awt.Window;
import java.nio.file.Path;
import java.util.List;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JTextField;
import javax.swing.SwingUtilities;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import net.miginfocom.swing.MigLayout;
import org.mlpsandbox.app.cli.FormulaProject;
import org.mlpsandbox.app.model.SandboxModel;
import org.mlpsandbox.engine.plugin.Formula;
import org.mlpsandbox.engine.plugin.PluginEntry;
import org.mlpsandbox.engine.plugin.PluginRegistry;
import org.mlpsandbox.engine.plugin.PluginStatus;

/**
 * Plugins → New activation from a formula: the user types a name, f(z) and optionally f′(z) (exp4j syntax, as in the
 * lessons); Check runs the same checks as for a jar and shows the verdict (a wrong f′ with its worst probe point); Add
 * puts it in every activation menu at once (it is saved with the experiment); Export writes the {@code plugins new}
 * project with the formula as Java. Problems appear in the dialog, one line each, never as a stack trace.
 *
 * <p>Names for tests: {@code formulaName}, {@code formulaId}, {@code formulaF}, {@code formulaDerivative},
 * {@code formulaCheck}, {@code formulaAdd}, {@code formulaExport}, {@code formulaResult}.
 */
public final class FormulaActivationDialog extends JDialog {

    private final SandboxModel model;
    private final JTextField name = field("formulaName", "Softsign", 16);
    private final JTextField id = field("formulaId", Formula.idFor("Softsign"), 16);
    private final JTextField f = field("formulaF", "z / (1 + abs(z))", 24);
    private final JTextField derivative = field("formulaDerivative", "1 / (1 + abs(z))^2", 24);
    private final WrappingLabel result = new WrappingLabel(" ");
    private boolean idEdited;

    FormulaActivationDialog(Window owner, SandboxModel model) {
        super(owner, "New activation from a formula", ModalityType.MODELESS);
        this.model = model;
        setLayout(new MigLayout("insets 12, wrap 2, gap 8 6", "[right][grow,fill]"));
        add(new JLabel("Name"));
        add(name);
        add(new JLabel("Id"));
        add(id);
        add(new JLabel("f(z) ="));
        add(f);
        add(new JLabel("f′(z) ="));
        add(derivative);
        JLabel hint = new JLabel("<html>Functions: abs, exp, log, sqrt, sin, cos, tanh, max, min, …; a^b for powers."
                + " Leave f′ empty for a numerical derivative.</html>");
        hint.putClientProperty("FlatLaf.styleClass", "small");
        add(hint, "span 2, growx, wmin 0");
        result.setName("formulaResult");
        add(result, "span 2, growx, wmin 0, hmin 40");
        JButton check = button("formulaCheck", "Check", this::check);
        JButton addButton = button("formulaAdd", "Add", this::addToMenus);
        JButton export = button("formulaExport", "Export as plugin project…", this::export);
        JButton close = button("formulaClose", "Close", this::dispose);
        add(check, "span 2, split 4, align right");
        add(export);
        add(addButton);
        add(close);
        getRootPane().setDefaultButton(addButton);
        name.getDocument().addDocumentListener(onEdit(() -> {
            if (!idEdited) {
                id.setText(Formula.idFor(name.getText()));
            }
        }));
        id.getDocument().addDocumentListener(onEdit(() -> idEdited |= id.isFocusOwner()));
        pack();
        setMinimumSize(getSize());
        setLocationRelativeTo(owner);
    }

    /** Opens the dialog over the window that holds {@code parent}. */
    public static FormulaActivationDialog open(Component parent, SandboxModel model) {
        FormulaActivationDialog d = new FormulaActivationDialog(
                parent == null ? null : SwingUtilities.getWindowAncestor(parent), model);
        d.setVisible(true);
        return d;
    }

    /** The formula as typed, or {@code null} with the reason shown. */
    private Formula formula() {
        try {
            return new Formula(id.getText(), name.getText(), f.getText(), derivative.getText());
        } catch (IllegalArgumentException e) {
            show(e.getMessage());
            return null;
        }
    }

    /** Runs the checks; the checked entry when usable, else {@code null} with the reason shown. */
    PluginEntry check() {
        Formula formula = formula();
        if (formula == null) {
            return null;
        }
        PluginEntry entry;
        try {
            entry = PluginRegistry.checkFormula(formula);
        } catch (IllegalArgumentException e) {
            show(e.getMessage());
            return null;
        }
        if (entry.status() == PluginStatus.REFUSED) {
            show("Refused: " + entry.reason());
            return null;
        }
        var taken = model.plugins().find(org.mlpsandbox.engine.plugin.PluginKind.ACTIVATION, formula.id());
        if (taken.isPresent() && !taken.get().source().isFormula()) {
            show("The id '" + formula.id() + "' is taken by " + taken.get().displayName() + " ("
                    + taken.get().source() + "); choose another.");
            return null;
        }
        show((entry.status() == PluginStatus.WARNING ? "Passes, with a warning: " + entry.reason()
                : "Passes the checks") + (formula.hasDerivative() ? "." : " (f′ is computed numerically)."));
        return entry;
    }

    private void addToMenus() {
        PluginEntry entry = check();
        if (entry == null) {
            return;
        }
        try {
            model.addFormulas(List.of(formula()));
            show("Added " + entry.displayName() + ": pick it in any activation menu. It is saved with the experiment.");
        } catch (IllegalArgumentException e) {
            show(e.getMessage());
        }
    }

    private void export() {
        Formula formula = formula();
        if (formula == null) {
            return;
        }
        JFileChooser chooser = new JFileChooser();
        chooser.setDialogTitle("Folder for the new plugin project (new or empty)");
        chooser.setFileSelectionMode(JFileChooser.DIRECTORIES_ONLY);
        if (chooser.showSaveDialog(this) == JFileChooser.APPROVE_OPTION) {
            exportTo(formula, chooser.getSelectedFile().toPath());
        }
    }

    /** Writes the plugin project, or shows why not. */
    void exportTo(Formula formula, Path dir) {
        try {
            Path source = FormulaProject.write(formula, dir);
            show("Wrote the project to " + dir + " (" + source.getFileName() + "); build it with mvn package and put"
                    + " the jar into the plugin folder.");
        } catch (IllegalArgumentException | IllegalStateException e) {
            show("Cannot export: " + e.getMessage());
        } catch (java.io.IOException e) {
            show("Cannot write " + dir + ": " + e.getMessage());
        }
    }

    private void show(String text) {
        result.setText(text);
        result.setToolTipText(text);
        pack();
    }

    private static JTextField field(String name, String text, int columns) {
        JTextField t = new JTextField(text, columns);
        t.setName(name);
        return t;
    }

    private static JButton button(String name, String text, Runnable action) {
        JButton b = new JButton(text);
        b.setName(name);
        b.addActionListener(e -> action.run());
        return b;
    }

    private static DocumentListener onEdit(Runnable r) {
        return new DocumentListener() {
            @Override
            public void insertUpdate(DocumentEvent e) {
                r.run();
            }

            @Override
            public void removeUpdate(DocumentEvent e) {
                r.run();
            }

            @Override
            public void changedUpdate(DocumentEvent e) {
                r.run();
            }
        };
    }
}
