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
    public GridSpec grid() {
        return grid;
    }

    @Override
    public ZoneMask zones(PixelWindow w) {
        if (w.col() < 0 || w.row() < 0 || w.endCol() > grid.width() || w.endRow() > grid.height()) {
            throw new IllegalArgumentException("window " + w + " outside the grid " + grid.width() + " x " + grid.height());
        }
        Scratch scratch = SCRATCH.get();
        int n = (int) w.pixelCount();
        short[] zone = scratch.tile(n);
        Arrays.fill(zone, 0, n, (short) 0);
        for (DistrictRings d : districts) {
            if (d.maxRow < w.row() || d.minRow > w.endRow() || d.maxCol < w.col() || d.minCol > w.endCol()) {
                continue;
            }
            fill(d, w, zone, scratch);
        }
        ZoneMask.Builder b = new ZoneMask.Builder(w.width(), w.height());
        for (int r = 0; r < w.height(); r++) {
            b.row(zone, r * w.width());
        }
        return b.build();
    }

    /** Working arrays of {@link #fill}, one set per thread: zoning a tile allocates only its mask. */
    private static final class Scratch {
        double[] edges = new double[256];
        long[] order = new long[64];
        int[] active = new int[64];
        double[] ints = new double[64];
        short[] tile = new short[0];

        void edges(int count) {
            if (4 * count > edges.length) {
                edges = Arrays.copyOf(edges, Math.max(4 * count, 2 * edges.length));
            }
            if (count > order.length) {
                order = Arrays.copyOf(order, Math.max(count, 2 * order.length));
                active = new int[order.length];
            }
        }

        /** The tile's zones, painted district by district (the later district wins), then cut into runs. */
        short[] tile(int n) {
            if (tile.length < n) {
                tile = new short[n];
            }
            return tile;
        }
    }

    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    private static void fill(DistrictRings d, PixelWindow w, short[] zone, Scratch s) {
        int r0 = Math.max(w.row(), (int) d.minRow);
        int r1 = Math.min(w.endRow() - 1, (int) d.maxRow);
        if (r1 < r0) {
            return;
        }
        // active edge table: the non-horizontal edges reaching the tile's rows, ordered by the first row whose
        // centre they reach; an edge (x1, y1) -> (x2, y2) with y1 < y2 crosses the centre line cy when
        // y1 <= cy < y2 (GDAL's half-open rule)
        double lo = r0 + 0.5;
        double hi = r1 + 0.5;
        int count = 0;
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
                s.edges(count + 1);
                double[] e = s.edges;
                e[4 * count] = y1;
                e[4 * count + 1] = y2;
                e[4 * count + 2] = x1;
                e[4 * count + 3] = x2;
                // first row r with r + 0.5 >= y1, relative to r0, above the edge number: sorting the longs orders
                // the edges by that row without boxing
                long first = Math.max(0, (long) Math.ceil(y1 - 0.5) - r0);
                s.order[count] = first << 32 | count;
                count++;
            }
        }
        final double[] edges = s.edges;
        long[] order = s.order;
        int[] active = s.active;
        Arrays.sort(order, 0, count);
        int nActive = 0;
        int next = 0;
        for (int row = r0; row <= r1; row++) {
            double cy = row + 0.5;
            while (next < count && (order[next] >>> 32) <= row - r0) {
                active[nActive++] = (int) order[next++];
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
                    if (n == s.ints.length) {
                        s.ints = Arrays.copyOf(s.ints, n * 2);
                    }
                    double x1 = edges[4 * a + 2];
                    double x2 = edges[4 * a + 3];
                    s.ints[n++] = (cy - y1) * (x2 - x1) / (y2 - y1) + x1;
                }
            }
            double[] ints = s.ints;
            Arrays.sort(ints, 0, n);
            int base = (row - w.row()) * w.width() - w.col();
            for (int i = 0; i + 1 < n; i += 2) {
                int c0 = Math.max(w.col(), (int) Math.floor(ints[i] + 0.5));
                int c1 = Math.min(w.endCol(), (int) Math.floor(ints[i + 1] + 0.5));
                if (c0 < c1) {
                    Arrays.fill(zone, base + c0, base + c1, (short) d.zone);
                }
            }
        }
    }
}
