package org.mlpsandbox.app.action;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.event.ActionEvent;
import java.util.prefs.Preferences;
import javax.swing.Action;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mlpsandbox.app.model.SandboxModel;
import org.mlpsandbox.engine.plugin.PluginRegistry;
import org.mlpsandbox.app.settings.MemoryPreferences;
import org.mlpsandbox.app.settings.PrecisionSetting;
import org.mlpsandbox.app.KernelProperties;
import org.mlpsandbox.engine.math.Kernels;
import org.mlpsandbox.engine.math.Precision;

/**
 * Training → Fast float32 products: it switches the products and saves the choice in its (private) preferences, shows
 * what runs, and is disabled, saying why, on the Java kernels. Every property is put back afterwards.
 */
class FastProductsActionTest {

    private KernelProperties kept;
    private SandboxModel model;
    private final Preferences node = new MemoryPreferences();

    @BeforeEach
    void keepProperties() {
        kept = KernelProperties.keepAndStartAtFloat64();
    }

    @AfterEach
    void restoreProperties() {
        if (model != null) {
            model.close();
        }
        kept.restore();
    }

    private static void click(Action a) {
        a.actionPerformed(new ActionEvent(a, ActionEvent.ACTION_PERFORMED, "fastProducts"));
    }

    @Test
    void switchesTheProductsAndRemembersTheChoice() {
        assertTrue(Kernels.nativeInUse(), "this test needs OpenBLAS: " + Kernels.description());
        model = new SandboxModel(PluginRegistry.builtIn());
        PrecisionSetting setting = new PrecisionSetting(node);
        FastProductsAction action = new FastProductsAction(model, setting);
        assertTrue(action.isEnabled());
        assertEquals(Boolean.FALSE, action.getValue(Action.SELECTED_KEY));
        String tip = (String) action.getValue(Action.SHORT_DESCRIPTION);
        assertTrue(tip.contains("float32") && tip.contains("PyTorch") && tip.contains("rounding"), tip);

        click(action);
        assertEquals(Boolean.TRUE, action.getValue(Action.SELECTED_KEY));
        assertEquals("openblas-float32", Kernels.backendName());
        assertEquals(Precision.FLOAT32, setting.saved());
        assertEquals(Precision.FLOAT32, new PrecisionSetting(node).saved(), "saved in the preferences node");
        assertTrue(model.run().hasRun(), model.run().problem());

        click(action);
        assertEquals(Boolean.FALSE, action.getValue(Action.SELECTED_KEY));
        assertEquals("openblas-float64", Kernels.backendName());
        assertEquals(Precision.FLOAT64, new PrecisionSetting(node).saved());
    }

    @Test
    void showsAPrecisionChosenElsewhere() {
        assertTrue(Kernels.nativeInUse(), "this test needs OpenBLAS: " + Kernels.description());
        System.setProperty(Kernels.PRECISION_PROPERTY, "float32"); // as -Dmlpsandbox.precision=float32 does
        model = new SandboxModel(PluginRegistry.builtIn());
        FastProductsAction action = new FastProductsAction(model, new PrecisionSetting(node));
        assertEquals(Boolean.TRUE, action.getValue(Action.SELECTED_KEY));
        click(action);
        assertEquals("openblas-float64", Kernels.backendName(), "a click in the window switches it off");
    }

    @Test
    void isDisabledAndSaysWhyOnTheJavaKernels() throws Exception {
        System.setProperty(Kernels.BACKEND_PROPERTY, "java");
        model = new SandboxModel(PluginRegistry.builtIn());
        FastProductsAction action = new FastProductsAction(model, new PrecisionSetting(node));
        assertFalse(action.isEnabled());
        assertEquals(Boolean.FALSE, action.getValue(Action.SELECTED_KEY));
        String tip = (String) action.getValue(Action.SHORT_DESCRIPTION);
        assertTrue(tip.contains("Needs the OpenBLAS products") && tip.contains("Java kernels")
                && tip.contains(Kernels.BACKEND_PROPERTY), tip);
        click(action); // a stray call changes nothing
        assertArrayEquals(new String[0], node.keys());
        assertEquals("java", Kernels.backendName());
        assertEquals(null, System.getProperty(Kernels.PRECISION_PROPERTY));
    }
}
