/**
 * Finding plugins (built-ins on the class path through {@link java.util.ServiceLoader}, outside jars in plugin folders,
 * each jar in a class loader of its own that sees only the api and the JDK), checking them when they load, and looking
 * them up by id.
 *
 * <p>Start at {@link org.mlpsandbox.engine.plugin.PluginLibrary} (load and reload the plugin folders),
 * {@link org.mlpsandbox.engine.plugin.PluginRegistry} (what was found, and configured instances by id) and
 * {@link org.mlpsandbox.engine.plugin.PluginFolders} (where plugins are looked for).
 */
package org.mlpsandbox.engine.plugin;
