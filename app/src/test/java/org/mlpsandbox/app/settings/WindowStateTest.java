package org.mlpsandbox.app.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Dimension;
import java.awt.Rectangle;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WindowStateTest {

    private static final Rectangle LAPTOP = new Rectangle(0, 0, 1920, 1080);
    private static final Rectangle PROJECTOR = new Rectangle(1920, 0, 1024, 768);
    private static final Dimension MIN = new Dimension(960, 600);

    @Test
    void boundsMaximizedAndSplitAreRememberedInTheGivenPreferences() {
        MemoryPreferences prefs = new MemoryPreferences();
        WindowState state = new WindowState(prefs);
        assertTrue(state.bounds().isEmpty());
        assertTrue(state.split("right").isEmpty());
        state.save(new Rectangle(10, 20, 1300, 900), true);
        state.saveSplit("right", 0.4);
        WindowState again = new WindowState(prefs);
        assertEquals(Optional.of(new Rectangle(10, 20, 1300, 900)), again.bounds());
        assertTrue(again.maximized());
        assertEquals(0.4, again.split("right").orElseThrow(), 1e-12);
        again.saveSplit("right", 1.5); // nonsense is not kept
        assertEquals(0.4, again.split("right").orElseThrow(), 1e-12);
    }

    @Test
    void boundsOnAScreenStayAsTheyAre() {
        Rectangle saved = new Rectangle(100, 50, 1280, 800);
        assertEquals(Optional.of(saved), WindowState.placeOn(saved, List.of(LAPTOP, PROJECTOR), MIN));
    }

    @Test
    void boundsOnAScreenThatIsGoneOpenCentredInstead() {
        // saved on the projector, which is unplugged now
        Rectangle saved = new Rectangle(1950, 10, 1000, 700);
        assertTrue(WindowState.placeOn(saved, List.of(LAPTOP), MIN).isEmpty());
        // far off every screen
        assertTrue(WindowState.placeOn(new Rectangle(-5000, -4000, 1200, 800), List.of(LAPTOP), MIN).isEmpty());
        // no screens at all (headless)
        assertTrue(WindowState.placeOn(new Rectangle(0, 0, 1200, 800), List.of(), MIN).isEmpty());
    }

    @Test
    void boundsHalfOffAScreenMoveAndShrinkOntoIt() {
        // mostly on the laptop but hanging off its right and bottom edges, and taller than it
        Rectangle placed = WindowState.placeOn(new Rectangle(1500, 400, 1280, 1400), List.of(LAPTOP), MIN)
                .orElseThrow();
        assertTrue(LAPTOP.contains(placed), placed + " lies on " + LAPTOP);
        assertEquals(1280, placed.width);
        assertEquals(1080, placed.height);
        // above the top edge: the title bar comes back on screen
        Rectangle up = WindowState.placeOn(new Rectangle(200, -300, 1200, 800), List.of(LAPTOP), MIN).orElseThrow();
        assertEquals(0, up.y);
        assertFalse(up.width < MIN.width);
        // on the projector: shrunk to it, never below the minimum it can hold
        Rectangle small = WindowState.placeOn(new Rectangle(1900, 0, 1400, 900), List.of(LAPTOP, PROJECTOR), MIN)
                .orElseThrow();
        assertTrue(PROJECTOR.contains(small), small + " lies on " + PROJECTOR);
    }

    @Test
    void theFirstOpeningFitsASmallProjector() {
        Dimension min = new Dimension(960, 600);
        assertEquals(new Dimension(1024, 768),
                WindowState.firstSize(new Dimension(1280, 800), new Rectangle(0, 0, 1024, 768), min));
        assertEquals(new Dimension(1280, 800),
                WindowState.firstSize(new Dimension(1280, 800), new Rectangle(0, 0, 1920, 1080), min));
        // a screen smaller than the minimum: the whole screen, not beyond it
        assertEquals(new Dimension(800, 600),
                WindowState.firstSize(new Dimension(1280, 800), new Rectangle(0, 0, 800, 600), min));
    }
}
