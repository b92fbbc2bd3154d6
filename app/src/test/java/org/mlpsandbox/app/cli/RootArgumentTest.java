package org.mlpsandbox.app.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The root command's one argument is an experiment file to open; anything else is a clear usage error. */
class RootArgumentTest {

    @Test
    void aMistypedCommandIsNeitherACommandNorAFile() {
        Cli.Result r = Cli.run("trian").expect(2);
        assertTrue(r.err().startsWith("error: 'trian' is neither a command nor an experiment file"), r.err());
        assertTrue(r.err().contains("Usage: mlp-sandbox"), r.err());
    }

    @Test
    void helpNamesTheExperimentArgument() {
        assertTrue(Cli.run("--help").expect(0).out().contains("EXPERIMENT"));
    }
}
