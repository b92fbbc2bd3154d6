package org.mlpsandbox.engine.plugin;

/** Thrown when a spec or file names a plugin id that is not installed (or was refused). */
public final class UnknownPluginException extends IllegalArgumentException {

    private final PluginKind kind;
    private final String id;

    public UnknownPluginException(PluginKind kind, String id, String message) {
        super(message);
        this.kind = kind;
        this.id = id;
    }

    public PluginKind kind() {
        return kind;
    }

    public String id() {
        return id;
    }
}
