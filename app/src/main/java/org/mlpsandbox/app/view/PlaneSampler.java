package org.mlpsandbox.app.view;

import org.mlpsandbox.app.model.InputMapping;
import org.mlpsandbox.app.model.Plane;
import org.mlpsandbox.engine.net.Network;
import org.mlpsandbox.engine.net.NetworkSpec;
import org.mlpsandbox.engine.net.Workspace;

/**
 * Runs a network over an n × n grid of the raw input plane in one batch, reusing its buffers from frame to frame, so
 * that views can colour the output (or any neuron) over the plane. Row 0 of the grid is the top (largest x₂).
 * Not thread-safe; used on the event thread with snapshot copies of the network only.
 */
final class PlaneSampler {

    private final int n;
    private double[] raw;
    private double[] inputs;
    private Workspace ws;
    private NetworkSpec wsSpec;
    private Plane plane;
    private InputMapping mapping;

    PlaneSampler(int n) {
        this.n = n;
        raw = new double[n * n * 2];
    }

    int size() {
        return n;
    }

    /** Forward pass over the grid spanning {@code over}; afterwards read {@link #workspace()}. */
    Workspace run(Network network, InputMapping map, Plane over) {
        if (!over.equals(plane)) {
            plane = over;
            over.fillGrid(raw, n);
            mapping = null;
        }
        if (!map.equals(mapping)) {
            inputs = new double[n * n * map.width()];
            map.map(raw, n * n, inputs);
            mapping = map;
        }
        if (ws == null || !network.spec().equals(wsSpec)) {
            ws = network.newWorkspace(n * n);
            wsSpec = network.spec();
        }
        network.forward(inputs, n * n, ws);
        return ws;
    }

    Workspace workspace() {
        return ws;
    }
}
