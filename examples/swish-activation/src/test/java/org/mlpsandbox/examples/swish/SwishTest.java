package org.mlpsandbox.examples.swish;

import org.junit.jupiter.api.Test;
import org.mlpsandbox.engine.plugin.PluginProjectCheck;

/** Runs the checks MLP Sandbox runs when it loads this jar; `mvn package` fails when the app would refuse it. */
class SwishTest {

    @Test
    void passesTheChecksTheAppRuns() {
        PluginProjectCheck.assertAllPass();
    }
}
