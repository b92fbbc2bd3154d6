package org.mlpsandbox.app.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The points of a sweep: each {@code --grid KEY=V1;V2;…} gives a parameter and its values (in {@code train}'s syntax),
 * and the points are all their combinations, the first parameter changing slowest. {@code activation} replaces the
 * activation of every hidden layer; any other key is the {@code train} option of that name ({@code lr} →
 * {@code --lr}, {@code layers} → {@code --layers}, {@code seed} → {@code --seed}, …).
 */
final class SweepGrid {

    /** The most points a sweep runs. */
    static final int MAX_POINTS = 10_000;

    private final Map<String, List<String>> values = new LinkedHashMap<>();

    /**
     * Reads the {@code --grid} texts.
     *
     * @throws IllegalArgumentException with a one-line message for a text that is not KEY=V1;V2;…
     */
    SweepGrid(List<String> grids) {
        for (String grid : grids) {
            int eq = grid.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("--grid " + grid + ": write KEY=V1;V2;…, e.g. 'lr=0.3;0.1;0.03'");
            }
            String key = grid.substring(0, eq).strip();
            if (!key.matches("[a-z][a-z0-9-]*") || key.equals("data") || key.equals("save")) {
                throw new IllegalArgumentException("--grid " + grid + ": '" + key + "' is not a training option to "
                        + "vary (e.g. lr, batch, layers, activation, optimizer, seed)");
            }
            if (values.containsKey(key)) {
                throw new IllegalArgumentException("--grid " + key + " is given twice; put all its values in one, "
                        + "separated by ;");
            }
            List<String> list = new ArrayList<>();
            for (String v : grid.substring(eq + 1).split(";")) {
                if (!v.isBlank()) {
                    list.add(v.strip());
                }
            }
            if (list.isEmpty()) {
                throw new IllegalArgumentException("--grid " + grid + ": no values after '='");
            }
            values.put(key, list);
        }
        if (size() > MAX_POINTS) {
            throw new IllegalArgumentException("the grid has " + size() + " points; at most " + MAX_POINTS);
        }
    }

    /** The varied parameters, in the order given. */
    List<String> keys() {
        return List.copyOf(values.keySet());
    }

    /** How many combinations there are. */
    long size() {
        long n = 1;
        for (List<String> v : values.values()) {
            n *= v.size();
        }
        return n;
    }

    /** Every combination, as parameter → value maps in the order of {@link #keys()}. */
    List<Map<String, String>> points() {
        List<Map<String, String>> points = new ArrayList<>();
        for (long i = 0; i < size(); i++) {
            points.add(point(i));
        }
        return points;
    }

    /** {@code n} different combinations drawn at random (all of them when {@code n} is not smaller). */
    List<Map<String, String>> randomPoints(int n, long seed) {
        List<Map<String, String>> all = points();
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = all.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            Map<String, String> swap = all.get(i);
            all.set(i, all.get(j));
            all.set(j, swap);
        }
        return all.subList(0, Math.min(n, all.size()));
    }

    private Map<String, String> point(long index) {
        Map<String, String> p = new LinkedHashMap<>();
        long rest = index;
        List<String> keys = keys();
        long[] strides = new long[keys.size()];
        long stride = 1;
        for (int k = keys.size() - 1; k >= 0; k--) {
            strides[k] = stride;
            stride *= values.get(keys.get(k)).size();
        }
        for (int k = 0; k < keys.size(); k++) {
            List<String> v = values.get(keys.get(k));
            p.put(keys.get(k), v.get((int) (rest / strides[k])));
            rest %= strides[k];
        }
        return p;
    }

    /**
     * The {@code train} arguments of a point after the base arguments: {@code --KEY VALUE} for each parameter, and for
     * {@code activation} a {@code --layers} with that activation in every hidden layer of {@code baseLayers} (or of the
     * point's own layers).
     */
    static List<String> arguments(Map<String, String> point, String baseLayers) {
        List<String> args = new ArrayList<>();
        String layers = point.getOrDefault("layers", baseLayers);
        for (Map.Entry<String, String> e : point.entrySet()) {
            if (e.getKey().equals("activation") || e.getKey().equals("layers") && point.containsKey("activation")) {
                continue;
            }
            args.add("--" + e.getKey());
            args.add(e.getValue());
        }
        if (point.containsKey("activation")) {
            List<String> sized = new ArrayList<>();
            for (String layer : layers.split(",")) {
                sized.add(layer.strip().split(":", 2)[0] + ":" + point.get("activation"));
            }
            args.add("--layers");
            args.add(String.join(",", sized));
        }
        return args;
    }

    /** "lr=0.1 layers=8:tanh". */
    static String describe(Map<String, String> point) {
        List<String> parts = new ArrayList<>();
        point.forEach((k, v) -> parts.add(k + "=" + v));
        return String.join(" ", parts);
    }
}
