package org.mlpsandbox.app.view.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mlpsandbox.app.view.Gui.await;
import static org.mlpsandbox.app.view.Gui.edt;
import static org.mlpsandbox.app.view.Gui.run;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PlayButtonTest {

    @Test
    void clickingPlaysAndPausesAndATickCanStopIt() throws Exception {
        AtomicInteger ticks = new AtomicInteger();
        PlayButton[] holder = new PlayButton[1];
        run(() -> holder[0] = new PlayButton(5, () -> {
            if (ticks.incrementAndGet() == 3) {
                holder[0].setPlaying(false);
            }
        }));
        PlayButton play = holder[0];
        assertEquals("Play", edt(play::getText));
        run(play::doClick);
        assertEquals("Pause", edt(play::getText));
        await("three ticks", 5000, () -> !play.isPlaying());
        assertEquals(3, ticks.get());
        assertEquals("Play", edt(play::getText));
        run(play::doClick);
        assertTrue(edt(play::isPlaying));
        run(play::doClick);
        assertFalse(edt(play::isPlaying));
    }
}
