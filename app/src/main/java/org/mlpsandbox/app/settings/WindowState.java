package org.mlpsandbox.app.settings;

import java.awt.Dimension;
import java.awt.Rectangle;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.prefs.Preferences;

/**
 * The main window's bounds, whether it was maximized, and where its splitters were (as a fraction of the split), kept
 * in the user's preferences; and where saved bounds may go on the screens there are now, so a window saved on a
 * screen that is gone (a projector unplugged) never opens out of sight.
 */
public final class WindowState {

    /** Of a saved window, at least this much must be on a screen for it to open there (else it opens centred). */
    static final int MIN_VISIBLE_WIDTH = 160;
    static final int MIN_VISIBLE_HEIGHT = 80;

    private final Preferences prefs;

    public WindowState(Preferences prefs) {
        this.prefs = Objects.requireNonNull(prefs);
    }

    /** The user's window state (kept where {@link UserSettings} says). */
    public static WindowState forUser() {
        return new WindowState(UserSettings.node("window"));
    }

    /** The bounds saved last (of the window when it was not maximized), if any. */
    public Optional<Rectangle> bounds() {
        int w = prefs.getInt("width", -1);
        int h = prefs.getInt("height", -1);
        if (w <= 0 || h <= 0) {
            return Optional.empty();
        }
        return Optional.of(new Rectangle(prefs.getInt("x", 0), prefs.getInt("y", 0), w, h));
    }

    public boolean maximized() {
        return prefs.getBoolean("maximized", false);
    }

    /** Remembers the window's normal (not maximized) bounds and whether it is maximized. */
    public void save(Rectangle normalBounds, boolean maximized) {
        prefs.putInt("x", normalBounds.x);
        prefs.putInt("y", normalBounds.y);
        prefs.putInt("width", normalBounds.width);
        prefs.putInt("height", normalBounds.height);
        prefs.putBoolean("maximized", maximized);
    }

    /** Where the splitter {@code name} was, as a fraction (0..1) of its split, if saved. */
    public OptionalDouble split(String name) {
        double f = prefs.getDouble("split." + name, Double.NaN);
        return f > 0 && f < 1 ? OptionalDouble.of(f) : OptionalDouble.empty();
    }

    public void saveSplit(String name, double fraction) {
        if (fraction > 0 && fraction < 1) {
            prefs.putDouble("split." + name, fraction);
        }
    }

    /**
     * Where a window saved at {@code saved} opens on {@code screens} (their usable areas): on the screen it overlaps
     * most, moved and shrunk (never below {@code minimum}) to lie wholly on it; empty when it overlaps no screen by
     * at least {@value #MIN_VISIBLE_WIDTH}×{@value #MIN_VISIBLE_HEIGHT} pixels (then open it centred).
     */
    public static Optional<Rectangle> placeOn(Rectangle saved, List<Rectangle> screens, Dimension minimum) {
        Rectangle best = null;
        long bestArea = 0;
        for (Rectangle s : screens) {
            Rectangle overlap = s.intersection(saved);
            long area = overlap.isEmpty() ? 0 : (long) overlap.width * overlap.height;
            if (overlap.width >= MIN_VISIBLE_WIDTH && overlap.height >= MIN_VISIBLE_HEIGHT && area > bestArea) {
                best = s;
                bestArea = area;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        int w = Math.max(Math.min(saved.width, best.width), Math.min(minimum.width, best.width));
        int h = Math.max(Math.min(saved.height, best.height), Math.min(minimum.height, best.height));
        int x = Math.max(best.x, Math.min(saved.x, best.x + best.width - w));
        int y = Math.max(best.y, Math.min(saved.y, best.y + best.height - h));
        return Optional.of(new Rectangle(x, y, w, h));
    }

    /**
     * The size of a window's first opening: {@code preferred}, shrunk (never below {@code minimum}, nor beyond the
     * screen) to fit the screen's usable area {@code usable}, so that a 1024x768 projector shows the whole window.
     */
    public static Dimension firstSize(Dimension preferred, Rectangle usable, Dimension minimum) {
        return placeOn(new Rectangle(usable.x, usable.y, preferred.width, preferred.height), List.of(usable), minimum)
                .map(Rectangle::getSize).orElse(preferred);
    }
}
