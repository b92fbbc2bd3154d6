package org.mlpsandbox.app.view.lesson;

import javax.swing.JButton;
import javax.swing.Timer;

/** A Play/Pause button that owns the animation timer of an interactive lesson: each tick runs one animation step. */
final class PlayButton extends JButton {

    private final Timer timer;

    /**
     * @param millis time between ticks
     * @param tick   one animation step; may call {@link #setPlaying(boolean) setPlaying(false)} to stop
     */
    PlayButton(int millis, Runnable tick) {
        super("Play");
        timer = new Timer(millis, e -> tick.run());
        addActionListener(e -> setPlaying(!isPlaying()));
    }

    boolean isPlaying() {
        return timer.isRunning();
    }

    void setPlaying(boolean on) {
        if (on) {
            timer.start();
        } else {
            timer.stop();
        }
        setText(on ? "Pause" : "Play");
    }
}
