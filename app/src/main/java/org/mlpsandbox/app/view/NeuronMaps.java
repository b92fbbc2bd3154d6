package org.mlpsandbox.app.view;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import org.mlpsandbox.app.model.InputMapping;
import org.mlpsandbox.app.model.Plane;
import org.mlpsandbox.engine.data.Dataset;
import org.mlpsandbox.engine.net.Network;
import org.mlpsandbox.engine.net.Workspace;

/**
 * The little pictures in {@link NetworkDiagram}'s tiles: each neuron's output over the input plane of 2-D data, from
 * one batched forward pass over a {@value #MAP} × {@value #MAP} grid; images reused from one snapshot to the next.
 */
final class NeuronMaps {

    /** Side of a map, in cells. */
    static final int MAP = 24;

    private final int maxShown;
    private final PlaneSampler sampler = new PlaneSampler(MAP);
    /** Per column (0 = inputs), per shown neuron: its little map, or null without 2-D data. */
    private BufferedImage[][] maps = new BufferedImage[0][];

    /** @param maxShown most neurons per layer given a map */
    NeuronMaps(int maxShown) {
        this.maxShown = maxShown;
    }

    /** The map of neuron {@code j} of column {@code column} (0 = inputs), or null. */
    BufferedImage get(int column, int j) {
        return maps.length > column && maps[column] != null && j < maps[column].length ? maps[column][j] : null;
    }

    /** Recomputes the maps of {@code network} (a snapshot copy) over {@code plane}; none unless {@code data} is 2-D. */
    void render(Network network, Dataset data, InputMapping mapping, Plane plane) {
        Palette.refresh();
        int columns = network.layerCount() + 1;
        if (maps.length != columns) {
            maps = new BufferedImage[columns][];
        }
        if (data.inputCount() != 2) {
            for (int c = 0; c < columns; c++) {
                maps[c] = null;
            }
            return;
        }
        Workspace ws = sampler.run(network, mapping, plane);
        int cells = MAP * MAP;
        double[] inputs = new double[cells * mapping.width()];
        double[] raw = new double[cells * 2];
        plane.fillGrid(raw, MAP);
        mapping.map(raw, cells, inputs);
        for (int col = 0; col < columns; col++) {
            int width = col == 0 ? mapping.width() : network.layer(col - 1).outputs();
            double[] values = col == 0 ? inputs : ws.activations(col - 1);
            int shown = Math.min(width, maxShown);
            if (maps[col] == null || maps[col].length != shown) {
                maps[col] = new BufferedImage[shown];
            }
            for (int j = 0; j < shown; j++) {
                if (maps[col][j] == null) {
                    maps[col][j] = new BufferedImage(MAP, MAP, BufferedImage.TYPE_INT_RGB);
                }
                fill(maps[col][j], values, width, j);
            }
        }
    }

    /** Colours one neuron's values: by sign, scaled to its largest size (0..1 outputs spread to the full scale). */
    private static void fill(BufferedImage img, double[] values, int width, int j) {
        int[] px = ((DataBufferInt) img.getRaster().getDataBuffer()).getData();
        int cells = MAP * MAP;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < cells; i++) {
            double v = values[i * width + j];
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        boolean unit = min >= 0 && max <= 1;
        double scale = Math.max(1e-9, Math.max(Math.abs(min), Math.abs(max)));
        for (int i = 0; i < cells; i++) {
            double v = values[i * width + j];
            px[i] = Palette.rgb(unit ? 2 * v - 1 : v / scale);
        }
    }
}
