package org.mlpsandbox.app.cli;

import java.io.PrintWriter;
import org.mlpsandbox.engine.train.ProgressEvent;

/**
 * Shows training progress: on a terminal one status line redrawn in place with {@code \r} (epoch, a bar, losses,
 * accuracy, speed); otherwise a plain line every tenth of the run or every few seconds, whichever comes first, and at
 * the end. Quiet shows nothing.
 */
final class ProgressPrinter {

    /** How the progress is shown. */
    enum Mode { BAR, LINES, QUIET }

    private static final long REDRAW_NANOS = 100_000_000L;
    private static final long LINE_NANOS = 2_000_000_000L;
    private static final int BAR_WIDTH = 20;

    private final PrintWriter out;
    private final Mode mode;
    private final long epochs;
    private final long lineEvery;
    private long lastDraw;
    private int lastWidth;
    private ProgressEvent last;

    ProgressPrinter(PrintWriter out, Mode mode, long epochs) {
        this.out = out;
        this.mode = mode;
        this.epochs = epochs;
        this.lineEvery = Math.max(1, epochs / 10);
        this.lastDraw = System.nanoTime();
    }

    /** A bar on a terminal, lines otherwise. */
    static Mode modeFor(boolean quiet) {
        return quiet ? Mode.QUIET : System.console() != null ? Mode.BAR : Mode.LINES;
    }

    /** Between steps: redraws the bar now and then to show progress within a long epoch. */
    void step(long epoch, double epochFraction) {
        if (mode != Mode.BAR) {
            return;
        }
        long now = System.nanoTime();
        if (now - lastDraw >= REDRAW_NANOS) {
            draw(epoch + epochFraction, last);
            lastDraw = now;
        }
    }

    /** After each epoch. */
    void epoch(ProgressEvent event) {
        last = event;
        long now = System.nanoTime();
        long e = event.epoch();
        switch (mode) {
            case BAR -> {
                if (now - lastDraw >= REDRAW_NANOS || e == epochs) {
                    draw(e, event);
                    lastDraw = now;
                }
            }
            case LINES -> {
                if (e % lineEvery == 0 || e == epochs || now - lastDraw >= LINE_NANOS) {
                    out.println(status(event));
                    out.flush();
                    lastDraw = now;
                }
            }
            case QUIET -> {
            }
        }
    }

    /** Ends the bar's line. */
    void finish() {
        if (mode == Mode.BAR && lastWidth > 0) {
            out.println();
            out.flush();
            lastWidth = 0;
        }
    }

    /** The bar at {@code position} epochs, with the measures of the last finished epoch (none before the first). */
    private void draw(double position, ProgressEvent event) {
        int filled = (int) Math.round(BAR_WIDTH * Math.min(1, position / epochs));
        String line = "epoch " + (event == null ? 0 : event.epoch()) + "/" + epochs + " [" + "#".repeat(filled)
                + "-".repeat(BAR_WIDTH - filled) + "]" + (event == null ? "" : " " + measures(event));
        String padding = " ".repeat(Math.max(0, lastWidth - line.length()));
        out.print("\r" + line + padding);
        out.flush();
        lastWidth = line.length();
    }

    private String status(ProgressEvent event) {
        return "epoch " + event.epoch() + "/" + epochs + "  " + measures(event);
    }

    private static String measures(ProgressEvent e) {
        StringBuilder b = new StringBuilder("loss ").append(Text.loss(e.trainLoss()));
        if (e.test().samples() > 0) {
            b.append("  test loss ").append(Text.loss(e.testLoss()));
        }
        double accuracy = e.test().samples() > 0 ? e.test().accuracy() : e.trainAccuracy();
        if (!Double.isNaN(accuracy)) {
            b.append(e.test().samples() > 0 ? "  test accuracy " : "  accuracy ").append(Text.percent(accuracy));
        }
        return b.append("  ").append(Text.count(e.samplesPerSecond())).append(" samples/s").toString();
    }
}
