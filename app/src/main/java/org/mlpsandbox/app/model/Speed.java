package org.mlpsandbox.app.model;

/**
 * How fast Play trains. The watched speeds train a few batches each frame, when the window calls
 * {@link RunControl#stepFrame()} (about 30 times a second), slow enough to see the boundary form; {@link #FULL}
 * trains as fast as the computer goes on the session's own thread.
 */
public enum Speed {
    SLOW("Slow", 1),
    MEDIUM("Medium", 5),
    FAST("Fast", 25),
    FULL("Full", 0);

    private final String label;
    private final int stepsPerFrame;

    Speed(String label, int stepsPerFrame) {
        this.label = label;
        this.stepsPerFrame = stepsPerFrame;
    }

    /** Batches trained per frame, or 0 at full speed. */
    public int stepsPerFrame() {
        return stepsPerFrame;
    }

    /** Whether the session trains on its own thread instead of by the frame. */
    public boolean isFull() {
        return stepsPerFrame == 0;
    }

    @Override
    public String toString() {
        return label;
    }
}
