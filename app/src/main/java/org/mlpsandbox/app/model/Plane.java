package org.mlpsandbox.app.model;

/**
 * The stretch of the input plane a view shows: x₁ from {@code x0} to {@code x1} across, x₂ from {@code y0} (bottom) to
 * {@code y1} (top). Grids over it run row 0 at the top, cells sampled at their centres.
 */
public record Plane(double x0, double x1, double y0, double y1) {

    /** @throws IllegalArgumentException when a side is empty or not finite */
    public Plane {
        if (!(x0 < x1) || !(y0 < y1) || !Double.isFinite(x1 - x0) || !Double.isFinite(y1 - y0)) {
            throw new IllegalArgumentException("a plane needs from < to on both axes, got x1 " + x0 + " to " + x1
                    + ", x2 " + y0 + " to " + y1);
        }
    }

    /** The square from −{@code lim} to {@code lim} on both axes. */
    public static Plane square(double lim) {
        return new Plane(-lim, lim, -lim, lim);
    }

    /** A plane from {x₁ from, x₁ to, x₂ from, x₂ to}. */
    public static Plane of(double[] sides) {
        return new Plane(sides[0], sides[1], sides[2], sides[3]);
    }

    /** {x₁ from, x₁ to, x₂ from, x₂ to}. */
    public double[] toArray() {
        return new double[] {x0, x1, y0, y1};
    }

    /** How far across (0 left, 1 right) x₁ lies. */
    public double acrossOf(double x) {
        return (x - x0) / (x1 - x0);
    }

    /** How far down (0 top, 1 bottom) x₂ lies. */
    public double downOf(double y) {
        return (y1 - y) / (y1 - y0);
    }

    /** The x₁ that lies {@code across} of the way from the left. */
    public double xAt(double across) {
        return x0 + (x1 - x0) * across;
    }

    /** The x₂ that lies {@code down} of the way from the top. */
    public double yAt(double down) {
        return y1 - (y1 - y0) * down;
    }

    /** Fills {@code raw} with the centres of an n × n grid over the plane, row by row from the top: (x₁, x₂) pairs. */
    public void fillGrid(double[] raw, int n) {
        for (int r = 0; r < n; r++) {
            double y = yAt((r + 0.5) / n);
            for (int c = 0; c < n; c++) {
                raw[(r * n + c) * 2] = xAt((c + 0.5) / n);
                raw[(r * n + c) * 2 + 1] = y;
            }
        }
    }
}
