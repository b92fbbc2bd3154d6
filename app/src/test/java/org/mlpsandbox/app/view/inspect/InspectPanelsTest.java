package org.mlpsandbox.app.view.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Component;
import java.awt.Container;
import java.awt.Point;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.swing.AbstractButton;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mlpsandbox.app.inspect.NetworkInspection;
import org.mlpsandbox.app.inspect.Stage;
import org.mlpsandbox.engine.data.Dataset;
import org.mlpsandbox.engine.data.Generators;
import org.mlpsandbox.engine.net.LayerSpec;
import org.mlpsandbox.engine.net.Network;
import org.mlpsandbox.engine.net.NetworkSpec;
import org.mlpsandbox.engine.plugin.PluginChoice;
import org.mlpsandbox.engine.plugin.PluginRegistry;
import org.mlpsandbox.engine.train.Trainer;
import org.mlpsandbox.engine.train.TrainingSession;
import org.mlpsandbox.engine.train.TrainingSettings;

/** The panels at 900 × 600 in a real frame (run under Xvfb): they lay out, paint, react to clicks and keys. */
class InspectPanelsTest {

    private static final PluginRegistry PLUGINS = PluginRegistry.builtIn();

    @BeforeAll
    static void lookAndFeel() throws Exception {
        // the app's light theme, with its own colour keys (charts, grid lines), as the window installs it
        SwingUtilities.invokeAndWait(() -> org.mlpsandbox.app.view.Theme.use(false));
    }

    private static Network network(int inputs, String... layers) {
        List<LayerSpec> specs = new java.util.ArrayList<>();
        for (String l : layers) {
            String[] p = l.split(":");
            specs.add(LayerSpec.of(Integer.parseInt(p[0]), p[1]));
        }
        return Network.build(new NetworkSpec(inputs, specs, PluginChoice.of(
                specs.get(specs.size() - 1).activation().id().equals("softmax") ? "categorical-cross-entropy"
                        : "log-loss"), PluginChoice.of("xavier-uniform"), 3), PLUGINS);
    }

    @Test
    void backpropPanelStepsShowsFormulasAndFitsAt900x600() throws Exception {
        Dataset xor = Generators.generate("xor", 50, 0.1, 1);
        SwingUtilities.invokeAndWait(() -> {
            JFrame frame = new JFrame();
            BackpropPanel panel = new BackpropPanel();
            panel.setNetwork(network(2, "3:tanh", "3:relu", "1:sigmoid"));
            panel.setDataset(xor);
            frame.setContentPane(panel);
            frame.setSize(900, 600);
            frame.setVisible(true);
            frame.validate();
            try {
                assertEquals(Stage.Kind.INPUT, panel.stage().kind());
                for (AbstractButton b : buttons(panel)) {
                    assertTrue(b.getWidth() >= b.getPreferredSize().width, "button '" + b.getText() + "' not clipped");
                }
                Component controls = buttons(panel).get(0).getParent();
                assertTrue(controls.getPreferredSize().width <= panel.getWidth(), "the controls fit in 900 px");
                paint(panel);
                button(panel, "Next").doClick();
                assertEquals(Stage.Kind.FORWARD, panel.stage().kind());
                button(panel, "Apply update").doClick();
                assertEquals(Stage.Kind.APPLIED, panel.stage().kind());
                assertTrue(panel.formulaText().contains("∂C/∂w³₁₁ = δ³₁ · a²₁"), panel.formulaText());
                paint(panel);
                // Click the middle of the edge from input 2 to neuron 1 of layer 1.
                Point p = panel.canvas().edgeMidpoint(0, 0, 1);
                assertNotNull(p);
                BackpropCanvas.Selection hit = panel.canvas().hit(p);
                assertNotNull(hit);
                panel.canvas().select(hit);
                assertTrue(panel.formulaText().startsWith("Weight w¹"), panel.formulaText());
                assertTrue(panel.formulaText().contains("Σₖ w²ₖ"), panel.formulaText());
                button(panel, "Start").doClick();
                assertEquals(Stage.Kind.INPUT, panel.stage().kind());
                panel.setSample(new double[] {1, -1}, new double[] {1});
                assertEquals(0, panel.stepper().pass());
                panel.setSampleIndex(7);
                assertEquals(xor.x()[14], panel.stepper().x()[0]);
            } finally {
                frame.dispose();
            }
        });
    }

    @Test
    void bigLayersShowTheMostActiveNeuronsOnly() throws Exception {
        SwingUtilities.invokeAndWait(() -> {
            BackpropPanel panel = new BackpropPanel();
            panel.setNetwork(network(64, "30:relu", "10:softmax"));
            double[] x = new double[64];
            for (int i = 0; i < 64; i++) {
                x[i] = i % 5 == 0 ? 1 : 0;
            }
            double[] t = new double[10];
            t[3] = 1;
            panel.setSample(x, t);
            panel.setSize(900, 600);
            layOut(panel); // the canvas sits in a scroll pane: the whole tree, as a window's validation would
            assertTrue(panel.canvas().truncated());
            paint(panel);
            assertNotNull(panel.canvas().edgeMidpoint(0, firstDrawn(panel), 0), "input 1 (x = 1) is drawn");
            assertEquals(null, panel.canvas().edgeMidpoint(0, firstDrawn(panel), 1), "input 2 (x = 0) is not");
        });
    }

    private static int firstDrawn(BackpropPanel panel) {
        for (int j = 0; j < 30; j++) {
            if (panel.canvas().edgeMidpoint(0, j, 0) != null) {
                return j;
            }
        }
        return -1;
    }

    @Test
    void insideNetworkPanelShowsFindingsAndFollowsATrainingSession() throws Exception {
        Dataset circle = Generators.generate("circle", 200, 0.1, 1);
        Network net = network(2, "8:relu", "1:sigmoid");
        double[] bias = new double[8];
        java.util.Arrays.fill(bias, -50);
        net.setParameters(0, net.layer(0).weights(), bias);
        InsideNetworkPanel[] holder = new InsideNetworkPanel[1];
        JFrame[] frame = new JFrame[1];
        SwingUtilities.invokeAndWait(() -> {
            holder[0] = new InsideNetworkPanel();
            holder[0].inspect(net, circle);
            NetworkInspection insp = holder[0].lastInspection();
            assertTrue(insp.findings().get(0).contains("dead neurons"));
            frame[0] = new JFrame();
            frame[0].setContentPane(holder[0]);
            frame[0].setSize(900, 600);
            frame[0].setVisible(true);
            frame[0].validate();
            paint(holder[0]);
        });
        Network healthy = network(2, "6:tanh", "1:sigmoid");
        Trainer trainer = new Trainer(healthy, circle, null, TrainingSettings.defaults(), PLUGINS);
        TrainingSession session = new TrainingSession(trainer, 0);
        try {
            SwingUtilities.invokeAndWait(() -> holder[0].attach(session::inspect));
            session.play();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            int points = 0;
            while (System.nanoTime() < deadline && points < 3) {
                Thread.sleep(200);
                int[] size = new int[1];
                SwingUtilities.invokeAndWait(() -> size[0] = holder[0].ratioHistory().size());
                points = size[0];
            }
            assertTrue(points >= 3, "the ratio chart filled from the session: " + points + " points");
            SwingUtilities.invokeAndWait(() -> {
                assertTrue(holder[0].lastInspection().step() > 0);
                paint(holder[0]);
                holder[0].detach();
            });
        } finally {
            session.close();
            SwingUtilities.invokeAndWait(frame[0]::dispose);
        }
    }

    private static void layOut(Component c) {
        if (c instanceof java.awt.Container container) {
            container.doLayout();
            for (Component child : container.getComponents()) {
                layOut(child);
            }
        }
    }

    private static void paint(Component c) {
        BufferedImage img = new BufferedImage(Math.max(1, c.getWidth()), Math.max(1, c.getHeight()),
                BufferedImage.TYPE_INT_ARGB);
        var g = img.createGraphics();
        c.paint(g);
        g.dispose();
    }

    private static AbstractButton button(Container root, String text) {
        return buttons(root).stream().filter(b -> b.getText().equals(text)).findFirst().orElseThrow();
    }

    private static List<AbstractButton> buttons(Container root) {
        List<AbstractButton> out = new java.util.ArrayList<>();
        for (Component c : root.getComponents()) {
            if (c instanceof AbstractButton b) {
                out.add(b);
            }
            if (c instanceof Container k) {
                out.addAll(buttons(k));
            }
        }
        return out;
    }
}
