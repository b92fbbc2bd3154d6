package org.mlpsandbox.app.view;

import java.awt.Dimension;
import java.awt.Insets;
import javax.swing.JLabel;
import javax.swing.plaf.basic.BasicHTML;
import javax.swing.text.View;

/**
 * A label of simple HTML that wraps to the width it is given and asks for the height of the wrapped text. A plain
 * {@code <html>} label learns its width only when painted, so a layout before that paint (a window's first, or a
 * label scrolled into view) gives it the height of one line and cuts the rest off.
 */
public final class HtmlLabel extends JLabel {

    /** @param html the text, without the {@code <html>} tags */
    public HtmlLabel(String html) {
        super("<html>" + html + "</html>");
    }

    /** The one-line width (what it would like), and the height of the text wrapped at its present width. */
    @Override
    public Dimension getPreferredSize() {
        Dimension d = super.getPreferredSize();
        if (isPreferredSizeSet() || getWidth() <= 0
                || !(getClientProperty(BasicHTML.propertyKey) instanceof View view)) {
            return d;
        }
        Insets in = getInsets();
        int width = getWidth() - in.left - in.right;
        if (width <= 0) {
            return d;
        }
        view.setSize(width, 0);
        int height = (int) Math.ceil(view.getPreferredSpan(View.Y_AXIS)) + in.top + in.bottom;
        return new Dimension(d.width, height);
    }
}
