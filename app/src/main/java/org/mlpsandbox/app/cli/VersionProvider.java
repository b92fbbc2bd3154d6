package org.mlpsandbox.app.cli;

import org.mlpsandbox.engine.Version;
import picocli.CommandLine.IVersionProvider;

/**
 * What {@code mlp-sandbox --version} prints: the version from the pom, then the Java runtime that runs it (the bundled
 * one in an installed app, so a teacher can tell the two apart).
 */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {
            Version.nameAndVersion(),
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + "), "
                    + System.getProperty("java.home")
        };
    }
}
