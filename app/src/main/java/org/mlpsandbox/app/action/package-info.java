/**
 * Small named Swing actions shared by menus, the tool bar and shortcuts: Play/Pause (Space), Step, Step epoch, Reset,
 * Save/Open, Save as lesson, Undo weight edit, exports, reloading plugins, the theme toggle and
 * Fast float32 products.
 */
package org.mlpsandbox.app.action;
