package org.mlpsandbox.app.view;

import java.awt.Dimension;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.JScrollPane;
import javax.swing.JViewport;
import javax.swing.UIManager;
import net.miginfocom.swing.MigLayout;

/**
 * The left column: the data and training forms one under the other, as wide as the column and scrolling up and down
 * only. A column narrower than a form's two columns (presentation mode on a 1024 pixels wide projector) stacks that
 * form ({@link FormStack}: labels over their fields) instead of scrolling sideways and hiding the values.
 */
final class LeftColumn extends WidthTrackingPanel {

    private final List<FormStack> forms;

    private LeftColumn(List<FormStack> forms) {
        super(new MigLayout("insets 0 0 8 0, gap 0, wrap 1, fillx", "[grow,fill]"));
        this.forms = forms;
    }

    /** {@code data} over {@code training}, in a scroll pane that scrolls up and down only. */
    static JScrollPane of(DataPanel data, TrainingPanel training) {
        LeftColumn left = new LeftColumn(List.of(data.stack(), training.stack()));
        left.add(data);
        left.add(training);
        JScrollPane scroll = new JScrollPane(left, JScrollPane.VERTICAL_SCROLLBAR_AS_NEEDED,
                JScrollPane.HORIZONTAL_SCROLLBAR_NEVER);
        scroll.setBorder(BorderFactory.createMatteBorder(0, 0, 0, 1, UIManager.getColor("Separator.foreground")));
        scroll.getVerticalScrollBar().setUnitIncrement(16);
        scroll.setName("leftColumn");
        return scroll;
    }

    /** Stacks or unstacks the forms for the viewport's width, before anyone asks how high they are. */
    private void fitForms(int width) {
        for (FormStack f : forms) {
            f.fit(width);
        }
    }

    @Override
    public Dimension getPreferredSize() {
        if (getParent() instanceof JViewport v && v.getWidth() > 0) {
            fitForms(v.getWidth()); // the viewport asks this first, with its width known: the height follows
        }
        return super.getPreferredSize();
    }

    @Override
    public void doLayout() {
        fitForms(getWidth());
        super.doLayout();
    }

    /** A zoom or theme change: the forms measure their two columns anew. */
    @Override
    public void updateUI() {
        super.updateUI();
        if (forms != null) {
            forms.forEach(FormStack::reset);
        }
    }

    /** Always the viewport's width: never sideways. */
    @Override
    public boolean getScrollableTracksViewportWidth() {
        return true;
    }
}
