package org.mlpsandbox.engine.plugin;

/**
 * A plugin threw, or returned NaN or infinity, while the network was being built or trained. Names the plugin, the
 * layer (1-based, or 0 when no layer is involved) and the phase.
 */
public final class PluginFailedException extends RuntimeException {

    private final PluginKind kind;
    private final String pluginId;
    private final int layer;
    private final Phase phase;

    public PluginFailedException(PluginKind kind, String pluginId, int layer, Phase phase, String what,
                                 Throwable cause) {
        super(kind.label() + " '" + pluginId + "'" + (layer > 0 ? " in layer " + layer : "") + " failed in the "
                + phase.label() + ": " + what, cause);
        this.kind = kind;
        this.pluginId = pluginId;
        this.layer = layer;
        this.phase = phase;
    }

    public PluginKind kind() {
        return kind;
    }

    public String pluginId() {
        return pluginId;
    }

    /** 1-based layer number, or 0 when the failure is not tied to a layer. */
    public int layer() {
        return layer;
    }

    public Phase phase() {
        return phase;
    }

    /** "threw IllegalStateException: boom" for a cause. */
    public static String threw(Throwable t) {
        return "threw " + t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
    }
}
