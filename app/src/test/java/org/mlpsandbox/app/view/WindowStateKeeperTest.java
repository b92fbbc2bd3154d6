package org.mlpsandbox.app.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Rectangle;
import java.awt.Toolkit;
import org.junit.jupiter.api.Test;
import org.mlpsandbox.app.settings.WindowState;
import org.mlpsandbox.engine.plugin.PluginRegistry;

/** The main window opens where it was closed, with its split where it was, and never off screen. */
class WindowStateKeeperTest {

    /** Other tests open the window at its first-run size. */
    @org.junit.jupiter.api.AfterEach
    void forget() throws Exception {
        org.mlpsandbox.app.settings.UserSettings.node("window").clear();
    }

    @Test
    void theWindowReopensWithItsBoundsAndSplit() throws Exception {
        PluginRegistry registry = PluginRegistry.builtIn();
        MainWindow first = SandboxApp.openAndWait(registry, () -> registry);
        Rectangle wanted = new Rectangle(40, 30, 1100, 720);
        int[] divider = new int[1];
        Gui.run(() -> {
            first.setBounds(wanted);
            first.validate();
        });
        Thread.sleep(300); // the window manager moves and sizes it
        Gui.run(() -> {
            var split = first.host() instanceof SandboxLayout l ? l.rightColumn() : null;
            split.setDividerLocation(200);
            divider[0] = split.getDividerLocation();
        });
        Rectangle closedAt = Gui.edt(first::getBounds);
        Gui.run(first::dispose);

        MainWindow second = SandboxApp.openAndWait(registry, () -> registry);
        Thread.sleep(300);
        try {
            Rectangle reopened = Gui.edt(second::getBounds);
            assertEquals(closedAt.getSize(), reopened.getSize());
            assertEquals(closedAt.getLocation(), reopened.getLocation());
            int now = Gui.edt(() -> ((SandboxLayout) second.host()).rightColumn().getDividerLocation());
            assertEquals(divider[0], now, 3, "the split between the output view and the tabs");
        } finally {
            Gui.run(second::dispose);
        }
    }

    @Test
    void boundsSavedOffScreenOpenOnScreen() throws Exception {
        WindowState.forUser().save(new Rectangle(-6000, -5000, 1200, 800), false);
        PluginRegistry registry = PluginRegistry.builtIn();
        MainWindow window = SandboxApp.openAndWait(registry, () -> registry);
        try {
            Rectangle b = Gui.edt(window::getBounds);
            Rectangle screen = new Rectangle(Toolkit.getDefaultToolkit().getScreenSize());
            assertTrue(screen.contains(b), b + " is on the screen " + screen);
        } finally {
            Gui.run(window::dispose);
        }
    }
}
