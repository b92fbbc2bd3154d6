package org.mlpsandbox.engine.math;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
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
 * idle. A task the helper has not begun by the time its caller is done with its own half (the helper's processor
 * went to another program for a while) is taken back: the caller runs it rather than wait.
 */
final class Helper {

    /** How long the helper polls for a next task before it parks, and how long a caller polls before it parks. */
    private static final long SPIN_NANOS = 2_000_000;

    private static final Helper INSTANCE = new Helper(true);

    /** Taken by the caller whose task the helper is running; {@code tryStart} fails while taken. */
    private final AtomicBoolean busy = new AtomicBoolean();
    private final Thread thread;
    /** The task handed over and not yet claimed: the helper claims it, or the caller takes it back. */
    private final AtomicReference<Runnable> task = new AtomicReference<>();
    private volatile boolean done;
    private volatile Throwable failure;
    private volatile Thread waiter;
    /** Tasks the helper has run, and tasks their callers took back before it began them, for tests. */
    private volatile long tasksRun;
    private volatile long tasksTakenBack;

    private Helper(boolean start) {
        thread = new Thread(this::loop, "mlp-sandbox-kernel-helper");
        thread.setDaemon(true);
        if (start) {
            thread.start();
        }
    }

    /** For tests: a helper whose thread never runs, so that every task it is given is taken back by its caller. */
    static Helper withoutThread() {
        return new Helper(false);
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
        return INSTANCE.offer(work);
    }

    /** {@link #tryStart} on this helper. */
    Handle offer(Runnable work) {
        if (!busy.compareAndSet(false, true)) {
            return null;
        }
        done = false;
        failure = null;
        waiter = Thread.currentThread();
        task.set(work);
        LockSupport.unpark(thread);
        return handle;
    }

    private final Handle handle = new Handle();

    /** How many halves the helper has computed so far (for tests). */
    static long tasksRun() {
        return INSTANCE.tasksRun;
    }

    /**
     * How many tasks the program's helper was given (for tests): those it ran and those their callers took back. A
     * product cut in halves gives it one whenever it is free, so this counts the cuts whoever ran them.
     */
    static long tasksHandedOver() {
        return INSTANCE.tasksRun + INSTANCE.tasksTakenBack;
    }

    /** How many tasks given to this helper their callers took back and ran themselves (for tests). */
    long tasksTakenBack() {
        return tasksTakenBack;
    }

    /** The running task of one caller. */
    final class Handle {

        /**
         * Waits for the helper's half; rethrows what it threw. When the helper has not begun it yet (another thread
         * had its processor), the caller takes it back and runs it itself rather than wait.
         */
        void join() {
            Runnable unclaimed = task.getAndSet(null);
            if (unclaimed != null) {
                tasksTakenBack++;
                waiter = null;
                busy.set(false);
                unclaimed.run();
                return;
            }
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
        while (true) {
            Runnable work = task.get() == null ? null : task.getAndSet(null); // claimed, or taken back: null
            if (work != null) {
                return work;
            }
            if (System.nanoTime() < deadline) {
                Thread.yield();
            } else {
                LockSupport.park(this);
            }
        }
    }
}
