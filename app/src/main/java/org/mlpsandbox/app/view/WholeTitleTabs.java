package org.mlpsandbox.app.view;

import com.formdev.flatlaf.FlatLaf;
import com.formdev.flatlaf.ui.FlatTabbedPaneUI;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Rectangle;
import javax.swing.JTabbedPane;
import javax.swing.UIManager;

/**
 * Tabs whose titles are never shortened to "Back...": in FlatLaf's scroll tab layout (a zoomed narrow column) the
 * last, partly visible tab shows its whole title cut by the strip's edge, as FlatLaf already shows the first one when
 * scrolled, and the strip's arrows and list of tabs reach the rest. Only the title's painting changes: FlatLaf's tab
 * sizes, scrolling and styles stay.
 */
final class WholeTitleTabs extends JTabbedPane {

    @Override
    public void updateUI() {
        if (UIManager.getLookAndFeel() instanceof FlatLaf) {
            setUI(new WholeTitleUi());
        } else {
            super.updateUI();
        }
    }

    /** FlatLaf's tabs, painting the whole title wherever the tab itself is wide enough for it. */
    private static final class WholeTitleUi extends FlatTabbedPaneUI {
        @Override
        protected void paintText(Graphics g, int placement, Font font, FontMetrics metrics, int tabIndex, String title,
                Rectangle textRect, boolean isSelected) {
            String whole = tabPane.getTitleAt(tabIndex);
            boolean fits = whole != null && metrics.stringWidth(whole) <= textRect.width + 1;
            super.paintText(g, placement, font, metrics, tabIndex, fits ? whole : title, textRect, isSelected);
        }
    }
}
