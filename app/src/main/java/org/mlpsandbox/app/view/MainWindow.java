package org.mlpsandbox.app.view;

import java.awt.Dimension;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.util.Optional;
import java.util.function.Supplier;
import javax.swing.Action;
import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JOptionPane;
import javax.swing.JScrollPane;
import javax.swing.JTabbedPane;
import javax.swing.KeyStroke;
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
import org.mlpsandbox.app.model.RunControl;
import org.mlpsandbox.app.model.SandboxModel;
import org.mlpsandbox.engine.plugin.PluginRegistry;
import org.mlpsandbox.engine.train.TrainingSession;
import org.mlpsandbox.engine.train.TrainingSession.Snapshot;

/**
 * The one main window: builds the panels, the actions, the {@link SandboxMenuBar} and the {@link SandboxToolBar}, lays
 * them out with a {@link SandboxLayout}, and runs the frames: a Swing timer about 30 times a second trains the frame's
 * batches at the watched speeds ({@link RunControl#stepFrame()}), takes the latest snapshot and hands it to the views;
 * nothing here reads the live network. Lessons and other extensions use its {@link #host()}.
 */
public final class MainWindow extends JFrame {

    /** Timer period: about 30 frames a second. */
    static final int FRAME_MILLIS = 33;

    private final SandboxModel model;
    private final SandboxLayout layout;
    private final SandboxToolBar bar;
    private final NetworkPanel networkPanel;
    private final OutputView outputView;
    private final LossChartPanel lossChart;
    private final DiagnosticsPanel diagnostics;
    private final StatusBar statusBar;
    private final DataPanel dataPanel;
    private final Timer frames;
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

        WindowActions actions = new WindowActions(new PlayPauseAction(model), StepAction.batch(model),
                StepAction.epoch(model), new ResetAction(model), new ThemeToggleAction(),
                new ReloadPluginsAction(model, pluginLoader, this::notice));
        fileActions = new FileActions(model, this, this::notice, RecentFiles.forUser());
        ExportAction[] chartExports = {
            ExportAction.png(this, f -> lossChart.exportPng(f, 1200, 700), this::notice),
            ExportAction.csv(this, lossChart::exportCsv, this::notice)};
        SandboxMenuBar menus = new SandboxMenuBar(this, model, actions, fileActions, chartExports,
                () -> dispatchEvent(new WindowEvent(this, WindowEvent.WINDOW_CLOSING)), this::notice);
        setJMenuBar(menus);
        bar = new SandboxToolBar(model, actions);
        Action play = actions.play();
        getRootPane().getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW)
                .put((KeyStroke) play.getValue(Action.ACCELERATOR_KEY), "playPause");
        getRootPane().getActionMap().put("playPause", play);

        JTabbedPane tabs = new JTabbedPane();
        RunsPanel runs = fillTabs(tabs, actions.reload());
        layout = new SandboxLayout(model, menus, bar, leftColumn(model), networkPanel, outputView, tabs, statusBar);
        RoomyTabs.install(tabs, layout.rightColumn(), java.util.Set.of(runs));
        CentreTab.install(layout, tabs);
        setContentPane(layout);
        setSize(1280, 800);
        setMinimumSize(new Dimension(1100, 680));
        setLocationRelativeTo(null);

        fileDrop = new FileDrop(() -> actions.reload().actionPerformed(null), fileActions::open,
                dataPanel::importCsv, this::notice);
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
                bar.dispose();
                model.close();
            }
        });
    }

    /** Data and training settings, scrolling when the window is short. */
    private JComponent leftColumn(SandboxModel model) {
        WidthTrackingPanel left = new WidthTrackingPanel(
                new MigLayout("insets 0 0 8 0, gap 0, wrap 1, fillx", "[grow,fill]"));
        left.add(dataPanel);
        left.add(new TrainingPanel(model));
        JScrollPane leftScroll = new JScrollPane(left, JScrollPane.VERTICAL_SCROLLBAR_AS_NEEDED,
                JScrollPane.HORIZONTAL_SCROLLBAR_NEVER);
        leftScroll.setBorder(BorderFactory.createMatteBorder(0, 0, 0, 1, UIManager.getColor("Separator.foreground")));
        leftScroll.getVerticalScrollBar().setUnitIncrement(16);
        return leftScroll;
    }

    /** The tabs under the output view: loss, gradients, plugins, backprop, inside, runs (returned). */
    private RunsPanel fillTabs(JTabbedPane tabs, ReloadPluginsAction reload) {
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
        outputView.setTrainPointListener(i -> { // a clicked training point: step through backprop on it
            tabs.setSelectedComponent(backpropTab);
            backprop.selectSample(i);
        });
        return runs;
    }

    /** Closes the window, first offering to save unsaved work. */
    private void closeIfSaved() {
        if (model.file().hasUnsavedWork()) {
            int answer = JOptionPane.showConfirmDialog(this,
                    "The experiment has unsaved changes. Save them before closing?", "MLP Sandbox",
                    JOptionPane.YES_NO_CANCEL_OPTION, JOptionPane.QUESTION_MESSAGE);
            if (answer == JOptionPane.CANCEL_OPTION || answer == JOptionPane.CLOSED_OPTION
                    || (answer == JOptionPane.YES_OPTION && !fileActions.save(false))) {
                return;
            }
        }
        dispose();
    }

    /** One frame: train this frame's batches (at a watched speed), take the latest snapshot and show it. */
    private void frame() {
        long t0 = CpuClock.now();
        model.run().stepFrame();
        Optional<Snapshot> s = model.run().poll();
        MessageBanner banner = layout.banner();
        if (s.isPresent()) {
            Snapshot snapshot = s.get();
            statusBar.show(snapshot);
            outputView.update(snapshot);
            networkPanel.update(snapshot);
            if (snapshot.state() == TrainingSession.State.STOPPED) {
                banner.show(snapshot.message(), "Reset", model.run()::reset);
            } else {
                banner.show("", null, null);
            }
        } else {
            statusBar.show(null);
            banner.show(model.run().problem(), null, null);
        }
        if (frameCount++ % 3 == 0) {
            lossChart.sync();
            diagnostics.sync();
        }
        lastFrameNanos = CpuClock.now() - t0;
    }

    /** The window's state. */
    public SandboxModel model() {
        return model;
    }

    /** What lessons and other extensions may do with the window. */
    public LessonHost host() {
        return layout;
    }

    /** A passing message in the tool bar (cleared after a few seconds). */
    public void notice(String text) {
        bar.notice(text);
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
        return layout.banner().message();
    }
}
