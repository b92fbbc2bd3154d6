/** The MLP Sandbox application: one jar whose {@link org.mlpsandbox.app.Main} opens the window or runs a command. */
package org.mlpsandbox.app;
