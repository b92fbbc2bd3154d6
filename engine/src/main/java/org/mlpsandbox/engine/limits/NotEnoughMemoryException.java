package org.mlpsandbox.engine.limits;

/**
 * Something would need more memory than the Java heap can give; refused before anything was allocated. The message is
 * one line: what, how much it needs, how much there is, and how to get more. An {@link IllegalArgumentException}, so
 * every place that shows a bad setting's message shows this one too.
 */
public class NotEnoughMemoryException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final long needed;
    private final long available;

    public NotEnoughMemoryException(String message, long needed, long available) {
        super(message);
        this.needed = needed;
        this.available = available;
    }

    /** Bytes the refused thing would need. */
    public long needed() {
        return needed;
    }

    /** Bytes there were when it was refused. */
    public long available() {
        return available;
    }
}
