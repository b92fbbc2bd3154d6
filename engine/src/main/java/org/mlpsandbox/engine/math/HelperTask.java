package org.mlpsandbox.engine.math;

/**
 * A piece of work for the {@link Helper} thread to do while the caller does something that does not use it (a
 * plugin's optimizer step, say). {@link #start} hands it over if the helper is free; {@link #finish} waits for it, or
 * runs it on the caller when the helper was busy or is switched off. Either way it has run once after
 * {@code finish}. One thread uses a task; it can be started again after it finished. Allocates nothing.
 */
public final class HelperTask {

    private final Runnable work;
    private final boolean useHelper;
    private boolean started;
    /** The helper's handle on the work, or null when the helper did not take it. */
    private Helper.Handle handle;

    /** A task that uses the helper thread when the machine has a second processor. */
    public HelperTask(Runnable work) {
        this(work, Helper.available());
    }

    /** @param useHelper whether the work may run on the helper thread (false: {@link #finish} runs it here) */
    public HelperTask(Runnable work, boolean useHelper) {
        this.work = work;
        this.useHelper = useHelper;
    }

    /** Starts the work on the helper thread if it is free. */
    public void start() {
        if (started) {
            throw new IllegalStateException("the task is already started");
        }
        started = true;
        handle = useHelper ? Helper.tryStart(work) : null;
    }

    /** Waits for the work (or runs it here); rethrows what it threw. Not started: returns. */
    public void finish() {
        if (!started) {
            return;
        }
        Helper.Handle h = handle;
        started = false;
        handle = null;
        if (h != null) {
            h.join();
        } else {
            work.run();
        }
    }
}
