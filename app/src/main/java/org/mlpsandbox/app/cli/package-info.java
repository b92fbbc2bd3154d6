/** The command line: picocli subcommands that drive the engine headless. */
package org.mlpsandbox.app.cli;
