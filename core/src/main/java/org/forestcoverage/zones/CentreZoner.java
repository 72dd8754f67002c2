package org.forestcoverage.zones;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.forestcoverage.grid.GridSpec;
import org.forestcoverage.grid.PixelWindow;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * Pixel-centre zoning: a pixel belongs to the district whose polygon contains its centre, decided by an
 * even-odd scanline fill along the row of pixel centres, the rule of {@code gdal_rasterize} without
 * {@code -at}: intersections {@code xa <= xb} of the centre line with the rings fill columns
 * {@code floor(xa + 0.5) .. floor(xb + 0.5) - 1}. Coordinates are converted to pixels of the whole analysis grid
 * (never tile-relative) so the result does not depend on the tiling. When districts overlap, the later one wins.
 * Immutable and thread-safe.
 */
public final class CentreZoner implements Zoner {
    private static final long serialVersionUID = 1L;
    private final GridSpec grid;
    private final DistrictRings[] districts;

    /** Rings of one district in analysis-grid pixel coordinates, as flat arrays. */
    private record DistrictRings(int zone, double[] xs, double[] ys, int[] ringStart, double minRow, double maxRow,
                                 double minCol, double maxCol) implements java.io.Serializable {
    }

    public CentreZoner(GridSpec grid, List<District> districts) {
        this.grid = grid;
        this.districts = new DistrictRings[districts.size()];
        // GDAL's inverse geotransform for north-up grids: x = -x0/dx + X * (1/dx)
        double ix0 = -grid.originX() / grid.pixelWidth();
        double ix1 = 1.0 / grid.pixelWidth();
        double iy0 = -grid.originY() / -grid.pixelHeight();
        double iy1 = 1.0 / -grid.pixelHeight();
        for (int d = 0; d < districts.size(); d++) {
            List<LineString> rings = new ArrayList<>();
            Geometry g = districts.get(d).geometry();
            for (int p = 0; p < g.getNumGeometries(); p++) {
                Polygon poly = (Polygon) g.getGeometryN(p);
                rings.add(poly.getExteriorRing());
                for (int h = 0; h < poly.getNumInteriorRing(); h++) {
                    rings.add(poly.getInteriorRingN(h));
                }
            }
            int total = 0;
            for (LineString r : rings) {
                total += r.getNumPoints();
            }
            double[] xs = new double[total];
            double[] ys = new double[total];
            int[] starts = new int[rings.size() + 1];
            int k = 0;
            Envelope env = new Envelope();
            for (int r = 0; r < rings.size(); r++) {
                starts[r] = k;
                for (Coordinate c : rings.get(r).getCoordinates()) {
                    xs[k] = ix0 + c.x * ix1;
                    ys[k] = iy0 + c.y * iy1;
                    env.expandToInclude(xs[k], ys[k]);
                    k++;
                }
            }
            starts[rings.size()] = k;
            this.districts[d] = new DistrictRings(districts.get(d).index() + 1, xs, ys, starts,
                    env.getMinY(), env.getMaxY(), env.getMinX(), env.getMaxX());
        }
    }

    @Override
    public ZoneMask zones(GridSpec tile) {
        return zones(tile, null);
    }

    @Override
    public ZoneMask zones(GridSpec tile, short[] buffer) {
        PixelWindow w = grid.windowOf(tile);
        if (w == null) {
            throw new IllegalArgumentException("tile grid is not on the analysis grid's lattice");
        }
        int n = w.width() * w.height();
        short[] zone = buffer != null && buffer.length >= n ? buffer : new short[n];
        Arrays.fill(zone, 0, n, (short) 0);
        double[] ints = new double[64];
        for (DistrictRings d : districts) {
            if (d.maxRow < w.row() || d.minRow > w.endRow() || d.maxCol < w.col() || d.minCol > w.endCol()) {
                continue;
            }
            ints = fill(d, w, zone, ints);
        }
        return ZoneMask.whole(w.width(), w.height(), zone);
    }

    private static double[] fill(DistrictRings d, PixelWindow w, short[] zone, double[] ints) {
        int r0 = Math.max(w.row(), (int) d.minRow);
        int r1 = Math.min(w.endRow() - 1, (int) d.maxRow);
        if (r1 < r0) {
            return ints;
        }
        // active edge table: the non-horizontal edges reaching the tile's rows, ordered by their top y; an edge
        // (x1, y1) -> (x2, y2) with y1 < y2 crosses the centre line cy when y1 <= cy < y2 (GDAL's half-open rule)
        double lo = r0 + 0.5;
        double hi = r1 + 0.5;
        int count = 0;
        double[] e = new double[64];
        for (int ring = 0; ring + 1 < d.ringStart.length; ring++) {
            // rings are closed (last point == first), so consecutive points cover every edge
            for (int i = d.ringStart[ring] + 1; i < d.ringStart[ring + 1]; i++) {
                double y1 = d.ys[i - 1];
                double y2 = d.ys[i];
                double x1 = d.xs[i - 1];
                double x2 = d.xs[i];
                if (y1 == y2) {
                    continue;
                }
                if (y1 > y2) {
                    double t = y1; y1 = y2; y2 = t;
                    t = x1; x1 = x2; x2 = t;
                }
                if (y2 <= lo || y1 > hi) {
                    continue;
                }
                if (4 * count + 4 > e.length) {
                    e = Arrays.copyOf(e, e.length * 2);
                }
                e[4 * count] = y1;
                e[4 * count + 1] = y2;
                e[4 * count + 2] = x1;
                e[4 * count + 3] = x2;
                count++;
            }
        }
        Integer[] order = new Integer[count];
        for (int i = 0; i < count; i++) {
            order[i] = i;
        }
        final double[] edges = e;
        Arrays.sort(order, (a, b) -> Double.compare(edges[4 * a], edges[4 * b]));
        int[] active = new int[count];
        int nActive = 0;
        int next = 0;
        for (int row = r0; row <= r1; row++) {
            double cy = row + 0.5;
            while (next < count && edges[4 * order[next]] <= cy) {
                active[nActive++] = order[next++];
            }
            int n = 0;
            for (int k = 0; k < nActive; k++) {
                int a = active[k];
                double y1 = edges[4 * a];
                double y2 = edges[4 * a + 1];
                if (y2 <= cy) {
                    active[k--] = active[--nActive];
                    continue;
                }
                if (cy >= y1) {
                    if (n == ints.length) {
                        ints = Arrays.copyOf(ints, n * 2);
                    }
                    double x1 = edges[4 * a + 2];
                    double x2 = edges[4 * a + 3];
                    ints[n++] = (cy - y1) * (x2 - x1) / (y2 - y1) + x1;
                }
            }
            Arrays.sort(ints, 0, n);
            int base = (row - w.row()) * w.width();
            for (int i = 0; i + 1 < n; i += 2) {
                int c0 = Math.max(w.col(), (int) Math.floor(ints[i] + 0.5));
                int c1 = Math.min(w.endCol(), (int) Math.floor(ints[i + 1] + 0.5));
                for (int c = c0; c < c1; c++) {
                    zone[base + c - w.col()] = (short) d.zone;
                }
            }
        }
        return ints;
    }
}
