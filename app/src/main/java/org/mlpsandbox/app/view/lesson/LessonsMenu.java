package org.mlpsandbox.app.view.lesson;

import java.awt.Desktop;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.prefs.Preferences;
import javax.swing.JMenu;
import javax.swing.JMenuItem;
import org.mlpsandbox.app.lesson.Lesson;
import org.mlpsandbox.app.lesson.LessonLibrary;
import org.mlpsandbox.app.lesson.LessonProblem;
import org.mlpsandbox.app.view.LessonHost;

/**
 * The Lessons menu and the start page of a main window: every lesson numbered with its title, then Start page,
 * Close lesson, Open lesson folder and Reload lessons. Lesson files that could not be used are named, with the reason,
 * in a notice, in the menu and on the start page; the others still load. Event thread only.
 *
 * <p>Install it when the window opens: {@code SandboxApp.run(registry, window -> LessonsMenu.install(window.host()))}.
 *
 * <p>Names for tests: {@code lessonsMenu}, {@code lesson.<id>}, {@code lessons.startPage}, {@code lessons.close},
 * {@code lessons.openFolder}, {@code lessons.reload}, {@code lessons.problems}.
 */
public final class LessonsMenu {

    /** The preference (under {@link #preferences()}) that hides the start page at start. */
    static final String DISMISSED = "startPageDismissed";

    private final LessonHost window;
    private final LessonLibrary library;
    private final Preferences prefs;
    private final JMenu menu = new JMenu("Lessons");
    private final LessonOpener opener;
    private LessonLibrary.Loaded loaded = new LessonLibrary.Loaded(List.of(), List.of());
    private StartPage startPage;

    LessonsMenu(LessonHost window, LessonLibrary library, Preferences prefs) {
        this.window = Objects.requireNonNull(window);
        this.library = Objects.requireNonNull(library);
        this.prefs = Objects.requireNonNull(prefs);
        this.opener = new LessonOpener(window, this::fill);
        menu.setName("lessonsMenu");
        menu.setMnemonic('L');
        window.model().file().addReplacedListener(this::experimentReplaced);
    }

    /** An opened file (a double-clicked one at start, say) shows itself, not the start page over it. */
    private void experimentReplaced() {
        if (startPage().isPresent()) {
            startPage = null;
            window.restoreCentreView();
            window.setSandboxControlsVisible(true);
        }
        fill();
    }

    /**
     * Adds the Lessons menu to {@code window}, with the lessons of {@link LessonLibrary#withDefaultFolder()}, and
     * shows the start page unless the user dismissed it.
     */
    public static LessonsMenu install(LessonHost window) {
        return install(window, LessonLibrary.withDefaultFolder(), preferences(), true);
    }

    /**
     * Adds the Lessons menu with the lessons of {@code library}, remembering the start page choice in {@code prefs}.
     *
     * @param startPage whether to show the start page now (unless dismissed)
     */
    public static LessonsMenu install(LessonHost window, LessonLibrary library, Preferences prefs,
                                      boolean startPage) {
        LessonsMenu m = new LessonsMenu(window, library, prefs);
        m.reload();
        window.addMenu(m.menu);
        if (startPage && !prefs.getBoolean(DISMISSED, false)) {
            m.showStartPage();
        }
        return m;
    }

    /** Where the start page choice is kept for the user. */
    static Preferences preferences() {
        return org.mlpsandbox.app.settings.UserSettings.node("lessons");
    }

    /** The lessons and problems of the last load. */
    public LessonLibrary.Loaded loaded() {
        return loaded;
    }

    public LessonOpener opener() {
        return opener;
    }

    public JMenu menu() {
        return menu;
    }

    /** The start page while it is showing. */
    public java.util.Optional<StartPage> startPage() {
        return java.util.Optional.ofNullable(startPage).filter(p -> window.centreView() == p);
    }

    /** Reads the lessons again (shipped and user folder), rebuilds the menu and names any skipped file. */
    public void reload() {
        loaded = library.load(window.model().plugins());
        fill();
        List<LessonProblem> problems = loaded.problems();
        if (!problems.isEmpty()) {
            window.notice(problems.size() == 1 ? "Lesson file skipped: " + problems.get(0)
                    : problems.size() + " lesson files skipped (Lessons menu lists them): " + problems.get(0));
        }
        if (startPage().isPresent()) {
            showStartPage();
        }
    }

    /**
     * Opens a lesson (closing any other or the start page). A lesson that replaces the experiment (its own data and
     * network) first asks Save / Don't save / Cancel when the experiment has unsaved work; nothing changes on Cancel.
     */
    public void open(Lesson lesson) {
        if (!LessonOpener.isCustom(lesson) && !window.replaceExperiment("Open lesson " + lesson.order() + ", " + lesson.title() + "? The experiment "
                + "shown now has unsaved changes; save them first?")) {
            return;
        }
        startPage = null;
        opener.open(lesson);
        fill();
    }

    /** Shows the start page in the centre, closing any open lesson. */
    public void showStartPage() {
        opener.close();
        startPage = new StartPage(loaded.lessons(), loaded.problems(), this::open, this::leaveStartPage,
                !prefs.getBoolean(DISMISSED, false), show -> remember(!show));
        window.setSandboxControlsVisible(false);
        window.setCentreView(startPage);
    }

    /** "Just play": the standard sandbox, and no start page at the next start. */
    private void leaveStartPage() {
        remember(true);
        startPage = null;
        window.restoreCentreView();
        window.setSandboxControlsVisible(true);
    }

    private void remember(boolean dismissed) {
        prefs.putBoolean(DISMISSED, dismissed);
        try {
            prefs.flush();
        } catch (java.util.prefs.BackingStoreException e) {
            window.notice("Could not save the start page setting: " + e.getMessage());
        }
    }

    private void fill() {
        menu.removeAll();
        String open = opener.current().map(Lesson::id).orElse("");
        for (Lesson lesson : loaded.lessons()) {
            JMenuItem item = new JMenuItem(lesson.order() + ".  " + lesson.title());
            item.setName("lesson." + lesson.id());
            item.setToolTipText(lesson.summary());
            if (lesson.id().equals(open)) {
                item.putClientProperty("FlatLaf.style", "font: bold");
            }
            item.addActionListener(e -> open(lesson));
            menu.add(item);
        }
        if (loaded.lessons().isEmpty()) {
            JMenuItem none = new JMenuItem("No lessons found");
            none.setEnabled(false);
            menu.add(none);
        }
        menu.addSeparator();
        menu.add(item("Start page", "lessons.startPage", e -> showStartPage()));
        JMenuItem close = item("Close lesson", "lessons.close", e -> opener.close());
        close.setEnabled(opener.current().isPresent());
        menu.add(close);
        menu.addSeparator();
        JMenuItem folder = item("Open lesson folder", "lessons.openFolder", e -> openFolder());
        folder.setToolTipText(library.userFolder() + " — put your own lesson files (.json) here");
        menu.add(folder);
        menu.add(item("Reload lessons", "lessons.reload", e -> reload()));
        if (!loaded.problems().isEmpty()) {
            JMenu problems = new JMenu(loaded.problems().size() + (loaded.problems().size() == 1
                    ? " lesson file skipped" : " lesson files skipped"));
            problems.setName("lessons.problems");
            for (LessonProblem p : loaded.problems()) {
                JMenuItem i = new JMenuItem(p.toString());
                i.addActionListener(e -> window.notice(p.toString()));
                problems.add(i);
            }
            menu.add(problems);
        }
    }

    private static JMenuItem item(String text, String name, java.awt.event.ActionListener action) {
        JMenuItem i = new JMenuItem(text);
        i.setName(name);
        i.addActionListener(action);
        return i;
    }

    private void openFolder() {
        Path folder = library.userFolder();
        try {
            Files.createDirectories(folder);
            if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
                Desktop.getDesktop().open(folder.toFile());
            } else {
                window.notice("Lesson folder: " + folder);
            }
        } catch (IOException | RuntimeException e) {
            window.notice("Lesson folder " + folder + ": " + e.getMessage());
        }
    }
}
