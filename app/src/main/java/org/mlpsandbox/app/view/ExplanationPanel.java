package org.mlpsandbox.app.view;

import java.awt.Dimension;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JEditorPane;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.UIManager;
import net.miginfocom.swing.MigLayout;

/**
 * The one explanation panel of the window, above the centre view: a title, a close button and a few paragraphs of
 * simple HTML that scroll when they are longer than the panel's height (a lesson's text, say). The close button reads
 * "✕" and just hides the panel, or carries a label such as "Close lesson" and runs the caller's action.
 * Names: {@code explanation}, {@code explanation.body}, {@code explanation.close}.
 */
final class ExplanationPanel extends JPanel {

    /** Most height the text takes before it scrolls, at 100 %. */
    private static final int MAX_TEXT_HEIGHT = 230;

    /** A text area, not a label, so that a long title wraps in a narrow centre instead of being cut. */
    private final javax.swing.JTextArea title = new javax.swing.JTextArea();
    private final JEditorPane body = new JEditorPane("text/html", "");
    private final JScrollPane scroll = new JScrollPane(body, JScrollPane.VERTICAL_SCROLLBAR_AS_NEEDED,
            JScrollPane.HORIZONTAL_SCROLLBAR_NEVER) {
        @Override
        public Dimension getPreferredSize() {
            Dimension d = super.getPreferredSize();
            return new Dimension(d.width, Math.min(maxTextHeight(), d.height));
        }
    };
    private final JButton close = new JButton("✕");
    private final Runnable hide;
    private Runnable onClose;
    /** The title is smaller in a narrow centre. */
    private boolean narrowTitle;

    ExplanationPanel(Runnable hide) {
        super(new MigLayout("insets 8 14 10 8, gap 4, fillx", "[grow,fill][]", "[][]"));
        this.hide = hide;
        this.onClose = hide;
        setName("explanation");
        title.setEditable(false);
        title.setFocusable(false);
        title.setLineWrap(true);
        title.setWrapStyleWord(true);
        title.setOpaque(false);
        title.setBorder(BorderFactory.createEmptyBorder());
        body.setEditable(false);
        body.setOpaque(false);
        body.putClientProperty(JEditorPane.HONOR_DISPLAY_PROPERTIES, true);
        body.setName("explanation.body");
        scroll.setBorder(BorderFactory.createEmptyBorder());
        scroll.setOpaque(false);
        scroll.getViewport().setOpaque(false);
        scroll.getVerticalScrollBar().setUnitIncrement(16);
        close.setName("explanation.close");
        close.addActionListener(e -> onClose.run());
        add(title, "cell 0 0, wmin 0, growx, aligny center");
        add(close, "cell 1 0, top");
        add(scroll, "cell 0 1 2 1, growx, wmin 0");
        setVisible(false);
        restyle();
    }

    /**
     * {@link #MAX_TEXT_HEIGHT} at the zoom in use, and no more than leaves the view under it (the network editor, a
     * lesson's view) the height it needs: on a short (zoomed) screen the text scrolls, the view stays whole.
     */
    private int maxTextHeight() {
        int most = com.formdev.flatlaf.util.UIScale.scale(MAX_TEXT_HEIGHT);
        java.awt.Container strip = getParent();
        java.awt.Container centre = strip == null ? null : strip.getParent();
        if (centre == null || centre.getHeight() <= 0 || !(centre.getLayout() instanceof java.awt.BorderLayout b)) {
            return most;
        }
        java.awt.Component view = b.getLayoutComponent(java.awt.BorderLayout.CENTER);
        int need = view instanceof NetworkPanel n ? n.neededHeight() : view == null ? 0
                : view.getMinimumSize().height;
        int others = 0;
        for (java.awt.Component c : strip.getComponents()) {
            others += c != this && c.isVisible() ? c.getPreferredSize().height : 0;
        }
        int chrome = title.getPreferredSize().height + close.getPreferredSize().height
                + com.formdev.flatlaf.util.UIScale.scale(30);
        int line = body.getFontMetrics(body.getFont()).getHeight();
        return Math.min(most, Math.max(2 * line, centre.getHeight() - need - others - chrome));
    }

    /**
     * In a narrow centre (presentation mode on a projector) the close button goes under the text, so the title keeps
     * the whole width instead of wrapping a word a line; before the layout, so the same pass gets the new height.
     */
    @Override
    public void doLayout() {
        java.awt.Font h2 = UIManager.getFont("h2.font"); // the wide title's size, whichever the title has now
        boolean narrow = getWidth() < 2 * close.getPreferredSize().width
                + (h2 != null ? h2.getSize() : title.getFont().getSize()) * 12;
        MigLayout layout = (MigLayout) getLayout();
        String titleAt = narrow ? "cell 0 0 2 1, wmin 0, growx, aligny center" : "cell 0 0, wmin 0, growx, aligny center";
        if (!titleAt.equals(layout.getComponentConstraints(title))) {
            layout.setComponentConstraints(title, titleAt);
            layout.setComponentConstraints(close, narrow ? "cell 0 2 2 1, right" : "cell 1 0, top");
            // a smaller heading in a narrow centre: fewer lines, more room for the text and the view below
            narrowTitle = narrow;
            title.putClientProperty("FlatLaf.styleClass", narrow ? "h3" : "h2");
        }
        super.doLayout();
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
        setBorder(BorderFactory.createMatteBorder(0, 0, 1, 0, UIManager.getColor("Separator.foreground")));
        body.setFont(UIManager.getFont("Label.font").deriveFont(UIManager.getFont("Label.font").getSize2D() + 1));
        body.setForeground(UIManager.getColor("Label.foreground"));
        // a style class, not a font set here: the title's own updateUI would put back the plain label font
        title.putClientProperty("FlatLaf.styleClass", narrowTitle ? "h3" : "h2");
        title.setForeground(UIManager.getColor("Label.foreground"));
    }

    /** Shows a text whose close button just hides it. */
    void show(String heading, String html) {
        show(heading, html, null, hide);
    }

    /**
     * Shows a text.
     *
     * @param closeLabel the close button's text, or {@code null} for a small "✕"
     * @param action     what the close button does
     */
    void show(String heading, String html, String closeLabel, Runnable action) {
        title.setText(heading);
        body.setText(html);
        body.setCaretPosition(0);
        onClose = action;
        if (closeLabel == null) {
            close.setText("✕");
            close.setToolTipText("Hide the explanation");
            close.putClientProperty("JButton.buttonType", "toolBarButton");
        } else {
            close.setText(closeLabel);
            close.setToolTipText(null);
            close.putClientProperty("JButton.buttonType", null);
        }
        setVisible(true);
        revalidate();
        repaint();
    }

    String title() {
        return title.getText();
    }
}
