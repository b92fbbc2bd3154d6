package org.mlpsandbox.engine.plugin;

/** The outcome of loading and checking a plugin. */
public enum PluginStatus {
    /** Loaded and passed every check. */
    OK,
    /** Usable, but a check found something worth knowing (the reason says what). */
    WARNING,
    /** Not usable: it could not be created, failed a check, or its id is taken. The reason says why. */
    REFUSED;

    public boolean usable() {
        return this != REFUSED;
    }
}
