package org.mlpsandbox.app.view;

import java.awt.Component;
import java.awt.event.KeyEvent;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JPopupMenu;
import javax.swing.JTextField;
import javax.swing.KeyStroke;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;
import net.miginfocom.swing.MigLayout;
import org.mlpsandbox.app.model.SandboxModel;
import org.mlpsandbox.app.model.WeightEdits.Target;

/**
 * The small editor a click on the network diagram opens (as in TensorFlow Playground): what the parameter is, its
 * value in a text field, Enter applies, Esc cancels; text that is not a number gets a one-line message under the
 * field and the popup stays open. Training pauses while it is open.
 *
 * <p>Names for tests: {@code weightEditor}, {@code weightEditor.value}, {@code weightEditor.message}.
 */
final class WeightEditor extends JPopupMenu {

    static final String NOT_A_NUMBER = "Not a number: type one like −0.75";
    static final String TOO_LARGE = "Too large: keep it within ±1,000,000";

    private final SandboxModel model;
    private final Target target;
    private final JTextField field = new JTextField(10);
    private final JLabel message = new JLabel(" ");

    private WeightEditor(SandboxModel model, Target target, String title, double value, boolean paused) {
        this.model = model;
        this.target = target;
        setName("weightEditor");
        JPanel p = new JPanel(new MigLayout("insets 8 10 8 10, gap 4, wrap 1", "[grow,fill]"));
        p.setOpaque(false);
        JLabel heading = new JLabel(title);
        heading.putClientProperty("FlatLaf.styleClass", "h4");
        p.add(heading);
        field.setName("weightEditor.value");
        field.setText(plain(value));
        field.selectAll();
        field.addActionListener(e -> apply());
        field.getInputMap().put(KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0), "cancelEdit");
        field.getActionMap().put("cancelEdit", new javax.swing.AbstractAction() {
            @Override
            public void actionPerformed(java.awt.event.ActionEvent e) {
                setVisible(false);
            }
        });
        p.add(field);
        message.setName("weightEditor.message");
        // room for the longest message from the start: re-packing a showing popup loses its Enter key
        message.setText(TOO_LARGE);
        message.setPreferredSize(message.getPreferredSize());
        message.setText(" ");
        message.setForeground(UIManager.getColor("MlpSandbox.warning.foreground"));
        p.add(message, "wmin 0");
        JLabel hint = new JLabel(paused ? "Training paused · Enter applies · Esc cancels" : "Enter applies · Esc cancels");
        hint.putClientProperty("FlatLaf.styleClass", "small");
        hint.setEnabled(false);
        p.add(hint);
        add(p);
    }

    /**
     * Opens the editor for {@code target} at ({@code x}, {@code y}) in {@code owner}, pausing training first; does
     * nothing when the current network has no such parameter.
     *
     * @return the editor, when it opened
     */
    static Optional<WeightEditor> open(JComponent owner, SandboxModel model, Target target, String title, int x,
                                       int y) {
        boolean playing = model.run().isPlaying();
        if (playing) {
            model.run().pause();
        }
        Optional<Double> value = model.weightEdits().value(target);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        WeightEditor editor = new WeightEditor(model, target, title, value.get(), playing);
        editor.show(owner, x, y);
        SwingUtilities.invokeLater(editor.field::requestFocusInWindow);
        return Optional.of(editor);
    }

    /** Enter: applies the typed value, or says in one line why it cannot. */
    void apply() {
        Optional<Double> typed = parse(field.getText());
        if (typed.isEmpty()) {
            message.setText(NOT_A_NUMBER);
            return;
        }
        if (Math.abs(typed.get()) > org.mlpsandbox.app.model.WeightEdits.MAX_MAGNITUDE) {
            message.setText(TOO_LARGE);
            return;
        }
        try {
            model.weightEdits().set(target, typed.get());
            setVisible(false);
        } catch (IllegalArgumentException | IllegalStateException e) {
            message.setText(capitalised(e.getMessage()));
            message.setToolTipText(e.getMessage());
        }
    }

    /** The message under the field, or blank. */
    String messageText() {
        return message.getText().trim();
    }

    JTextField field() {
        return field;
    }

    /** A number as people type it: "1.5", "-0,25" (decimal comma), "−2" (minus sign), "3e-4". */
    static Optional<Double> parse(String text) {
        String s = text.strip().replace('−', '-');
        if (s.indexOf(',') >= 0 && s.indexOf('.') < 0) {
            s = s.replace(',', '.');
        }
        try {
            double v = Double.parseDouble(s);
            return Double.isFinite(v) && !s.isEmpty() && (Character.isDigit(s.charAt(s.length() - 1)) || s.endsWith(".")) ? Optional.of(v)
                    : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Six significant digits, plain where that reads well, else with an exponent; always parseable. */
    static String plain(double v) {
        if (v == 0) {
            return "0";
        }
        BigDecimal d = new BigDecimal(v).round(new MathContext(6)).stripTrailingZeros();
        double a = Math.abs(v);
        return a >= 1e-4 && a < 1e6 ? d.toPlainString() : d.toString();
    }

    private static String capitalised(String s) {
        return s == null || s.isEmpty() ? "Cannot set this value" : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** The component the editor belongs to (for tests). */
    Component owner() {
        return getInvoker();
    }
}
