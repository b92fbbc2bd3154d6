/**
 * Small named Swing actions shared by menus, the tool bar and shortcuts: Play/Pause (Space), Step, Step epoch, Reset,
 * Save/Open, exports, reloading plugins and the theme toggle.
 */
package org.mlpsandbox.app.action;
