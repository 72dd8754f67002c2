package org.forestcoverage.coverage;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.forestcoverage.grid.GridSpec;
import org.forestcoverage.grid.PixelWindow;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.Polygonal;

/**
 * The rings of a (multi)polygon, prepared once for exact coverage on many tiles: shells add area, holes remove
 * it, whatever the orientation of the input rings.
 *
 * <pre>{@code
 * PolygonRings rings = PolygonRings.of(district.geometry());
 * for (PixelWindow tile : tiles) {
 *     CoverageMatrix m = rings.coverage(grid, tile); // empty when the polygon misses the tile
 * }
 * }</pre>
 *
 * <p>Coordinates are map units of the grid's CRS. The vertices are converted to pixel units of the whole grid
 * ({@link GridSpec#col(double)}, {@link GridSpec#row(double)}), so a vertex shared by two polygons lands on the same
 * point and a shared boundary cuts the same area from both (on districts that partition an area, the fractions of
 * each pixel sum to 1 up to about 1e-13), and a tile's fractions are those of the whole grid. Rings whose envelope
 * misses the tile are skipped (a closed ring left of a tile adds exactly nothing to it). Immutable and thread-safe.
 */
public final class PolygonRings implements Serializable {
    private static final long serialVersionUID = 1L;

    private final double[] xs;
    private final double[] ys;
    private final int[] starts;       // ring i holds vertices [starts[i], starts[i + 1])
    private final double[] signs;     // +1 / -1: the factor that makes the ring add (shell) or remove (hole) area
    private final double[] ringEnvelopes;  // minX, minY, maxX, maxY per ring
    private final double area;

    private PolygonRings(double[] xs, double[] ys, int[] starts, double[] signs, double[] ringEnvelopes,
                         double area) {
        this.xs = xs;
        this.ys = ys;
        this.starts = starts;
        this.signs = signs;
        this.ringEnvelopes = ringEnvelopes;
        this.area = area;
    }

    /** The rings of a Polygon or MultiPolygon (empty parts allowed); other geometry types are refused. */
    public static PolygonRings of(Geometry polygonal) {
        if (!(polygonal instanceof Polygonal)) {
            throw new IllegalArgumentException("coverage needs a Polygon or MultiPolygon, got " + polygonal.getGeometryType());
        }
        List<LineString> rings = new ArrayList<>();
        List<Boolean> shell = new ArrayList<>();
        for (int i = 0; i < polygonal.getNumGeometries(); i++) {
            Polygon p = (Polygon) polygonal.getGeometryN(i);
            if (p.isEmpty()) {
                continue;
            }
            rings.add(p.getExteriorRing());
            shell.add(true);
            for (int h = 0; h < p.getNumInteriorRing(); h++) {
                rings.add(p.getInteriorRingN(h));
                shell.add(false);
            }
        }
        int total = 0;
        for (LineString r : rings) {
            total += r.getNumPoints();
        }
        double[] xs = new double[total];
        double[] ys = new double[total];
        int[] starts = new int[rings.size() + 1];
        double[] signs = new double[rings.size()];
        double[] env = new double[4 * rings.size()];
        double area = 0;
        int k = 0;
        for (int i = 0; i < rings.size(); i++) {
            starts[i] = k;
            Coordinate[] cs = rings.get(i).getCoordinates();
            double minX = Double.POSITIVE_INFINITY, minY = minX, maxX = Double.NEGATIVE_INFINITY, maxY = maxX;
            for (Coordinate c : cs) {
                if (!Double.isFinite(c.x) || !Double.isFinite(c.y)) {
                    throw new IllegalArgumentException("non-finite vertex " + c + " in ring " + i);
                }
                xs[k] = c.x;
                ys[k] = c.y;
                k++;
                minX = Math.min(minX, c.x);
                minY = Math.min(minY, c.y);
                maxX = Math.max(maxX, c.x);
                maxY = Math.max(maxY, c.y);
            }
            env[4 * i] = minX;
            env[4 * i + 1] = minY;
            env[4 * i + 2] = maxX;
            env[4 * i + 3] = maxY;
            double twiceSigned = twiceSignedArea(xs, ys, starts[i], k);
            double role = shell.get(i) ? 1 : -1;
            // counter-clockwise on the map (positive shoelace) is clockwise in the south-growing pixel frame,
            // which the accumulator counts positive
            signs[i] = twiceSigned >= 0 ? role : -role;
            area += role * Math.abs(twiceSigned) / 2;
        }
        starts[rings.size()] = k;
        return new PolygonRings(xs, ys, starts, signs, env, area);
    }

    /** Planar area in squared CRS units: shells minus holes. */
    public double area() {
        return area;
    }

    public int ringCount() {
        return signs.length;
    }

    /** The envelope of all rings, in CRS units (a new object). */
    public Envelope envelope() {
        Envelope e = new Envelope();
        for (int i = 0; i < signs.length; i++) {
            e.expandToInclude(ringEnvelopes[4 * i], ringEnvelopes[4 * i + 1]);
            e.expandToInclude(ringEnvelopes[4 * i + 2], ringEnvelopes[4 * i + 3]);
        }
        return e;
    }

    /** The pixels of {@code frame} the envelope touches (empty when it misses the frame). */
    public PixelWindow windowIn(GridSpec frame) {
        Envelope e = envelope();
        if (e.isNull()) {
            return PixelWindow.EMPTY;
        }
        return windowOf(frame, e.getMinX(), e.getMinY(), e.getMaxX(), e.getMaxY());
    }

    /** The fraction of each pixel of {@code frame} inside the polygon; empty when the polygon misses the frame. */
    public CoverageMatrix coverage(GridSpec frame) {
        return coverage(frame, frame.window());
    }

    /**
     * The fraction of each pixel of {@code window} (pixels of {@code grid}) inside the polygon, as a matrix whose
     * window is relative to {@code window}'s top-left corner; empty when the polygon misses the window. Vertices are
     * converted to pixels of the whole grid, never of the window, so a pixel's fraction is the same bits whatever
     * window it is computed in: tiled coverage does not depend on the tile size.
     */
    public CoverageMatrix coverage(GridSpec grid, PixelWindow window) {
        PixelWindow cells = windowIn(grid).intersect(window);
        if (cells.isEmpty()) {
            return CoverageMatrix.empty();
        }
        FractionAccumulator acc = new FractionAccumulator(cells, grid.height());
        double[] u = new double[0];
        double[] v = new double[0];
        for (int i = 0; i < signs.length; i++) {
            if (windowOf(grid, ringEnvelopes[4 * i], ringEnvelopes[4 * i + 1], ringEnvelopes[4 * i + 2],
                    ringEnvelopes[4 * i + 3]).intersect(window).isEmpty()) {
                continue;
            }
            int from = starts[i];
            int n = starts[i + 1] - from;
            if (u.length < n) {
                u = new double[n];
                v = new double[n];
            }
            for (int j = 0; j < n; j++) {
                u[j] = grid.col(xs[from + j]);
                v[j] = grid.row(ys[from + j]);
            }
            acc.addRing(u, v, n, signs[i]);
        }
        return acc.toMatrix().shifted(-window.col(), -window.row());
    }

    private static PixelWindow windowOf(GridSpec frame, double minX, double minY, double maxX, double maxY) {
        double c0 = Math.floor(frame.col(minX));
        double c1 = Math.ceil(frame.col(maxX));
        double r0 = Math.floor(frame.row(maxY));
        double r1 = Math.ceil(frame.row(minY));
        c0 = Math.max(c0, 0);
        r0 = Math.max(r0, 0);
        c1 = Math.min(c1, frame.width());
        r1 = Math.min(r1, frame.height());
        if (!(c1 > c0) || !(r1 > r0)) {
            return PixelWindow.EMPTY;
        }
        return new PixelWindow((int) c0, (int) r0, (int) (c1 - c0), (int) (r1 - r0));
    }

    private static double twiceSignedArea(double[] xs, double[] ys, int from, int to) {
        if (to - from < 3) {
            return 0;
        }
        double x0 = xs[from];
        double y0 = ys[from];
        double s = 0;
        for (int i = from + 1; i < to - 1; i++) {
            s += (xs[i] - x0) * (ys[i + 1] - y0) - (xs[i + 1] - x0) * (ys[i] - y0);
        }
        return s;
    }
}
