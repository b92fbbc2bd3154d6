package org.mlpsandbox.app.view;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Component;
import java.awt.KeyboardFocusManager;
import javax.swing.JTabbedPane;
import org.junit.jupiter.api.Test;
import org.mlpsandbox.engine.plugin.PluginRegistry;

/**
 * A click on the Backprop tab gives the focus to the step-through, so ← and → step it instead of moving to the next
 * tab (the tabs' own arrow keys win while they hold the focus).
 */
class BackpropKeysTest {

    @Test
    void choosingTheBackpropTabTakesTheFocusOffTheTabs() throws Exception {
        PluginRegistry registry = PluginRegistry.builtIn();
        MainWindow window = SandboxApp.openAndWait(registry, () -> registry);
        try {
            JTabbedPane tabs = Gui.edt(() -> Gui.find(window.getRootPane(), "tabs", JTabbedPane.class));
            Gui.run(() -> {
                window.toFront();
                tabs.requestFocusInWindow();
            });
            long end = System.currentTimeMillis() + 5000;
            while (Gui.edt(() -> focusOwner() != tabs) && System.currentTimeMillis() < end) {
                Thread.sleep(50);
            }
            assertTrue(Gui.edt(() -> focusOwner() == tabs), "the tabs have the focus, as after a click on one");
            Gui.run(() -> tabs.setSelectedIndex(tabs.indexOfTab("Backprop")));
            end = System.currentTimeMillis() + 5000;
            while (Gui.edt(() -> focusOwner() == tabs) && System.currentTimeMillis() < end) {
                Thread.sleep(50);
            }
            Component owner = Gui.edt(BackpropKeysTest::focusOwner);
            assertNotNull(owner);
            assertFalse(owner instanceof JTabbedPane, "focus on " + owner);
            assertTrue(Gui.edt(() -> Gui.find(window.getRootPane(), "backpropTab", Component.class) == owner),
                    "the backprop step-through has the focus: " + owner.getName());
        } finally {
            Gui.run(window::dispose);
        }
    }

    private static Component focusOwner() {
        return KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner();
    }
}
