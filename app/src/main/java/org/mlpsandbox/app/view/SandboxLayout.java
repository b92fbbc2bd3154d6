package org.mlpsandbox.app.view;

import java.awt.BorderLayout;
import java.util.ArrayList;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JPanel;
import javax.swing.JSplitPane;
import javax.swing.JTabbedPane;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;
import net.miginfocom.swing.MigLayout;
import org.mlpsandbox.app.model.SandboxModel;

/**
 * The main window's content: the tool bar on top, data and training on the left, messages, an explanation and the
 * network in the centre, the output view over the tabs on the right, the status bar at the bottom. It is the
 * {@link LessonHost} lessons use to swap the centre and output views and hide the sandbox's own controls.
 */
final class SandboxLayout extends JPanel implements LessonHost {

    /**
     * Left, centre and right columns: they fit side by side from 1024 pixels wide (a classroom projector), zoomed too.
     * The preferred and largest widths are in MigLayout's logical pixels, which grow with the {@link Zoom}; the
     * smallest ({@link #MIN_WIDTHS}, screen pixels) do not, so presentation mode on a projector shrinks the columns
     * (the left one scrolls sideways, the centre's network scrolls) instead of pushing the right one off the screen.
     */
    private static final String STANDARD_COLUMNS = "[%d:350:350,fill][%d:500:,grow,fill][%d:460:620,fill]";
    /**
     * The smallest left, centre and right columns in screen pixels at 100 % (920 of 1024). The left one scrolls (it
     * gives up {@link #LEFT_PER_ZOOM} per 1× of zoom) and the centre's network scrolls; the right one's tabs hold
     * rows of controls, so it gets {@link #RIGHT_PER_ZOOM} more per 1× of zoom (950 of 1024 in presentation mode).
     */
    private static final int[] MIN_WIDTHS = {310, 250, 360};
    private static final int LEFT_PER_ZOOM = -60;
    private static final int RIGHT_PER_ZOOM = 120;
    private static final String CENTRE_ONLY_COLUMNS = "[0!][grow,fill][0!]";
    /**
     * The tabs' smallest height in logical pixels (306 on screen in presentation mode): room for a loss chart whose
     * plot is at least 80 logical pixels high (120 on screen at 1.5×; it gets 130 on a 1024×768 projector) under its
     * row of settings, with its axis and its one-line legend. No more: the digits lesson's confusion matrix above
     * needs the rest to draw its rows whole.
     */
    static final int TABS_FLOOR = 204;
    /**
     * The output view's smallest height in logical pixels (270 on screen in presentation mode), which the tabs' floor
     * never takes from it: its title and a plane of about 140 logical pixels, where the points and the boundary still
     * read. On a 1024×768 projector it keeps more (333 pixels) than this.
     */
    static final int OUTPUT_FLOOR = 180;

    private final SandboxModel model;
    private final JMenuBar menus;
    private final SandboxToolBar bar;
    private final MessageBanner banner = new MessageBanner();
    private final ExplanationPanel explanation = new ExplanationPanel(this::hideExplanation);
    private final JPanel centre = new JPanel(new BorderLayout());
    private final JPanel north = new JPanel(new MigLayout("insets 0, gap 0, wrap 1, fillx, hidemode 3", "[grow,fill]"));
    private final NetworkPanel networkPanel;
    private JComponent centreView;
    private final JPanel output = new JPanel(new MigLayout("fill, insets 8 8 4 8, gap 2", "[grow,fill]",
            "[][grow,fill]"));
    private final JLabel outputTitle = new JLabel("Output");
    private final OutputView outputView;
    private JComponent outputComponent;
    private final JTabbedPane tabs;
    private final OutputSplit right;
    private final List<JComponent> sandboxControls = new ArrayList<>();
    private java.util.function.Predicate<String> replaceExperiment = question -> true;
    private java.util.function.BiConsumer<org.mlpsandbox.engine.data.Dataset, Integer> backprop = (d, i) -> { };
    private java.util.function.Consumer<String> backpropHint = hint -> { };

    SandboxLayout(SandboxModel model, JMenuBar menus, SandboxToolBar bar, JComponent left, NetworkPanel networkPanel,
            OutputView outputView, JTabbedPane tabs, StatusBar statusBar) {
        super(new MigLayout("fill, insets 0, gap 0, hidemode 3", standardColumns(), "[][grow,fill][]"));
        this.model = model;
        this.menus = menus;
        this.bar = bar;
        this.networkPanel = networkPanel;
        this.outputView = outputView;
        this.tabs = tabs;

        north.add(banner);
        north.add(explanation);
        centreView = networkPanel;
        centre.add(north, BorderLayout.NORTH);
        centre.add(networkPanel, BorderLayout.CENTER);

        outputTitle.putClientProperty("FlatLaf.styleClass", "h3");
        output.add(outputTitle, "wrap");
        output.add(outputView, "grow");
        outputComponent = outputView;
        // modest preferred heights, so the split shares the column by its weight instead of the output view taking
        // all it would like and leaving the tabs a sliver on a short screen; floors keep a short column useful
        output.setPreferredSize(new java.awt.Dimension(420, 300));
        tabs.setPreferredSize(new java.awt.Dimension(420, 260));
        right = new OutputSplit(output, tabs, 0.55, OUTPUT_FLOOR, TABS_FLOOR);
        right.setBorder(BorderFactory.createMatteBorder(0, 1, 0, 0, UIManager.getColor("Separator.foreground")));

        // the bars across the window do not set the columns' smallest widths (MigLayout would widen all three to
        // their preferred widths for a spanning bar wider than their minimums, pushing the right one off the screen)
        add(bar, "cell 0 0 3 1, growx, wmin 0");
        add(left, "cell 0 1, grow");
        add(centre, "cell 1 1, grow");
        add(right, "cell 2 1, grow");
        add(statusBar, "cell 0 2 3 1, growx, wmin 0");
        sandboxControls.addAll(bar.sandboxControls());
        sandboxControls.add(left);
        sandboxControls.add(right);
        sandboxControls.add(statusBar);
        layoutColumns();
    }

    /** Adds a strip above the centre view, under the messages (the classroom bar, say). */
    void addAboveCentre(JComponent strip) {
        north.add(strip);
    }

    /** The output view over the tabs. */
    JSplitPane rightColumn() {
        return right;
    }

    /** The message banner above the centre view. */
    MessageBanner banner() {
        return banner;
    }

    @Override
    public SandboxModel model() {
        return model;
    }

    @Override
    public void addMenu(JMenu menu) {
        int last = menus.getMenuCount() - 1; // Help stays last
        boolean helpLast = last >= 0 && menus.getMenu(last) != null && "Help".equals(menus.getMenu(last).getText());
        menus.add(menu, helpLast ? last : -1);
        menus.revalidate();
    }

    @Override
    public void showExplanation(String title, String html) {
        explanation.show(title, html);
    }

    @Override
    public void showExplanation(String title, String html, String closeLabel, Runnable onClose) {
        explanation.show(title, html, closeLabel, onClose);
    }

    @Override
    public void hideExplanation() {
        explanation.setVisible(false);
    }

    @Override
    public boolean isExplanationShowing() {
        return explanation.isVisible();
    }

    @Override
    public String explanationTitle() {
        return explanation.title();
    }

    @Override
    public void setCentreView(JComponent view) {
        centre.remove(centreView);
        centreView = view;
        SwingUtilities.updateComponentTreeUI(view); // it may have been out of the tree during a theme switch
        centre.add(view, BorderLayout.CENTER);
        centre.revalidate();
        centre.repaint();
    }

    @Override
    public void restoreCentreView() {
        setCentreView(networkPanel);
    }

    @Override
    public JComponent centreView() {
        return centreView;
    }

    @Override
    public void setOutputView(String title, JComponent view) {
        output.remove(outputComponent);
        outputComponent = view;
        SwingUtilities.updateComponentTreeUI(view); // it may have been out of the tree during a theme switch
        outputTitle.setText(title);
        output.add(view, "grow");
        layoutColumns();
        output.revalidate();
        output.repaint();
    }

    @Override
    public void restoreOutputView() {
        setOutputView("Output", outputView);
    }

    @Override
    public JComponent outputArea() {
        return outputComponent;
    }

    @Override
    public void setSandboxControlsVisible(boolean visible) {
        for (JComponent c : sandboxControls) {
            c.setVisible(visible);
        }
        layoutColumns();
        revalidate();
        repaint();
    }

    private void layoutColumns() {
        // zoomed, the tabs keep one row (scrolling) instead of wrapping into three over a short chart
        tabs.setTabLayoutPolicy(Zoom.current() > Zoom.MIN ? JTabbedPane.SCROLL_TAB_LAYOUT : JTabbedPane.WRAP_TAB_LAYOUT);
        ((MigLayout) getLayout()).setColumnConstraints(sandboxControlsVisible() ? standardColumns()
                : CENTRE_ONLY_COLUMNS);
        revalidate();
    }

    /** {@link #STANDARD_COLUMNS} for the zoom in use: the smallest widths in logical pixels that stay the same on screen. */
    private static String standardColumns() {
        float scale = com.formdev.flatlaf.util.UIScale.getUserScaleFactor();
        float left = MIN_WIDTHS[0] + LEFT_PER_ZOOM * (Zoom.current() - 1);
        float right = MIN_WIDTHS[2] + RIGHT_PER_ZOOM * (Zoom.current() - 1);
        return String.format(java.util.Locale.ROOT, STANDARD_COLUMNS, Math.round(left / scale),
                Math.round(MIN_WIDTHS[1] / scale), Math.round(right / scale));
    }

    /** A zoom (or theme) change: the smallest column widths follow the new scale. */
    @Override
    public void updateUI() {
        super.updateUI();
        if (sandboxControls != null && !sandboxControls.isEmpty()) { // null while JPanel's constructor runs
            layoutColumns();
        }
    }

    @Override
    public boolean sandboxControlsVisible() {
        return sandboxControls.get(0).isVisible();
    }

    @Override
    public void selectTab(String title) {
        int i = tabs.indexOfTab(title);
        if (i >= 0) {
            tabs.setSelectedIndex(i);
        }
    }

    @Override
    public String selectedTab() {
        return tabs.getTitleAt(tabs.getSelectedIndex());
    }

    @Override
    public void notice(String text) {
        bar.notice(text);
    }

    /** Who opens the Backprop tab on a picked sample, and who shows what to click for one (the window's tabs). */
    void setBackprop(java.util.function.BiConsumer<org.mlpsandbox.engine.data.Dataset, Integer> stepThrough,
            java.util.function.Consumer<String> hint) {
        backprop = stepThrough;
        backpropHint = hint;
    }

    @Override
    public void stepThroughBackprop(org.mlpsandbox.engine.data.Dataset data, int index) {
        backprop.accept(data, index);
    }

    @Override
    public void setBackpropHint(String hint) {
        backpropHint.accept(hint);
    }

    /** Who asks before a lesson replaces the experiment (the window's file actions). */
    void setReplaceExperiment(java.util.function.Predicate<String> ask) {
        replaceExperiment = ask;
    }

    @Override
    public boolean replaceExperiment(String question) {
        return replaceExperiment.test(question);
    }

    @Override
    public String noticeText() {
        return bar.noticeText();
    }
}
