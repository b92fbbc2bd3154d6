package org.mlpsandbox.app.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mlpsandbox.app.view.Gui.await;
import static org.mlpsandbox.app.view.Gui.edt;
import static org.mlpsandbox.app.view.Gui.find;
import static org.mlpsandbox.app.view.Gui.run;

import java.awt.Component;
import java.awt.GraphicsEnvironment;
import javax.swing.JCheckBoxMenuItem;
import javax.swing.JLabel;
import javax.swing.JMenu;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mlpsandbox.app.settings.PrecisionSetting;
import org.mlpsandbox.engine.math.Kernels;
import org.mlpsandbox.engine.math.Precision;
import org.mlpsandbox.engine.plugin.PluginRegistry;

/**
 * The window's Training → Fast float32 products: a check item that switches the products of the run in the window,
 * keeping its step counter, and the status bar's speed tooltip names the new backend. The test's app folder, saved
 * choice and properties are put back afterwards.
 */
class FastProductsMenuTest {

    private MainWindow window;
    private String oldPrecision;
    private Precision oldSaved;

    @BeforeEach
    void open() throws Exception {
        assertFalse(GraphicsEnvironment.isHeadless(), "GUI tests need a display: run them under xvfb-run -a");
        oldPrecision = System.getProperty(Kernels.PRECISION_PROPERTY);
        oldSaved = PrecisionSetting.forUser().saved();
        System.clearProperty(Kernels.PRECISION_PROPERTY);
        window = SandboxApp.openAndWait(PluginRegistry.builtIn(), PluginRegistry::builtIn);
    }

    @AfterEach
    void close() throws Exception {
        if (window != null) {
            run(window::dispose);
        }
        PrecisionSetting.forUser().save(oldSaved);
        if (oldPrecision == null) {
            System.clearProperty(Kernels.PRECISION_PROPERTY);
        } else {
            System.setProperty(Kernels.PRECISION_PROPERTY, oldPrecision);
        }
    }

    @Test
    void theTrainingMenuSwitchesTheProductsAndTheStatusBarSaysSo() throws Exception {
        assertTrue(Kernels.nativeInUse(), "this test needs OpenBLAS: " + Kernels.description());
        JCheckBoxMenuItem item = edt(() -> trainingItem("fastProducts"));
        assertEquals("Fast float32 products", item.getText());
        assertTrue(edt(item::isEnabled));
        assertFalse(edt(item::isSelected));
        JLabel speed = edt(() -> find(window.getRootPane(), "status.speed", JLabel.class));
        await("the tooltip names float64", 5000, () -> speed.getToolTipText().contains("float64"));

        run(() -> window.model().run().stepBatch());
        await("a step", 5000, () -> window.model().run().step() == 1);
        run(() -> item.doClick(0));

        assertTrue(edt(item::isSelected));
        assertEquals("openblas-float32", Kernels.backendName());
        assertEquals(Precision.FLOAT32, PrecisionSetting.forUser().saved());
        assertEquals(1L, (long) edt(() -> window.model().run().step()), "the step counter is kept");
        await("the tooltip names float32", 5000, () -> speed.getToolTipText().contains("float32"));

        run(() -> item.doClick(0));
        assertFalse(edt(item::isSelected));
        assertEquals(Precision.FLOAT64, PrecisionSetting.forUser().saved());
        await("the tooltip names float64 again", 5000, () -> speed.getToolTipText().contains("float64"));
    }

    /** The item named {@code name} in the Training menu. */
    private JCheckBoxMenuItem trainingItem(String name) {
        for (Component m : window.getJMenuBar().getComponents()) {
            if (m instanceof JMenu menu && menu.getText().equals("Training")) {
                for (Component item : menu.getMenuComponents()) {
                    if (name.equals(item.getName())) {
                        return (JCheckBoxMenuItem) item;
                    }
                }
            }
        }
        throw new AssertionError("no item " + name + " in the Training menu");
    }
}
