/**
 * The command line: picocli subcommands that drive the engine headless ({@code train}, {@code eval},
 * {@code predict}, {@code export}, {@code sweep}, {@code bench}, {@code plugins}); {@code train}'s option groups live in
 * classes of their own, and {@link org.mlpsandbox.app.cli.EpochLoop} runs the epochs for {@code train} and
 * {@code sweep}.
 */
package org.mlpsandbox.app.cli;
