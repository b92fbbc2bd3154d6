package org.mlpsandbox.app.view;

import java.awt.Color;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JPanel;
import javax.swing.JTextArea;
import javax.swing.UIManager;
import net.miginfocom.swing.MigLayout;

/**
 * A non-modal message strip with an optional action and a close button, hidden when empty: an {@link Kind#ERROR error}
 * to fix (training diverged, the network cannot be built) in the theme's error colours, or a {@link Kind#INFO notice}
 * of what happened (Play stopped on a stop condition) in the theme's accent. Name for tests: {@code banner} (text
 * {@code banner.text}).
 *
 * <p>Colours come from the look and feel: {@code MlpSandbox.banner.*} for errors and
 * {@code MlpSandbox.banner.info.*} for notices (the theme files derive them from FlatLaf's
 * {@code Component.accentColor}); without those keys a notice blends the panel background towards the accent.
 */
final class MessageBanner extends JPanel {

    /** What a message is. */
    enum Kind {
        /** Something went wrong and wants fixing. */
        ERROR,
        /** Something happened as asked (a stop condition was met). */
        INFO
    }

    /** Width of the coloured strip at the banner's left edge. */
    private static final int STRIPE = 3;

    private final JTextArea text = new JTextArea();
    private final JButton action = new JButton();
    private final JButton close = new JButton("✕");
    private String shown = "";
    private String dismissed = "";
    private Kind kind = Kind.ERROR;

    MessageBanner() {
        super(new MigLayout("insets 6 10 6 6, gap 8", "[grow,fill][][]", "[center]"));
        setName("banner");
        text.setName("banner.text");
        text.setEditable(false);
        text.setLineWrap(true);
        text.setWrapStyleWord(true);
        text.setOpaque(false);
        text.setFocusable(false);
        close.setToolTipText("Dismiss");
        close.putClientProperty("JButton.buttonType", "toolBarButton");
        close.addActionListener(e -> {
            dismissed = shown;
            setVisible(false);
        });
        add(text, "wmin 0");
        add(action, "hidemode 3");
        add(close);
        setVisible(false);
        restyle();
    }

    @Override
    public void updateUI() {
        super.updateUI();
        if (text != null) {
            restyle();
        }
    }

    private void restyle() {
        Color background = background(kind);
        Color foreground = foreground(kind);
        setBackground(background);
        text.setForeground(foreground);
        Color stripe = kind == Kind.INFO ? Palette.ui("MlpSandbox.banner.info.accent", "Component.accentColor")
                : foreground;
        setBorder(BorderFactory.createMatteBorder(0, STRIPE, 0, 0, stripe));
    }

    /** The theme's background for {@code kind}. */
    static Color background(Kind kind) {
        if (kind == Kind.ERROR) {
            return Palette.ui("MlpSandbox.banner.background", "Panel.background");
        }
        Color c = UIManager.getColor("MlpSandbox.banner.info.background");
        return c != null ? c : Palette.blend(Palette.ui("Panel.background", "control"),
                Palette.ui("Component.accentColor", "Component.focusColor"), 0.15);
    }

    /** The theme's text colour for {@code kind}. */
    static Color foreground(Kind kind) {
        return kind == Kind.ERROR ? Palette.ui("MlpSandbox.banner.foreground", "Label.foreground")
                : Palette.ui("MlpSandbox.banner.info.foreground", "Label.foreground");
    }

    /** Shows an {@link Kind#ERROR error}; see {@link #show(String, Kind, String, Runnable)}. */
    void show(String message, String actionLabel, Runnable onAction) {
        show(message, Kind.ERROR, actionLabel, onAction);
    }

    /**
     * Shows a message of this kind (unless the user dismissed this very message), with a button running
     * {@code onAction}, or hides the banner when {@code message} is empty.
     */
    void show(String message, Kind messageKind, String actionLabel, Runnable onAction) {
        if (messageKind != kind) {
            kind = messageKind;
            restyle();
        }
        if (message.equals(shown) && (isVisible() || message.equals(dismissed))) {
            return;
        }
        shown = message;
        if (message.isEmpty()) {
            dismissed = "";
            setVisible(false);
            return;
        }
        text.setText(message);
        for (var l : action.getActionListeners()) {
            action.removeActionListener(l);
        }
        action.setVisible(onAction != null);
        if (onAction != null) {
            action.setText(actionLabel);
            action.addActionListener(e -> onAction.run());
        }
        setVisible(true);
        revalidate();
    }

    String message() {
        return isVisible() ? shown : "";
    }

    /** The kind of the message shown (or last shown). */
    Kind kind() {
        return kind;
    }
}
