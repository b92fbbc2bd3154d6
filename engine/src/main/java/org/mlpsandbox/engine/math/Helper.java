package org.mlpsandbox.engine.math;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

/**
 * A second thread for the large matrix products: {@link JavaKernels} hands it one half of a product and does the other
 * half itself. One helper serves the whole program; whoever finds it busy (another training run, say) does both halves
 * itself, one after the other, so results do not depend on whether the helper took part.
 *
 * <p>Why not a thread pool: a product takes a few hundred microseconds, and waking a parked pool thread costs about
 * 70 µs on a virtual machine (measured). The helper instead keeps polling for a moment after each task, waiting for
 * the next one, which arrives within a step's time during training; it yields the processor while it polls, so a
 * thread with real work (the app drawing, say) goes first, and it parks when no task comes, so it costs nothing when
 * idle.
 */
final class Helper {

    /** How long the helper polls for a next task before it parks, and how long a caller polls before it parks. */
    private static final long SPIN_NANOS = 2_000_000;

    private static final Helper INSTANCE = new Helper();

    /** Taken by the caller whose task the helper is running; {@code tryStart} fails while taken. */
    private final AtomicBoolean busy = new AtomicBoolean();
    private final Thread thread;
    private volatile Runnable task;
    private volatile boolean done;
    private volatile Throwable failure;
    private volatile Thread waiter;
    /** Tasks the helper has run, for tests. */
    private volatile long tasksRun;

    private Helper() {
        thread = new Thread(this::loop, "mlp-sandbox-kernel-helper");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Whether this machine has a second processor for the helper to run on, and the helper is not switched off with
     * {@code -Dmlpsandbox.kernelThreads=1} (for measuring, or on a machine shared with other work).
     */
    static boolean available() {
        return Runtime.getRuntime().availableProcessors() > 1 && !"1".equals(System.getProperty(
                "mlpsandbox.kernelThreads"));
    }

    /**
     * Starts {@code work} on the helper thread, unless it is busy.
     *
     * @return a handle to {@link Handle#join} once the caller has done its own half, or {@code null} when the helper is
     *         busy (the caller then does {@code work} itself)
     */
    static Handle tryStart(Runnable work) {
        Helper h = INSTANCE;
        if (!h.busy.compareAndSet(false, true)) {
            return null;
        }
        h.done = false;
        h.failure = null;
        h.waiter = Thread.currentThread();
        h.task = work;
        LockSupport.unpark(h.thread);
        return h.handle;
    }

    private final Handle handle = new Handle();

    /** How many halves the helper has computed so far (for tests). */
    static long tasksRun() {
        return INSTANCE.tasksRun;
    }

    /** The running task of one caller. */
    final class Handle {

        /** Waits for the helper's half; rethrows what it threw. */
        void join() {
            long deadline = System.nanoTime() + SPIN_NANOS;
            while (!done) {
                if (System.nanoTime() < deadline) {
                    Thread.yield();
                } else {
                    LockSupport.parkNanos(this, 100_000);
                }
            }
            Throwable t = failure;
            waiter = null;
            busy.set(false);
            if (t instanceof RuntimeException e) {
                throw e;
            }
            if (t instanceof Error e) {
                throw e;
            }
        }
    }

    private void loop() {
        while (true) {
            Runnable work = awaitTask();
            try {
                work.run();
            } catch (Throwable t) {
                failure = t;
            }
            task = null;
            tasksRun++;
            done = true;
            Thread w = waiter;
            if (w != null) {
                LockSupport.unpark(w);
            }
        }
    }

    private Runnable awaitTask() {
        long deadline = System.nanoTime() + SPIN_NANOS;
        Runnable work;
        while ((work = task) == null) {
            if (System.nanoTime() < deadline) {
                Thread.yield();
            } else {
                LockSupport.park(this);
            }
        }
        return work;
    }
}
