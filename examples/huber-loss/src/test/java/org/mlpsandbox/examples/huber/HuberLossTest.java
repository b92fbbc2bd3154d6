package org.mlpsandbox.examples.huber;

import org.junit.jupiter.api.Test;
import org.mlpsandbox.engine.plugin.PluginProjectCheck;

/** Runs the checks MLP Sandbox runs when it loads this jar; `mvn package` fails when the app would refuse it. */
class HuberLossTest {

    @Test
    void passesTheChecksTheAppRuns() {
        PluginProjectCheck.assertAllPass();
    }
}
