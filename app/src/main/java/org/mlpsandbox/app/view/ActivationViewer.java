package org.mlpsandbox.app.view;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Component;
import java.awt.Window;
import java.awt.geom.Ellipse2D;
import java.util.List;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JComboBox;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JSpinner;
import javax.swing.SpinnerNumberModel;
import javax.swing.UIManager;
import net.miginfocom.swing.MigLayout;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.mlpsandbox.api.Activation;
import org.mlpsandbox.app.model.ActivationCurve;
import org.mlpsandbox.engine.plugin.PluginEntry;
import org.mlpsandbox.engine.plugin.PluginKind;
import org.mlpsandbox.engine.plugin.PluginRegistry;

/**
 * Plugins → "Plot an activation…": f(z) and f′(z) of any elementwise activation, plugins included, over a chosen
 * range, with the plugin check's probe points marked on f. Colours and fonts come from the theme ({@link Charts}).
 *
 * <p>Names for tests: {@code activationViewer}, {@code viewerActivation}, {@code viewerFrom}, {@code viewerTo},
 * {@code viewerChart}, {@code viewerMessage}.
 */
public final class ActivationViewer extends JPanel {

    private static final int SAMPLES = 401;

    private final JComboBox<PluginEntry> activation = new JComboBox<>();
    private final JSpinner from = new JSpinner(new SpinnerNumberModel(-5.0, -1000.0, 1000.0, 0.5));
    private final JSpinner to = new JSpinner(new SpinnerNumberModel(5.0, -1000.0, 1000.0, 0.5));
    private final XYSeries f = new XYSeries("f(z)", false, true);
    private final XYSeries slope = new XYSeries("f′(z)", false, true);
    private final XYSeries probes = new XYSeries("probe points of the check", false, true);
    private final JFreeChart chart;
    private final JLabel message = new JLabel(" ");

    /** A viewer of the usable elementwise activations of {@code plugins}, showing {@code first} when it is one. */
    public ActivationViewer(PluginRegistry plugins, String first) {
        super(new MigLayout("fill, insets 10, gap 6 6", "[][grow,fill]", "[][][grow,fill][]"));
        setName("activationViewer");
        for (PluginEntry e : plugins.usable(PluginKind.ACTIVATION)) {
            if (((Activation) e.prototype()).elementwise()) {
                activation.addItem(e);
                if (e.id().equals(first)) {
                    activation.setSelectedItem(e);
                }
            }
        }
        activation.setName("viewerActivation");
        activation.setRenderer(new DefaultListCellRenderer() {
            @Override
            public Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean sel,
                                                          boolean focus) {
                super.getListCellRendererComponent(list, value, index, sel, focus);
                if (value instanceof PluginEntry e) {
                    setText(e.displayName() + " (" + e.id() + ")");
                }
                return this;
            }
        });
        from.setName("viewerFrom");
        to.setName("viewerTo");
        add(new JLabel("Activation"));
        add(activation, "wmin 0, wrap");
        JPanel range = new JPanel(new MigLayout("insets 0, gap 6"));
        for (JSpinner sp : new JSpinner[] {from, to}) {
            ((JSpinner.DefaultEditor) sp.getEditor()).getTextField().setColumns(5);
        }
        range.setOpaque(false);
        range.add(from);
        range.add(new JLabel("to"));
        range.add(to);
        add(new JLabel("z from"), "align right");
        add(range, "wrap");

        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(f);
        data.addSeries(slope);
        data.addSeries(probes);
        XYPlot plot = new XYPlot(data, Charts.numberAxis("z"), Charts.numberAxis("f(z), f′(z)"),
                new XYLineAndShapeRenderer());
        chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        ChartPanel panel = new ChartPanel(chart) {
            @Override
            public void updateUI() {
                super.updateUI();
                restyle();
            }
        };
        panel.setName("viewerChart");
        panel.setPopupMenu(null);
        panel.setMouseZoomable(false);
        add(panel, "span, wmin 200, hmin 200, wrap");
        message.setName("viewerMessage");
        add(message, "span, wmin 0");
        restyle();

        activation.addActionListener(e -> plot());
        from.addChangeListener(e -> plot());
        to.addChangeListener(e -> plot());
        plot();
    }

    /** Theme colours: f in the positive colour, f′ in the negative one, probe points as hollow rings in the text colour. */
    private void restyle() {
        if (chart == null) {
            return;
        }
        Charts.style(chart);
        XYLineAndShapeRenderer r = (XYLineAndShapeRenderer) chart.getXYPlot().getRenderer();
        Color fg = UIManager.getColor("Label.foreground");
        r.setSeriesPaint(0, UIManager.getColor("MlpSandbox.positive"));
        r.setSeriesPaint(1, UIManager.getColor("MlpSandbox.negative"));
        r.setSeriesPaint(2, fg);
        r.setSeriesStroke(0, new BasicStroke(2f));
        r.setSeriesStroke(1, new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                new float[] {6f, 4f}, 0f));
        r.setSeriesShapesVisible(0, false);
        r.setSeriesShapesVisible(1, false);
        r.setSeriesLinesVisible(2, false);
        r.setSeriesShapesVisible(2, true);
        r.setSeriesShapesFilled(2, false);
        r.setSeriesShape(2, new Ellipse2D.Double(-3.5, -3.5, 7, 7));
    }

    /** Samples the chosen activation again; a plugin that throws is named in the message line, the plot emptied. */
    private void plot() {
        f.clear();
        slope.clear();
        probes.clear();
        if (!(activation.getSelectedItem() instanceof PluginEntry e)) {
            message.setText("No elementwise activation is installed.");
            return;
        }
        try {
            ActivationCurve c = ActivationCurve.of((Activation) e.prototype(), ((Number) from.getValue()).doubleValue(),
                    ((Number) to.getValue()).doubleValue(), SAMPLES);
            fill(f, c.z(), c.f());
            fill(slope, c.z(), c.derivative());
            fill(probes, c.probes(), c.probeF());
            message.setText(c.probes().length + " of the check's probe points lie in this range (rings on f).");
            message.setForeground(UIManager.getColor("Label.disabledForeground"));
        } catch (ActivationCurve.CurveException ex) {
            message.setText(ex.getMessage());
            message.setForeground(UIManager.getColor("MlpSandbox.banner.foreground"));
        }
    }

    private static void fill(XYSeries s, double[] x, double[] y) {
        s.setNotify(false);
        for (int i = 0; i < x.length; i++) {
            s.add(x[i], Double.isNaN(y[i]) ? null : y[i]);
        }
        s.setNotify(true);
    }

    /** The series shown, for tests: f, f′ and the probe points. */
    List<XYSeries> series() {
        return List.of(f, slope, probes);
    }

    /** Opens the viewer in a modeless dialog over {@code owner}. */
    public static void show(Window owner, PluginRegistry plugins, String first) {
        JDialog d = new JDialog(owner, "Plot an activation");
        d.setContentPane(new ActivationViewer(plugins, first));
        d.setSize(640, 480);
        d.setLocationRelativeTo(owner);
        d.setVisible(true);
    }
}
