package org.mlpsandbox.app.view;

import javax.swing.BorderFactory;
import javax.swing.JTextArea;
import javax.swing.UIManager;

/**
 * A label whose text wraps at word boundaries to the width it is given, instead of ending in "…": for descriptions and
 * hints in columns that may be narrow (1024 pixels wide windows). Looks like a label in every theme.
 */
public final class WrappingLabel extends JTextArea {

    /** A hint: smaller and muted, in every theme and zoom. */
    private boolean hint;

    public WrappingLabel(String text) {
        super(text);
        setEditable(false);
        setFocusable(false);
        setLineWrap(true);
        setWrapStyleWord(true);
        look();
    }

    /** Makes this a hint: FlatLaf's small font, muted (a line of help under a button in a narrow column). */
    public WrappingLabel asHint() {
        hint = true;
        look();
        return this;
    }

    /** As narrow as it is given: the text wraps. */
    @Override
    public java.awt.Dimension getMinimumSize() {
        return new java.awt.Dimension(0, super.getMinimumSize().height);
    }

    @Override
    public void updateUI() {
        super.updateUI();
        look();
    }

    private void look() {
        if (getCaret() instanceof javax.swing.text.DefaultCaret caret) {
            // a label: new text must not scroll the enclosing column to the caret (a zoomed left column that
            // scrolls sideways jumped to the end of the dataset's description)
            caret.setUpdatePolicy(javax.swing.text.DefaultCaret.NEVER_UPDATE);
        }
        setOpaque(false);
        setBorder(BorderFactory.createEmptyBorder());
        setFont(UIManager.getFont(hint ? "small.font" : "Label.font"));
        setForeground(UIManager.getColor(hint ? "Label.disabledForeground" : "Label.foreground"));
        setDisabledTextColor(UIManager.getColor("Label.disabledForeground"));
    }
}
