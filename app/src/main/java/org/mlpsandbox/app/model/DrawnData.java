package org.mlpsandbox.app.model;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import org.mlpsandbox.engine.data.Dataset;
import org.mlpsandbox.engine.data.DrawnPoints;
import org.mlpsandbox.engine.data.Generators;

/**
 * The points a person draws on the output plane, in data coordinates, with the brush they draw with (a class, or a
 * value for regression) and an undo history: every edit (a click, one stroke of the eraser, Clear) can be taken back,
 * so nothing drawn is lost by a slip. Tells its {@link DataState} after each change, which retrains on the new set.
 * Use it from the model's thread.
 */
public final class DrawnData {

    /** Edits kept for Undo. */
    static final int UNDO_DEPTH = 200;

    private final Runnable changed;
    private final Deque<DrawnPoints> undo = new ArrayDeque<>();
    private DrawnPoints points = DrawnPoints.empty(2, DrawnPoints.DEFAULT_PLANE);
    private int brushClass;
    private double brushValue = 1;
    private boolean inStroke;
    private boolean strokeSaved;

    DrawnData(Runnable changed) {
        this.changed = Objects.requireNonNull(changed, "changed");
    }

    /** The points drawn so far. */
    public DrawnPoints points() {
        return points;
    }

    /** The plane the points are drawn on. */
    public Plane plane() {
        return Plane.of(points.plane());
    }

    /**
     * Adds a point at (x₁, x₂) of the brush's class (or value). A point off the drawn-on plane or beyond
     * {@link DrawnPoints#MAX_POINTS} is not added.
     *
     * @return whether it was added
     */
    public boolean add(double x1, double x2) {
        Plane p = plane();
        if (points.size() >= DrawnPoints.MAX_POINTS || !(x1 >= p.x0() && x1 <= p.x1() && x2 >= p.y0()
                && x2 <= p.y1())) {
            return false;
        }
        replace(points.with(x1, x2, points.isClassification() ? brushClass : brushValue));
        return true;
    }

    /**
     * Erases the points inside the ellipse around (x₁, x₂) with half-axes {@code r1}, {@code r2} (data units).
     *
     * @return how many were erased
     */
    public int erase(double x1, double x2, double r1, double r2) {
        DrawnPoints left = points.without(x1, x2, r1, r2);
        int erased = points.size() - left.size();
        if (erased > 0) {
            replace(left);
        }
        return erased;
    }

    /**
     * Empties the set (Undo brings it back).
     *
     * @return how many points were cleared
     */
    public int clear() {
        int n = points.size();
        if (n > 0) {
            replace(DrawnPoints.empty(points.classCount(), points.plane()));
        }
        return n;
    }

    /**
     * Draws {@code k} classes (2 to {@link Generators#MAX_CLASSES}), or values to fit for 0. Points of classes that
     * go away are dropped; between classes and values the set starts empty. Undo brings the points back.
     */
    public void setClassCount(int k) {
        if (k == points.classCount()) {
            return;
        }
        if (k != 0 && (k < 2 || k > Generators.MAX_CLASSES)) {
            throw new IllegalArgumentException("2 to " + Generators.MAX_CLASSES + " classes, or 0 for values, got " + k);
        }
        DrawnPoints next = DrawnPoints.empty(k, points.plane());
        if (k > 0 && points.isClassification()) {
            double[] x = points.x();
            double[] v = points.value();
            for (int i = 0; i < v.length; i++) {
                if (v[i] < k) {
                    next = next.with(x[2 * i], x[2 * i + 1], v[i]);
                }
            }
        }
        brushClass = Math.min(brushClass, Math.max(0, k - 1));
        replace(next);
    }

    /** Whether there is an edit to take back. */
    public boolean canUndo() {
        return !undo.isEmpty();
    }

    /** Takes back the last edit (a click, an eraser stroke, Clear, a change of classes). */
    public void undo() {
        if (!undo.isEmpty()) {
            points = undo.pop();
            brushClass = Math.min(brushClass, Math.max(0, points.classCount() - 1));
            changed.run();
        }
    }

    /** Starts one stroke: the edits until {@link #endStroke()} are taken back by one Undo. */
    public void beginStroke() {
        inStroke = true;
        strokeSaved = false;
    }

    public void endStroke() {
        inStroke = false;
    }

    /** The class a click adds (0-based). */
    public int brushClass() {
        return brushClass;
    }

    public void setBrushClass(int c) {
        if (c < 0 || c >= Math.max(1, points.classCount())) {
            throw new IllegalArgumentException("class " + (c + 1) + " is not one of the " + points.classCount()
                    + " classes drawn");
        }
        brushClass = c;
    }

    /** The value a click adds, for regression. */
    public double brushValue() {
        return brushValue;
    }

    public void setBrushValue(double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException("the value must be a finite number, got " + v);
        }
        brushValue = v;
    }

    /**
     * Before drawing starts, telling no one: an empty set takes the classes of {@code data} (values for regression,
     * at most {@link Generators#MAX_CLASSES}) and the plane {@code shown} (2-D data only); points drawn before stay.
     */
    void prepare(Dataset data, Plane shown) {
        if (points.size() == 0) {
            int k = data.isClassification() ? Math.min(data.classCount(), Generators.MAX_CLASSES) : 0;
            reset(DrawnPoints.empty(k, data.inputCount() == 2 ? shown.toArray() : DrawnPoints.DEFAULT_PLANE));
        }
    }

    /** Starts from {@code start} (a file's points, a new drawing) with nothing to undo, telling no one. */
    void reset(DrawnPoints start) {
        points = Objects.requireNonNull(start, "start");
        undo.clear();
        brushClass = Math.min(brushClass, Math.max(0, points.classCount() - 1));
    }

    private void replace(DrawnPoints next) {
        if (!inStroke || !strokeSaved) {
            undo.push(points);
            strokeSaved = inStroke;
            if (undo.size() > UNDO_DEPTH) {
                undo.removeLast();
            }
        }
        points = next;
        changed.run();
    }
}
