package org.mlpsandbox.app.view;

import java.awt.Component;
import java.awt.Container;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.lang.reflect.InvocationTargetException;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.JRootPane;
import javax.swing.SwingUtilities;
import org.mlpsandbox.app.lesson.Lesson;
import org.mlpsandbox.app.lesson.LessonLibrary;
import org.mlpsandbox.app.model.SandboxModel;
import org.mlpsandbox.app.settings.MemoryPreferences;
import org.mlpsandbox.app.view.lesson.LessonsMenu;
import org.mlpsandbox.engine.plugin.PluginRegistry;

/**
 * Paints the main window as it would look into an image, without a frame, so it works headless
 * ({@code java.awt.headless=true}): builds the window's {@link SandboxContent} in a root pane of the window's size,
 * opens a lesson, selects a tab and trains a few steps when asked, lays the tree out and prints it.
 *
 * <p>Call from any thread but the event thread (it waits for training and for lessons that load in the background).
 * Nothing is remembered: the preferences are in memory, the theme choice is not saved.
 */
public final class WindowRenderer {

    /** How long a lesson may take to load (the digits lesson reads 10,000 images) or training to reach its step. */
    private static final long WAIT_MILLIS = 60_000;
    /** The {@link Request#lesson()} that shows the start page (the lessons to choose from). */
    public static final String START_PAGE = "start";

    /**
     * What to render.
     *
     * @param lesson     a lesson's number (1, 2, …) or id, {@value #START_PAGE} for the start page, or {@code null}
     *                   for the sandbox
     * @param tab        the title of the tab to select under the output view (Loss, Gradients, Plugins, Backprop,
     *                   Inside, Runs), or {@code null}
     * @param trainSteps training batches to run before painting
     * @param zoom       the {@link Zoom} to draw at: 1 for 100 %, {@link Zoom#PRESENTATION} for presentation mode
     */
    public record Request(String lesson, String tab, boolean dark, int width, int height, int trainSteps,
            float zoom) {
        public Request {
            if (width < 200 || height < 200) {
                throw new IllegalArgumentException("the size must be at least 200x200, not " + width + "x" + height);
            }
            if (trainSteps < 0) {
                throw new IllegalArgumentException("--train-steps must not be negative: " + trainSteps);
            }
            if (!(zoom >= Zoom.MIN && zoom <= Zoom.MAX) || Zoom.clamp(zoom) != zoom) {
                throw new IllegalArgumentException("--zoom must be 1, 1.25, 1.5, 1.75 or 2, not " + zoom);
            }
        }

        /** At 100 %. */
        public Request(String lesson, String tab, boolean dark, int width, int height, int trainSteps) {
            this(lesson, tab, dark, width, height, trainSteps, Zoom.MIN);
        }
    }

    /** A built window content, ready to paint again and to be inspected by tests. Event thread only. */
    public static final class Scene {
        private final JRootPane root;
        private final SandboxContent content;
        private final LessonsMenu lessons;

        private Scene(JRootPane root, SandboxContent content, LessonsMenu lessons) {
            this.root = root;
            this.content = content;
            this.lessons = lessons;
        }

        /** The root pane: menu bar and content, sized as the window's inside. */
        public JRootPane root() {
            return root;
        }

        public SandboxModel model() {
            return content.model();
        }

        /** The Lessons menu and its opener (the lesson open now, its views). */
        public LessonsMenu lessons() {
            return lessons;
        }

        /** One frame of the window, as its timer would run it: takes the latest snapshot and shows it. */
        public void frame() {
            content.frame();
        }

        /** Resizes the window's inside (the next {@link #paint()} lays it out anew). */
        public void setSize(int width, int height) {
            root.setSize(width, height);
        }

        /**
         * Switches the theme as View → Dark theme does in the window: every component of the tree updates its UI
         * (there is no frame for FlatLaf to find).
         */
        public void useTheme(boolean dark) {
            Theme.use(dark);
            SwingUtilities.updateComponentTreeUI(root);
            content.frame(); // as the window's next frame would: the views repaint their pictures in the new colours
        }

        /** Zooms as View → Zoom in does in the window (see {@link Zoom}), without remembering it. */
        public void useZoom(float zoom) {
            Zoom.use(zoom);
            SwingUtilities.updateComponentTreeUI(root);
            content.frame();
        }

        /** Lays the whole tree out again (there is no frame to do it) and paints it. */
        public BufferedImage paint() {
            layOut(root);
            showSelectedTab(content.tabs());
            BufferedImage image = new BufferedImage(root.getWidth(), root.getHeight(), BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_LCD_HRGB);
            root.printAll(g);
            g.dispose();
            return image;
        }

        /** Stops the timers and the training thread. */
        public void close() {
            content.dispose();
            content.model().close();
        }
    }

    private WindowRenderer() {
    }

    /**
     * Builds the window content for {@code request} (not from the event thread).
     *
     * @throws IllegalArgumentException for an unknown lesson or tab
     */
    public static Scene build(Request request, PluginRegistry registry, LessonLibrary lessons)
            throws InterruptedException {
        Scene scene = onEdt(() -> {
            Theme.use(request.dark());
            Zoom.use(request.zoom());
            SandboxContent content = new SandboxContent(new SandboxModel(registry), () -> registry, null, () -> {
            });
            JRootPane root = new JRootPane();
            root.setJMenuBar(content.menuBar());
            root.setContentPane(content.layout());
            root.setSize(request.width(), request.height());
            LessonsMenu menu = LessonsMenu.install(content.layout(), lessons, new MemoryPreferences(), false);
            if (START_PAGE.equalsIgnoreCase(String.valueOf(request.lesson()).strip())) {
                menu.showStartPage();
            } else if (request.lesson() != null) {
                menu.opener().open(find(menu.loaded().lessons(), request.lesson()));
            }
            layOut(root);
            return new Scene(root, content, menu);
        });
        waitFor(scene, () -> !scene.lessons.opener().isLoading());
        if (request.tab() != null && !"Backprop".equalsIgnoreCase(request.tab())) {
            onEdt(() -> { // open while training, as a person watching it: the Inside tab's ratios build up a history
                selectTab(scene, request.tab());
                return null;
            });
        }
        train(scene, request.trainSteps());
        onEdt(() -> { // after training, as a person would open it: the Backprop tab takes the trained network
            if (request.tab() != null) {
                selectTab(scene, request.tab());
            }
            return null;
        });
        if (request.tab() != null) {
            settle(scene, 700); // a tab's own timers (Inside inspects twice a second) get to show their first result
        }
        return scene;
    }

    /** Builds, paints and closes. */
    public static BufferedImage render(Request request, PluginRegistry registry, LessonLibrary lessons)
            throws InterruptedException {
        Scene scene = build(request, registry, lessons);
        try {
            return onEdt(scene::paint);
        } finally {
            onEdt(() -> {
                scene.close();
                Zoom.use(Zoom.MIN); // nothing is remembered: the next window starts at 100 %
                return null;
            });
        }
    }

    private static Lesson find(java.util.List<Lesson> lessons, String key) {
        for (Lesson l : lessons) {
            if (l.id().equalsIgnoreCase(key) || String.valueOf(l.order()).equals(key.strip())) {
                return l;
            }
        }
        throw new IllegalArgumentException("no lesson '" + key + "'; the lessons are "
                + lessons.stream().map(l -> l.order() + " (" + l.id() + ")").toList());
    }

    private static void selectTab(Scene scene, String title) {
        var tabs = scene.content.tabs();
        for (int i = 0; i < tabs.getTabCount(); i++) {
            if (tabs.getTitleAt(i).equalsIgnoreCase(title.strip())) {
                tabs.setSelectedIndex(i);
                return;
            }
        }
        StringBuilder names = new StringBuilder();
        for (int i = 0; i < tabs.getTabCount(); i++) {
            names.append(i == 0 ? "" : ", ").append(tabs.getTitleAt(i));
        }
        throw new IllegalArgumentException("no tab '" + title + "'; the tabs are " + names);
    }

    /**
     * Trains {@code steps} batches in about 40 chunks, letting a frame record each chunk (so the loss chart has a
     * curve), and waits until the views show the last.
     */
    private static void train(Scene scene, int steps) throws InterruptedException {
        int chunk = Math.max(1, steps / 40);
        for (int done = 0; done < steps; done += chunk) {
            int target = Math.min(steps, done + chunk);
            int count = target - done;
            onEdt(() -> {
                inspectShown(scene.root); // an open Inside tab measures once a chunk, as its timer would in a window
                for (int i = 0; i < count; i++) {
                    scene.model().run().stepBatch();
                }
                return null;
            });
            waitFor(scene, () -> scene.model().run().latestSnapshot()
                    .map(s -> s.progress().step() >= target || s.state() != org.mlpsandbox.engine.train
                            .TrainingSession.State.PAUSED).orElse(true));
        }
        onEdt(() -> {
            scene.content.frame();
            scene.content.syncCharts();
            return null;
        });
    }

    /** Asks every shown Inside panel in the tree for an inspection (it runs between two training steps). */
    private static void inspectShown(Component c) {
        if (c instanceof org.mlpsandbox.app.view.inspect.InsideNetworkPanel inside) {
            inside.requestInspection();
        } else if (c instanceof java.awt.Container container) {
            for (Component child : container.getComponents()) {
                inspectShown(child);
            }
        }
    }

    /** Runs frames for {@code millis}, letting timers fire and background results arrive. */
    private static void settle(Scene scene, long millis) throws InterruptedException {
        long end = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < end) {
            onEdt(() -> {
                scene.content.frame();
                return null;
            });
            Thread.sleep(20);
        }
    }

    /** Polls {@code done} on the event thread (running frames meanwhile) until it holds or the wait is over. */
    private static void waitFor(Scene scene, java.util.function.BooleanSupplier done) throws InterruptedException {
        long end = System.currentTimeMillis() + WAIT_MILLIS;
        while (System.currentTimeMillis() < end) {
            boolean ok = onEdt(() -> {
                scene.content.frame();
                return done.getAsBoolean();
            });
            if (ok) {
                return;
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("timed out waiting for the window to settle");
    }

    /**
     * Lays out every container of the tree, parents first, as a frame's validation would, then paints it once into a
     * scratch image and lays it out again, as a shown window does after its first paint. An HTML label
     * ({@code <html>} text: the start page's cards, captions) learns the width it wraps to only when it is painted;
     * until then its preferred height is that of one line, so a layout without that paint left every card one line
     * high with its text cut. Everything is invalidated first, so no layout keeps sizes cached from an earlier size or
     * theme; the passes are two each time, as wrapping text settles on the second.
     */
    static void layOut(Component c) {
        invalidateTree(c);
        for (int pass = 0; pass < 2; pass++) {
            layOutTree(c);
        }
        if (c.getWidth() > 0 && c.getHeight() > 0) {
            BufferedImage scratch = new BufferedImage(c.getWidth(), c.getHeight(), BufferedImage.TYPE_INT_RGB);
            Graphics2D g = scratch.createGraphics();
            c.printAll(g); // the HTML views take their widths from this paint
            g.dispose();
            invalidateTree(c);
        }
        for (int pass = 0; pass < 2; pass++) {
            layOutTree(c);
        }
    }

    /**
     * Scrolls a one-row tab strip to its selected tab, as FlatLaf does in a window (it waits for the tabs to be
     * displayable, which they never are here).
     */
    private static void showSelectedTab(javax.swing.JTabbedPane tabs) {
        int i = tabs.getSelectedIndex();
        if (i < 0 || tabs.getTabLayoutPolicy() != javax.swing.JTabbedPane.SCROLL_TAB_LAYOUT) {
            return;
        }
        for (Component c : tabs.getComponents()) {
            if (c instanceof javax.swing.JViewport strip && strip.getView() instanceof javax.swing.JComponent view) {
                java.awt.Rectangle tab = tabs.getBoundsAt(i); // in the tabs' coordinates: back into the strip's view
                tab.translate(strip.getViewPosition().x - strip.getX(), strip.getViewPosition().y - strip.getY());
                view.scrollRectToVisible(tab);
            }
        }
    }

    private static void invalidateTree(Component c) {
        c.invalidate();
        if (c instanceof javax.swing.JTable table && table.getParent() instanceof javax.swing.JViewport viewport
                && viewport.getParent() instanceof javax.swing.JScrollPane scroll
                && scroll.getViewport() == viewport && scroll.getColumnHeader() == null) {
            // what JTable.addNotify does in a window: its header goes into the scroll pane (no frame calls it here)
            scroll.setColumnHeaderView(table.getTableHeader());
        }
        if (c instanceof Container container) {
            for (Component child : container.getComponents()) {
                invalidateTree(child);
            }
        }
    }

    private static void layOutTree(Component c) {
        if (c instanceof Container container) {
            container.doLayout();
            for (Component child : container.getComponents()) {
                layOutTree(child);
            }
        }
    }

    private static <T> T onEdt(Callable<T> task) throws InterruptedException {
        if (SwingUtilities.isEventDispatchThread()) {
            throw new IllegalStateException("WindowRenderer waits for the event thread: call it from another one");
        }
        AtomicReference<T> result = new AtomicReference<>();
        try {
            SwingUtilities.invokeAndWait(() -> {
                try {
                    result.set(task.call());
                } catch (RuntimeException e) {
                    throw e;
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
        return result.get();
    }
}
