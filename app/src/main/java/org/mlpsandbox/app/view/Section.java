package org.mlpsandbox.app.view;

import javax.swing.JLabel;
import javax.swing.JSeparator;
import javax.swing.JPanel;

/** Helpers for the titled sections of the side panels. */
final class Section {

    private Section() {
    }

    /** Adds a section title with a rule after it, spanning a two-column MigLayout panel. */
    static void title(JPanel panel, String text) {
        JLabel l = new JLabel(text);
        l.putClientProperty("FlatLaf.styleClass", "h3");
        panel.add(l, "span 2, split 2, gaptop 10");
        panel.add(new JSeparator(), "growx, wmin 0, gapleft 6, wrap"); // a separator's minimum is its last width
    }
}
