/**
 * Finding plugins (built-ins on the class path through {@link java.util.ServiceLoader}, outside jars in plugin folders,
 * each jar in a class loader of its own that sees only the api and the JDK), checking them when they load, and looking
 * them up by id.
 *
 * <p>Start at {@link org.mlpsandbox.engine.plugin.PluginLibrary} (load and reload the plugin folders),
 * {@link org.mlpsandbox.engine.plugin.PluginRegistry} (what was found, and configured instances by id) and
 * {@link org.mlpsandbox.engine.plugin.PluginFolders} (where plugins are looked for). Activations typed as formulas in
 * the app are {@link org.mlpsandbox.engine.plugin.FormulaActivation}s, checked and registered like jar plugins (source
 * "formula"); {@link org.mlpsandbox.engine.plugin.FormulaJava} writes them as Java for export.
 * {@link org.mlpsandbox.engine.plugin.PluginFolderWatch} reports changed jars for live reload.
 */
package org.mlpsandbox.engine.plugin;
