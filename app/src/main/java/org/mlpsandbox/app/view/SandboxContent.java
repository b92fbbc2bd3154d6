package org.mlpsandbox.app.view;

import java.awt.Component;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.swing.JComponent;
import javax.swing.JTabbedPane;
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
 * Everything inside the main window, without the frame: the panels, the actions, the {@link SandboxMenuBar}, the
 * {@link SandboxToolBar} and the {@link SandboxLayout} that holds them, and one {@link #frame()} of updates. The
 * {@link MainWindow} puts it in a frame and runs the frames on a timer; {@link WindowRenderer} builds the very same
 * content without a frame (headless) and paints it into an image.
 */
final class SandboxContent {

    private final SandboxModel model;
    private final SandboxLayout layout;
    private final SandboxMenuBar menus;
    private final SandboxToolBar bar;
    private final WindowActions actions;
    private final NetworkPanel networkPanel;
    private final OutputView outputView;
    private final LossChartPanel lossChart;
    private final DiagnosticsPanel diagnostics;
    private final StatusBar statusBar;
    private final DataPanel dataPanel;
    private final FileActions fileActions;
    private final JTabbedPane tabs = new WholeTitleTabs(); // never "Back..." in a zoomed narrow column
    /** The Backprop tab (its note) and its step-through, set up with the tabs. */
    private CentreTab backpropTab;
    private BackpropTab backprop;
    private long frameCount;

    /**
     * @param dialogParent the window that owns the dialogs (file choosers, questions), or {@code null}
     * @param quit         closes the window (offering to save first)
     */
    SandboxContent(SandboxModel model, Supplier<PluginRegistry> pluginLoader, Component dialogParent, Runnable quit) {
        this.model = model;
        networkPanel = new NetworkPanel(model);
        outputView = new OutputView(model);
        lossChart = new LossChartPanel(model);
        diagnostics = new DiagnosticsPanel(model);
        statusBar = new StatusBar(model);
        dataPanel = new DataPanel(model, outputView::setShowTest);

        Consumer<String> notice = this::notice;
        actions = new WindowActions(new PlayPauseAction(model), StepAction.batch(model),
                StepAction.epoch(model), new ResetAction(model), new ThemeToggleAction(),
                new ReloadPluginsAction(model, pluginLoader, notice));
        fileActions = new FileActions(model, dialogParent, notice, RecentFiles.forUser());
        ExportAction[] chartExports = {
            ExportAction.png(dialogParent, f -> lossChart.exportPng(f, 1200, 700), notice),
            ExportAction.csv(dialogParent, lossChart::exportCsv, notice)};
        menus = new SandboxMenuBar(dialogParent, model, actions, fileActions, chartExports, quit, notice);
        bar = new SandboxToolBar(model, actions);

        fillTabs(actions.reload());
        layout = new SandboxLayout(model, menus, bar, leftColumn(model), networkPanel, outputView, tabs, statusBar);
        CentreTab.install(layout, tabs);
        linkBackprop();
        installClassroomControls(model);
        layout.setReplaceExperiment(fileActions::replaceExperiment);
    }

    /**
     * Classroom controls: the controls a lesson hides ({@link org.mlpsandbox.app.model.ControlNames}) disappear from
     * the whole window and its menus, and a strip above the centre offers the teacher "Show all".
     */
    private void installClassroomControls(SandboxModel model) {
        layout.addAboveCentre(new ClassroomBar(model.classroom()));
        new ControlHider(model.classroom(), java.util.List.of(layout, menus));
    }

    /** Data and training settings, scrolling when the window is short, stacked when it is narrow. */
    private JComponent leftColumn(SandboxModel model) {
        return LeftColumn.of(dataPanel, new TrainingPanel(model));
    }

    /**
     * The tabs under the output view: loss, gradients, plugins, backprop, inside, runs. Choosing one never moves the
     * split above them; the plugins and runs tabs scroll when the split leaves them short.
     */
    private void fillTabs(ReloadPluginsAction reload) {
        tabs.setName("tabs");
        tabs.addTab("Loss", OneWayScroller.sideways(lossChart)); // its row of controls: sideways when zoomed
        tabs.addTab("Gradients", diagnostics);
        tabs.addTab("Plugins", OneWayScroller.vertical(new PluginsPanel(model, reload)));
        // Backprop and Inside take the centre (in place of the network editor) while their tab is selected
        backprop = new BackpropTab(model);
        backpropTab = new CentreTab("backpropNote", backprop, backpropNote(null));
        tabs.addTab("Backprop", backpropTab);
        tabs.addTab("Inside", new CentreTab("insideNote", new InsideTab(model), "Histograms of the weights, "
                + "gradients and activations of each layer, and the update-to-weight ratios, are in the centre while "
                + "this tab is open. Press Play to watch them change. Open another tab to edit the network again."));
        tabs.addTab("Runs", OneWayScroller.vertical(new RunsPanel(model)));
        tabs.addTab("Leaderboard", new LeaderboardPanel(model));
        outputView.setTrainPointListener(i -> { // a clicked training point: step through backprop on it
            tabs.setSelectedComponent(backpropTab);
            backprop.selectSample(i);
        });
    }

    /** The Backprop tab's note: what to click to pick a sample ({@code null}: a training point in the output view). */
    private static String backpropNote(String pick) {
        return "The backprop step-through is in the centre while this tab is open. "
                + (pick == null ? "Click a training point in the output view above to step through it" : pick)
                + "; ← and → step. Open another tab to edit the network again.";
    }

    /** Lets lessons pick the Backprop tab's sample elsewhere than the output view (the digits lesson's gallery). */
    private void linkBackprop() {
        layout.setBackprop((data, i) -> {
            tabs.setSelectedComponent(backpropTab);
            backprop.selectSample(data, i);
        }, hint -> {
            backpropTab.setNote(backpropNote(hint == null ? null : Character.toUpperCase(hint.charAt(0)) + hint.substring(1)));
            backprop.setHint(hint);
        });
    }

    /** One frame: train this frame's batches (at a watched speed), take the latest snapshot and show it. */
    void frame() {
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
            } else if (snapshot.state() == TrainingSession.State.FINISHED && !snapshot.message().isEmpty()) {
                banner.show(snapshot.message(), MessageBanner.Kind.INFO, null, null); // a stop condition ended Play
            } else {
                banner.show(model.run().notice(), null, null); // empty, or what became of a stuck run
            }
        } else {
            statusBar.show(null);
            banner.show(model.run().problem(), null, null);
        }
        if (frameCount++ % 3 == 0) {
            lossChart.sync();
            diagnostics.sync();
        }
    }

    /** Brings the charts up to date now (a frame does it every third time). */
    void syncCharts() {
        lossChart.sync();
        diagnostics.sync();
    }

    void notice(String text) {
        bar.notice(text);
    }

    /** Stops the tool bar's timers. */
    void dispose() {
        bar.dispose();
    }

    SandboxModel model() {
        return model;
    }

    SandboxLayout layout() {
        return layout;
    }

    SandboxMenuBar menuBar() {
        return menus;
    }

    WindowActions actions() {
        return actions;
    }

    JTabbedPane tabs() {
        return tabs;
    }

    FileActions fileActions() {
        return fileActions;
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
}
