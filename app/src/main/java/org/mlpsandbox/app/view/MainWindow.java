package org.mlpsandbox.app.view;

import java.awt.Dimension;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.util.List;
import java.util.function.Supplier;
import javax.swing.Action;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.KeyStroke;
import javax.swing.Timer;
import javax.swing.WindowConstants;
import org.mlpsandbox.app.action.FileActions;
import org.mlpsandbox.app.action.ZoomAction;
import org.mlpsandbox.app.model.RunControl;
import org.mlpsandbox.app.model.SandboxModel;
import org.mlpsandbox.app.settings.WindowState;
import org.mlpsandbox.engine.plugin.PluginRegistry;

/**
 * The one main window: puts the {@link SandboxContent} (panels, actions, menus, tool bar and their layout) in a frame
 * and runs the frames: a Swing timer about 30 times a second trains the frame's batches at the watched speeds
 * ({@link RunControl#stepFrame()}), takes the latest snapshot and hands it to the views; nothing here reads the live
 * network. Lessons and other extensions use its {@link #host()}.
 */
public final class MainWindow extends JFrame {

    /** Timer period: about 30 frames a second. */
    static final int FRAME_MILLIS = 33;

    private final SandboxModel model;
    private final SandboxContent content;
    private final Timer frames;
    private final FileDrop fileDrop;
    private final WindowStateKeeper windowState;
    private final org.mlpsandbox.engine.plugin.PluginFolderWatch pluginWatch;
    private long lastFrameNanos;

    public MainWindow(SandboxModel model, Supplier<PluginRegistry> pluginLoader) {
        super("MLP Sandbox");
        this.model = model;
        setName("mainWindow");
        setDefaultCloseOperation(WindowConstants.DO_NOTHING_ON_CLOSE);

        content = new SandboxContent(model, pluginLoader, this,
                () -> dispatchEvent(new WindowEvent(this, WindowEvent.WINDOW_CLOSING)));
        setJMenuBar(content.menuBar());
        Action play = content.actions().play();
        getRootPane().getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW)
                .put((KeyStroke) play.getValue(Action.ACCELERATOR_KEY), "playPause");
        getRootPane().getActionMap().put("playPause", play);
        bindMoreZoomKeys();
        setContentPane(content.layout());
        setMinimumSize(new Dimension(960, 600)); // a 1024x768 projector, less its panels
        windowState = new WindowStateKeeper(this, content.layout().rightColumn(), WindowState.forUser());
        windowState.restore(new Dimension(1280, 800));

        fileDrop = new FileDrop(() -> content.actions().reload().actionPerformed(null), fileActions()::openAsking,
                content.dataPanel()::importCsv, this::notice);
        setTransferHandler(fileDrop);
        getRootPane().setTransferHandler(fileDrop);

        pluginWatch = watchPluginFolders();
        frames = new Timer(FRAME_MILLIS, e -> frame());
        frames.start();
        addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosing(WindowEvent e) {
                closeIfSaved();
            }

            @Override
            public void windowClosed(WindowEvent e) {
                windowState.save();
                frames.stop();
                if (pluginWatch != null) {
                    pluginWatch.close();
                }
                content.dispose();
                model.close();
            }
        });
    }

    /** Ctrl with the = key (where + is on most keyboards) and the keypad's + and − zoom too. */
    private void bindMoreZoomKeys() {
        for (ZoomAction a : content.menuBar().zoomActions()) {
            List<KeyStroke> keys = a.kind() == ZoomAction.Kind.IN ? ZoomAction.MORE_ZOOM_IN
                    : a.kind() == ZoomAction.Kind.OUT ? ZoomAction.MORE_ZOOM_OUT : List.of();
            for (KeyStroke k : keys) {
                getRootPane().getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW).put(k, "zoom." + a.kind());
            }
            getRootPane().getActionMap().put("zoom." + a.kind(), a);
        }
    }

    /**
     * Live reload for plugin authors: a jar added, rebuilt or removed in a plugin folder is reloaded (and checked)
     * about half a second after the folder goes quiet, through the same action as Plugins → Reload. {@code null} when
     * there is no folder to watch or the system cannot watch it.
     */
    private org.mlpsandbox.engine.plugin.PluginFolderWatch watchPluginFolders() {
        if (model.plugins().locations().isEmpty()) {
            return null;
        }
        try {
            return org.mlpsandbox.engine.plugin.PluginFolderWatch.start(model.plugins().locations(),
                    () -> javax.swing.SwingUtilities.invokeLater(this::reloadPlugins));
        } catch (java.io.IOException e) {
            return null;
        }
    }

    /** Reloads the plugins now, or once the reload already running has finished. */
    private void reloadPlugins() {
        Action reload = content.actions().reload();
        if (reload.isEnabled()) {
            reload.actionPerformed(null);
        } else {
            Timer later = new Timer(200, e -> reloadPlugins());
            later.setRepeats(false);
            later.start();
        }
    }

    /** Closes the window, first offering to save unsaved work. */
    private void closeIfSaved() {
        if (fileActions().saveOrDiscard("The experiment has unsaved changes. Save them before closing?")) {
            dispose();
        }
    }

    /** One frame of updates, timed. */
    private void frame() {
        long t0 = CpuClock.now();
        content.frame();
        lastFrameNanos = CpuClock.now() - t0;
    }

    /** The window's state. */
    public SandboxModel model() {
        return model;
    }

    /** What lessons and other extensions may do with the window. */
    public LessonHost host() {
        return content.layout();
    }

    /** A passing message in the tool bar (cleared after a few seconds). */
    public void notice(String text) {
        content.notice(text);
    }

    /** CPU time the last frame's updates (not the painting) took on the event thread, in nanoseconds. */
    public long lastFrameNanos() {
        return lastFrameNanos;
    }

    /**
     * Who answers "save the unsaved work first?" (opening a file or a lesson, New, closing): a dialog unless a test
     * answers itself.
     */
    public void setUnsavedWorkQuestion(java.util.function.Function<String, FileActions.Answer> askUser) {
        fileActions().setQuestion(askUser);
    }

    FileActions fileActions() {
        return content.fileActions();
    }

    FileDrop fileDrop() {
        return fileDrop;
    }

    OutputView outputView() {
        return content.outputView();
    }

    LossChartPanel lossChart() {
        return content.lossChart();
    }

    DataPanel dataPanel() {
        return content.dataPanel();
    }

    /** The message shown in the banner, or empty. */
    String bannerMessage() {
        return content.layout().banner().message();
    }
}
