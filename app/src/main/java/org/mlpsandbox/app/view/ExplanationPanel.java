package org.mlpsandbox.app.view;

import javax.swing.JButton;
import javax.swing.JEditorPane;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.UIManager;
import net.miginfocom.swing.MigLayout;

/** A closable explanation above the centre view (a lesson's text), in simple HTML. Name: {@code explanation}. */
final class ExplanationPanel extends JPanel {

    private final JLabel title = new JLabel();
    private final JEditorPane body = new JEditorPane("text/html", "");

    ExplanationPanel(Runnable onClose) {
        super(new MigLayout("insets 8 12 8 8, gap 4, fillx", "[grow,fill][]", "[][]"));
        setName("explanation");
        title.putClientProperty("FlatLaf.styleClass", "h3");
        body.setEditable(false);
        body.setOpaque(false);
        body.putClientProperty(JEditorPane.HONOR_DISPLAY_PROPERTIES, true);
        body.setName("explanation.body");
        JButton close = new JButton("✕");
        close.setToolTipText("Hide the explanation");
        close.putClientProperty("JButton.buttonType", "toolBarButton");
        close.addActionListener(e -> onClose.run());
        add(title);
        add(close, "wrap");
        add(body, "span 2, growx, wmin 0, hmax 220");
        setVisible(false);
        restyle();
    }

    @Override
    public void updateUI() {
        super.updateUI();
        if (body != null) {
            restyle();
        }
    }

    private void restyle() {
        setBackground(UIManager.getColor("MlpSandbox.info.background"));
        body.setFont(UIManager.getFont("Label.font"));
        body.setForeground(UIManager.getColor("Label.foreground"));
    }

    void show(String heading, String html) {
        title.setText(heading);
        body.setText(html);
        body.setCaretPosition(0);
        setVisible(true);
        revalidate();
    }
}
