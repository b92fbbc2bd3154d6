package org.mlpsandbox.app.view;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.util.Optional;
import java.util.function.Supplier;
import javax.swing.Action;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JCheckBoxMenuItem;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTabbedPane;
import javax.swing.JToggleButton;
import javax.swing.JToolBar;
import javax.swing.Timer;
import javax.swing.UIManager;
import javax.swing.WindowConstants;
import net.miginfocom.swing.MigLayout;
import org.mlpsandbox.app.action.ExportAction;
import org.mlpsandbox.app.action.FileActions;
import org.mlpsandbox.app.action.PlayPauseAction;
import org.mlpsandbox.app.action.ReloadPluginsAction;
import org.mlpsandbox.app.action.ResetAction;
import org.mlpsandbox.app.action.StepAction;
import org.mlpsandbox.app.action.ThemeToggleAction;
import org.mlpsandbox.app.model.RecentFiles;
import org.mlpsandbox.app.model.SandboxModel;
import org.mlpsandbox.engine.plugin.PluginFolders;
import org.mlpsandbox.engine.plugin.PluginRegistry;
import org.mlpsandbox.engine.train.TrainingSession;
import org.mlpsandbox.engine.train.TrainingSession.Snapshot;

/**
 * The one main window: data and training controls on the left, the network in the centre, the output view and the
 * loss / diagnostics / plugins tabs on the right, a status bar at the bottom. A Swing timer pulls the latest training
 * snapshot about 30 times a second and hands it to the views; nothing here reads the live network.
 *
 * <p><b>For lessons and other extensions</b> (event thread only): {@link #model()} to apply a
 * {@link org.mlpsandbox.app.model.Setup}; {@link #addMenu(JMenu)} to add a menu; {@link #showExplanation} /
 * {@link #hideExplanation()} for a text panel above the centre view; {@link #setCentreView(JComponent)} /
 * {@link #restoreCentreView()} to swap the network view for another; {@link #notice(String)} for a passing message.
 */
public final class MainWindow extends JFrame {

    /** Left, centre and right columns. */
    private static final String STANDARD_COLUMNS = "[350!][300:500:,grow,fill][420:460:620,fill]";
    private static final String CENTRE_ONLY_COLUMNS = "[0!][grow,fill][0!]";

    /** Timer period: about 30 frames a second. */
    static final int FRAME_MILLIS = 33;

    private final SandboxModel model;
    private final JMenuBar menus = new JMenuBar();
    private final MessageBanner banner = new MessageBanner();
    private final ExplanationPanel explanation = new ExplanationPanel(this::hideExplanation);
    private final JPanel centre = new JPanel(new BorderLayout());
    private final NetworkPanel networkPanel;
    private final OutputView outputView;
    private final LossChartPanel lossChart;
    private final DiagnosticsPanel diagnostics;
    private final StatusBar statusBar;
    private final DataPanel dataPanel;
    private final JLabel notice = new JLabel();
    private final JPanel output = new JPanel(new MigLayout("fill, insets 8 8 4 8, gap 2", "[grow,fill]",
            "[][grow,fill]"));
    private final JLabel outputTitle = new JLabel("Output");
    private final JTabbedPane tabs = new JTabbedPane();
    private final java.util.List<JComponent> sandboxControls = new java.util.ArrayList<>();
    private JComponent outputComponent;
    private JPanel content;
    private final Timer frames;
    private final Timer noticeTimer = new Timer(6000, e -> notice.setText(""));
    private JComponent centreView;
    private final FileActions fileActions;
    private final FileDrop fileDrop;
    private long frameCount;
    private long lastFrameNanos;

    public MainWindow(SandboxModel model, Supplier<PluginRegistry> pluginLoader) {
        super("MLP Sandbox");
        this.model = model;
        setName("mainWindow");
        setDefaultCloseOperation(WindowConstants.DO_NOTHING_ON_CLOSE);

        networkPanel = new NetworkPanel(model);
        outputView = new OutputView(model);
        lossChart = new LossChartPanel(model);
        diagnostics = new DiagnosticsPanel(model);
        statusBar = new StatusBar(model);
        dataPanel = new DataPanel(model, outputView::setShowTest);
        TrainingPanel trainingPanel = new TrainingPanel(model);

        PlayPauseAction play = new PlayPauseAction(model);
        StepAction step = StepAction.batch(model);
        StepAction stepEpoch = StepAction.epoch(model);
        ResetAction reset = new ResetAction(model);
        ThemeToggleAction theme = new ThemeToggleAction();
        ReloadPluginsAction reload = new ReloadPluginsAction(model, pluginLoader, this::notice);
        ExportAction png = ExportAction.png(this, f -> lossChart.exportPng(f, 1200, 700), this::notice);
        ExportAction csv = ExportAction.csv(this, lossChart::exportCsv, this::notice);

        fileActions = new FileActions(model, this, this::notice, RecentFiles.forUser());

        // Menus
        JMenu file = new JMenu("File");
        file.add(fileActions.open());
        JMenu recentMenu = new JMenu("Open recent");
        recentMenu.addMenuListener(new javax.swing.event.MenuListener() {
            @Override
            public void menuSelected(javax.swing.event.MenuEvent e) {
                fileActions.fillRecent(recentMenu);
            }

            @Override
            public void menuDeselected(javax.swing.event.MenuEvent e) {
            }

            @Override
            public void menuCanceled(javax.swing.event.MenuEvent e) {
            }
        });
        file.add(recentMenu);
        file.add(fileActions.save());
        file.add(fileActions.saveAs());
        file.addSeparator();
        file.add(png);
        file.add(csv);
        // the latest snapshot's private copy of the network, never the live one
        file.add(org.mlpsandbox.app.action.ExportNetworkAction.java(this,
                () -> model.session().map(t -> t.latest().network()), this::notice));
        file.add(org.mlpsandbox.app.action.ExportNetworkAction.python(this,
                () -> model.session().map(t -> t.latest().network()), this::notice));
        file.addSeparator();
        JMenuItem quit = new JMenuItem("Quit");
        quit.addActionListener(e -> dispatchEvent(new WindowEvent(this, WindowEvent.WINDOW_CLOSING)));
        file.add(quit);
        JMenu training = new JMenu("Training");
        training.add(new JCheckBoxMenuItem(play));
        training.add(step);
        training.add(stepEpoch);
        training.add(reset);
        JMenu view = new JMenu("View");
        view.add(new JCheckBoxMenuItem(theme));
        JMenu plugins = new JMenu("Plugins");
        plugins.add(reload);
        JMenuItem folder = new JMenuItem("Open plugin folder");
        folder.setToolTipText(PluginFolders.defaultFolder().toString());
        folder.addActionListener(e -> openPluginFolder());
        plugins.add(folder);
        menus.add(file);
        menus.add(training);
        menus.add(view);
        menus.add(plugins);
        setJMenuBar(menus);

        // Tool bar
        JToolBar bar = new JToolBar();
        bar.setFloatable(false);
        bar.setBorder(BorderFactory.createEmptyBorder(4, 8, 4, 8));
        JToggleButton playButton = new JToggleButton(play);
        playButton.setName("play");
        playButton.putClientProperty("FlatLaf.style", "font: bold +1; background: $Component.accentColor;"
                + " foreground: #ffffff; selectedBackground: darken($Component.accentColor,10%);"
                + " selectedForeground: #ffffff; arc: 999; borderWidth: 0; focusWidth: 0");
        playButton.setPreferredSize(new Dimension(104, 34));
        playButton.setMaximumSize(new Dimension(104, 34));
        playButton.setFocusable(false);
        bar.add(playButton);
        bar.addSeparator(new Dimension(8, 0));
        bar.add(toolButton(step, "step"));
        bar.add(toolButton(stepEpoch, "stepEpoch"));
        bar.add(toolButton(reset, "reset"));
        bar.addSeparator(new Dimension(12, 0));
        JLabel speedLabel = new JLabel("Speed ");
        bar.add(speedLabel);
        String[] speeds = {"Slow", "Medium", "Fast", "Full"};
        int[] stepsPerFrame = {1, 5, 25, 0};
        javax.swing.JComboBox<String> speed = new javax.swing.JComboBox<>(speeds);
        speed.setName("speed");
        speed.setToolTipText("Slow: 1 batch per frame (about 30 a second), Medium: 5, Fast: 25, Full: as fast as "
                + "the computer goes");
        speed.setMaximumSize(new Dimension(110, 30));
        speed.setSelectedIndex(2);
        model.setSpeed(stepsPerFrame[2]);
        speed.addActionListener(e -> model.setSpeed(stepsPerFrame[speed.getSelectedIndex()]));
        model.addListener(c -> { // a lesson may set the speed: keep the combo in step
            for (int i = 0; i < stepsPerFrame.length; i++) {
                if (c == SandboxModel.Change.RUN && stepsPerFrame[i] == model.speed()
                        && speed.getSelectedIndex() != i) {
                    speed.setSelectedIndex(i);
                }
            }
        });
        speed.setFocusable(false);
        bar.add(speed);
        bar.addSeparator(new Dimension(16, 0));
        notice.setName("notice");
        bar.add(notice);
        java.util.Collections.addAll(sandboxControls, playButton, speedLabel, speed);
        for (java.awt.Component c : bar.getComponents()) {
            if (c instanceof JButton || c instanceof JToolBar.Separator) {
                sandboxControls.add((JComponent) c);
            }
        }
        bar.add(javax.swing.Box.createHorizontalGlue());
        JToggleButton themeButton = new JToggleButton(theme);
        themeButton.setName("themeToggle");
        themeButton.setFocusable(false);
        bar.add(themeButton);
        getRootPane().getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW)
                .put((javax.swing.KeyStroke) play.getValue(Action.ACCELERATOR_KEY), "playPause");
        getRootPane().getActionMap().put("playPause", play);

        // Left: data and training
        WidthTrackingPanel left = new WidthTrackingPanel(
                new MigLayout("insets 0 0 8 0, gap 0, wrap 1, fillx", "[grow,fill]"));
        left.add(dataPanel);
        left.add(trainingPanel);
        JScrollPane leftScroll = new JScrollPane(left, JScrollPane.VERTICAL_SCROLLBAR_AS_NEEDED,
                JScrollPane.HORIZONTAL_SCROLLBAR_NEVER);
        leftScroll.setBorder(BorderFactory.createMatteBorder(0, 0, 0, 1, UIManager.getColor("Separator.foreground")));
        leftScroll.getVerticalScrollBar().setUnitIncrement(16);

        // Centre: messages, explanation, network
        JPanel north = new JPanel(new MigLayout("insets 0, gap 0, wrap 1, fillx, hidemode 3", "[grow,fill]"));
        north.add(banner);
        north.add(explanation);
        centreView = networkPanel;
        centre.add(north, BorderLayout.NORTH);
        centre.add(networkPanel, BorderLayout.CENTER);

        // Right: output view over tabs
        outputTitle.putClientProperty("FlatLaf.styleClass", "h3");
        output.add(outputTitle, "wrap");
        output.add(outputView, "grow");
        outputComponent = outputView;
        tabs.setName("tabs");
        tabs.addTab("Loss", lossChart);
        tabs.addTab("Gradients", diagnostics);
        tabs.addTab("Plugins", new PluginsPanel(model, reload));
        // Backprop and Inside take the centre (in place of the network editor) while their tab is selected
        BackpropTab backprop = new BackpropTab(model);
        CentreTab backpropTab = new CentreTab("backpropNote", backprop, "The backprop step-through is in the centre "
                + "while this tab is open. Click a training point in the output view above to step through it; "
                + "← and → step. Open another tab to edit the network again.");
        tabs.addTab("Backprop", backpropTab);
        tabs.addTab("Inside", new CentreTab("insideNote", new InsideTab(model), "Histograms of the weights, "
                + "gradients and activations of each layer, and the update-to-weight ratios, are in the centre while "
                + "this tab is open. Press Play to watch them change. Open another tab to edit the network again."));
        RunsPanel runs = new RunsPanel(model);
        tabs.addTab("Runs", runs);
        CentreTab.install(this, tabs);
        outputView.setTrainPointListener(i -> { // a clicked training point: step through backprop on it
            tabs.setSelectedComponent(backpropTab);
            backprop.selectSample(i);
        });
        JSplitPane right = new JSplitPane(JSplitPane.VERTICAL_SPLIT, output, tabs);
        right.setResizeWeight(0.55);
        right.setContinuousLayout(true);
        RoomyTabs.install(tabs, right, java.util.Set.of(runs));
        right.setBorder(BorderFactory.createMatteBorder(0, 1, 0, 0, UIManager.getColor("Separator.foreground")));

        content = new JPanel(new MigLayout("fill, insets 0, gap 0, hidemode 3", STANDARD_COLUMNS,
                "[][grow,fill][]"));
        content.add(bar, "cell 0 0 3 1, growx");
        content.add(leftScroll, "cell 0 1, grow");
        content.add(centre, "cell 1 1, grow");
        content.add(right, "cell 2 1, grow");
        content.add(statusBar, "cell 0 2 3 1, growx");
        sandboxControls.add(leftScroll);
        sandboxControls.add(right);
        sandboxControls.add(statusBar);
        setContentPane(content);
        setSize(1280, 800);
        setMinimumSize(new Dimension(1100, 680));
        setLocationRelativeTo(null);

        fileDrop = new FileDrop(() -> reload.actionPerformed(null), fileActions::open, dataPanel::importCsv,
                this::notice);
        setTransferHandler(fileDrop);
        getRootPane().setTransferHandler(fileDrop);

        frames = new Timer(FRAME_MILLIS, e -> frame());
        frames.start();
        addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosing(WindowEvent e) {
                closeIfSaved();
            }

            @Override
            public void windowClosed(WindowEvent e) {
                frames.stop();
                noticeTimer.stop();
                model.close();
            }
        });
        noticeTimer.setRepeats(false);
    }

    private static JButton toolButton(Action a, String name) {
        JButton b = new JButton(a);
        b.setName(name);
        b.setFocusable(false);
        return b;
    }

    /** Closes the window, first offering to save unsaved work. */
    private void closeIfSaved() {
        if (model.hasUnsavedWork()) {
            int answer = javax.swing.JOptionPane.showConfirmDialog(this,
                    "The experiment has unsaved changes. Save them before closing?", "MLP Sandbox",
                    javax.swing.JOptionPane.YES_NO_CANCEL_OPTION, javax.swing.JOptionPane.QUESTION_MESSAGE);
            if (answer == javax.swing.JOptionPane.CANCEL_OPTION || answer == javax.swing.JOptionPane.CLOSED_OPTION
                    || (answer == javax.swing.JOptionPane.YES_OPTION && !fileActions.save(false))) {
                return;
            }
        }
        dispose();
    }

    private void openPluginFolder() {
        try {
            java.nio.file.Path folder = PluginFolders.createDefaultFolder();
            if (java.awt.Desktop.isDesktopSupported()
                    && java.awt.Desktop.getDesktop().isSupported(java.awt.Desktop.Action.OPEN)) {
                java.awt.Desktop.getDesktop().open(folder.toFile());
            } else {
                notice("Plugin folder: " + folder);
            }
        } catch (java.io.IOException | RuntimeException ex) {
            notice("Plugin folder " + PluginFolders.defaultFolder() + ": " + ex.getMessage());
        }
    }

    /** One frame: take the latest snapshot and show it. */
    private void frame() {
        long t0 = CpuClock.now();
        Optional<Snapshot> s = model.poll();
        if (s.isPresent()) {
            Snapshot snapshot = s.get();
            statusBar.show(snapshot);
            outputView.update(snapshot);
            networkPanel.update(snapshot);
            if (snapshot.state() == TrainingSession.State.STOPPED) {
                banner.show(snapshot.message(), "Reset", model::reset);
            } else {
                banner.show("", null, null);
            }
        } else {
            statusBar.show(null);
            banner.show(model.problem(), null, null);
        }
        if (frameCount++ % 3 == 0) {
            lossChart.sync();
            diagnostics.sync();
        }
        lastFrameNanos = CpuClock.now() - t0;
    }

    /** The window's state: apply a lesson's {@link org.mlpsandbox.app.model.Setup} with {@code model().apply}. */
    public SandboxModel model() {
        return model;
    }

    /** Adds a menu to the menu bar (a Lessons menu, say). */
    public void addMenu(JMenu menu) {
        menus.add(menu);
        menus.revalidate();
    }

    /** Shows an explanation (simple HTML) above the centre view; replaces any shown before. */
    public void showExplanation(String title, String html) {
        explanation.show(title, html);
    }

    /**
     * Shows an explanation whose close button reads {@code closeLabel} (e.g. "Close lesson") and runs
     * {@code onClose} instead of only hiding the panel.
     */
    public void showExplanation(String title, String html, String closeLabel, Runnable onClose) {
        explanation.show(title, html, closeLabel, onClose);
    }

    /** Whether an explanation is showing. */
    public boolean isExplanationShowing() {
        return explanation.isVisible();
    }

    /** The explanation's title as shown (for tests and lessons). */
    public String explanationTitle() {
        return explanation.title();
    }

    public void hideExplanation() {
        explanation.setVisible(false);
    }

    /** Replaces the centre view (the network editor) with another component. */
    public void setCentreView(JComponent view) {
        centre.remove(centreView);
        centreView = view;
        centre.add(view, BorderLayout.CENTER);
        centre.revalidate();
        centre.repaint();
    }

    /** Puts the network editor back in the centre. */
    public void restoreCentreView() {
        setCentreView(networkPanel);
    }

    /** The component in the centre now (the network editor unless replaced). */
    public JComponent centreView() {
        return centreView;
    }

    /**
     * Shows or hides the sandbox's own controls (data and training on the left, output and charts on the right, the
     * status bar, and Play, Step, Reset and Speed in the tool bar), e.g. while a lesson with its own interactive view fills the centre.
     */
    public void setSandboxControlsVisible(boolean visible) {
        for (JComponent c : sandboxControls) {
            c.setVisible(visible);
        }
        layoutColumns();
        getContentPane().revalidate();
        getContentPane().repaint();
    }

    private void layoutColumns() {
        ((MigLayout) content.getLayout()).setColumnConstraints(sandboxControlsVisible() ? STANDARD_COLUMNS
                : CENTRE_ONLY_COLUMNS);
        content.revalidate();
    }

    /** Whether the sandbox's own controls are showing (see {@link #setSandboxControlsVisible}). */
    public boolean sandboxControlsVisible() {
        return sandboxControls.get(0).isVisible();
    }

    /** Replaces the output view (decision boundary or curve) with another component, under another title. */
    public void setOutputView(String title, JComponent view) {
        output.remove(outputComponent);
        outputComponent = view;
        outputTitle.setText(title);
        output.add(view, "grow");
        layoutColumns();
        output.revalidate();
        output.repaint();
    }

    /** Puts the decision boundary / curve view back. */
    public void restoreOutputView() {
        setOutputView("Output", outputView);
    }

    /** The component in the output area now. */
    public JComponent outputArea() {
        return outputComponent;
    }

    /** Selects the tab under the output view with this title ("Loss", "Gradients", "Plugins"), if there is one. */
    public void selectTab(String title) {
        int i = tabs.indexOfTab(title);
        if (i >= 0) {
            tabs.setSelectedIndex(i);
        }
    }

    /** The title of the selected tab under the output view. */
    public String selectedTab() {
        return tabs.getTitleAt(tabs.getSelectedIndex());
    }

    /** The passing message now shown in the tool bar, or empty. */
    public String noticeText() {
        return notice.getText();
    }

    /** A passing message in the tool bar (cleared after a few seconds); the whole text is in its tooltip. */
    public void notice(String text) {
        String line = text.lines().findFirst().orElse("");
        notice.setText(line.length() > 150 ? line.substring(0, 149) + "…" : line);
        notice.setToolTipText(text.isEmpty() ? null : text);
        noticeTimer.restart();
    }

    /** CPU time the last frame's updates (not the painting) took on the event thread, in nanoseconds. */
    public long lastFrameNanos() {
        return lastFrameNanos;
    }

    FileActions fileActions() {
        return fileActions;
    }

    FileDrop fileDrop() {
        return fileDrop;
    }

    OutputView outputView() {
        return outputView;
    }

    LossChartPanel lossChart() {
        return lossChart;
    }

    DataPanel dataPanel() {
        return dataPanel;
    }

    /** The message shown in the banner, or empty. */
    String bannerMessage() {
        return banner.message();
    }

}
