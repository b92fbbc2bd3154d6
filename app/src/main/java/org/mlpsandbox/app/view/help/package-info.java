/**
 * The Help menu: keyboard shortcuts (read from the menus' own accelerators), the lesson guide (from the lesson
 * library) and About (version, Java runtime, the bundled libraries and their licences).
 */
package org.mlpsandbox.app.view.help;
