package org.mlpsandbox.app.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Component;
import java.awt.Container;
import javax.swing.JComboBox;
import javax.swing.JSpinner;
import javax.swing.SwingUtilities;
import org.jfree.data.xy.XYSeries;
import org.junit.jupiter.api.Test;
import org.mlpsandbox.engine.plugin.PluginEntry;
import org.mlpsandbox.engine.plugin.PluginRegistry;

/** The activation viewer lists only elementwise activations and replots f, f′ and the probes on every change. */
class ActivationViewerTest {

    @Test
    void plotsTheChosenActivationOverTheChosenRange() throws Exception {
        SwingUtilities.invokeAndWait(() -> {
            Theme.use(false); // the chart takes its colours from the theme
            ActivationViewer viewer = new ActivationViewer(PluginRegistry.builtIn(), "sigmoid");
            JComboBox<?> combo = find(viewer, "viewerActivation", JComboBox.class);
            assertEquals("sigmoid", ((PluginEntry) combo.getSelectedItem()).id());
            for (int i = 0; i < combo.getItemCount(); i++) {
                assertFalse(((PluginEntry) combo.getItemAt(i)).id().equals("softmax"), "softmax has no f(z)");
            }
            XYSeries f = viewer.series().get(0);
            XYSeries slope = viewer.series().get(1);
            XYSeries probes = viewer.series().get(2);
            assertEquals(401, f.getItemCount());
            assertEquals(-5, f.getX(0).doubleValue(), 0);
            double s = 1 / (1 + Math.exp(-1.5));
            int at = f.indexOf(1.5);
            assertEquals(s, f.getY(at).doubleValue(), 1e-12);
            assertEquals(s * (1 - s), slope.getY(at).doubleValue(), 1e-12);
            int inRange = probes.getItemCount();
            assertTrue(inRange > 10);

            find(viewer, "viewerTo", JSpinner.class).setValue(20.0);
            assertEquals(20, f.getX(f.getItemCount() - 1).doubleValue(), 0);
            assertTrue(probes.getItemCount() > inRange, "the probes up to 10 join");
            for (int i = 0; i < combo.getItemCount(); i++) {
                if (((PluginEntry) combo.getItemAt(i)).id().equals("relu")) {
                    combo.setSelectedIndex(i);
                }
            }
            assertEquals(20, f.getY(f.getItemCount() - 1).doubleValue(), 0);
            assertEquals(1, slope.getY(slope.getItemCount() - 1).doubleValue(), 0);
            Theme.use(true); // restyles without losing the curves
            SwingUtilities.updateComponentTreeUI(viewer);
            assertEquals(401, f.getItemCount());
            Theme.use(false);
        });
    }

    private static <T> T find(Container root, String name, Class<T> type) {
        for (Component c : root.getComponents()) {
            if (name.equals(c.getName()) && type.isInstance(c)) {
                return type.cast(c);
            }
            if (c instanceof Container k) {
                T found = find(k, name, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
