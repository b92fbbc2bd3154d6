package org.mlpsandbox.app.view.lesson;

import java.awt.Component;
import java.awt.Dimension;
import javax.swing.JLabel;
import javax.swing.JTable;
import javax.swing.table.DefaultTableCellRenderer;
import javax.swing.table.TableCellRenderer;
import javax.swing.table.TableColumn;
import javax.swing.table.TableModel;

/**
 * A small table of numbers whose columns are as wide as their header and their widest value, measured with the fonts
 * in use (so at every zoom and font size), numbers right-aligned. It fills the width while the columns fit and scrolls
 * sideways in a narrower (zoomed) window: a column is never squeezed into "−1.00…". Meant for tens of rows (every
 * value is measured at each layout).
 */
final class FittingTable extends JTable {

    FittingTable(TableModel model) {
        super(model);
        DefaultTableCellRenderer right = new DefaultTableCellRenderer();
        right.setHorizontalAlignment(JLabel.RIGHT);
        setDefaultRenderer(Object.class, right);
        setAutoResizeMode(JTable.AUTO_RESIZE_ALL_COLUMNS);
        setFillsViewportHeight(true);
    }

    /** Fills the width while the columns fit; scrolls sideways when narrower. */
    @Override
    public boolean getScrollableTracksViewportWidth() {
        return getParent() == null || getParent().getWidth() >= wantedWidth();
    }

    /** At least the columns' widths, so that scrolling sideways shows whole numbers. */
    @Override
    public Dimension getPreferredSize() {
        Dimension d = super.getPreferredSize();
        return new Dimension(Math.max(d.width, wantedWidth()), d.height);
    }

    /** As wide as the columns want, as high as a few rows: the scroll pane asks for no more. */
    @Override
    public Dimension getPreferredScrollableViewportSize() {
        return new Dimension(wantedWidth(), 8 * getRowHeight());
    }

    /** Every column measured anew (the font may have changed with a zoom), then laid out. */
    @Override
    public void doLayout() {
        for (int c = 0; c < getColumnCount(); c++) {
            TableColumn column = getColumnModel().getColumn(c);
            column.setPreferredWidth(wanted(c));
            column.setMinWidth(Math.min(column.getMinWidth(), wanted(c)));
        }
        if (!getScrollableTracksViewportWidth()) {
            for (int c = 0; c < getColumnCount(); c++) {
                getColumnModel().getColumn(c).setWidth(getColumnModel().getColumn(c).getPreferredWidth());
            }
            return;
        }
        super.doLayout();
    }

    /** The rows follow the font (a zoomed table keeps its text whole in height too). */
    @Override
    public void updateUI() {
        super.updateUI();
        setRowHeight(getFontMetrics(getFont()).getHeight() + com.formdev.flatlaf.util.UIScale.scale(6));
    }

    private int wantedWidth() {
        int wanted = 0;
        for (int c = 0; c < getColumnCount(); c++) {
            wanted += wanted(c);
        }
        return wanted;
    }

    /** Column {@code c}: its header or its widest value, whichever is wider, with the cells' own insets. */
    private int wanted(int c) {
        int widest = 0;
        if (getTableHeader() != null) {
            TableCellRenderer r = getTableHeader().getDefaultRenderer();
            Component h = r.getTableCellRendererComponent(this, getColumnName(c), false, false, -1, c);
            widest = h.getPreferredSize().width;
        }
        for (int row = 0; row < getRowCount(); row++) {
            Component cell = getCellRenderer(row, c).getTableCellRendererComponent(this, getValueAt(row, c), false,
                    false, row, c);
            widest = Math.max(widest, cell.getPreferredSize().width);
        }
        return widest + getIntercellSpacing().width + com.formdev.flatlaf.util.UIScale.scale(6);
    }
}
