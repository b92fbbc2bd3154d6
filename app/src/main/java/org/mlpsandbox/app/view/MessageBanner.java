package org.mlpsandbox.app.view;

import javax.swing.JButton;
import javax.swing.JPanel;
import javax.swing.JTextArea;
import javax.swing.UIManager;
import net.miginfocom.swing.MigLayout;

/**
 * A non-modal message strip (training stopped, the network cannot be built) with an optional action and a close
 * button. Hidden when empty. Name for tests: {@code banner} (text {@code banner.text}).
 */
final class MessageBanner extends JPanel {

    private final JTextArea text = new JTextArea();
    private final JButton action = new JButton();
    private final JButton close = new JButton("✕");
    private String shown = "";
    private String dismissed = "";

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
        setBackground(UIManager.getColor("MlpSandbox.banner.background"));
        text.setForeground(UIManager.getColor("MlpSandbox.banner.foreground"));
    }

    /**
     * Shows a message (unless the user dismissed this very message), with a button running {@code onAction}, or
     * hides the banner when {@code message} is empty.
     */
    void show(String message, String actionLabel, Runnable onAction) {
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
}
