package org.forestcoverage.zones;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.forestcoverage.coverage.CoverageMatrix;
import org.forestcoverage.coverage.PolygonRings;
import org.forestcoverage.grid.GridSpec;
import org.forestcoverage.grid.PixelWindow;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Zones by exact fractional coverage: each pixel goes to the districts covering it, with the fraction of its area
 * each one covers.
 *
 * <pre>{@code
 * Zoner zoner = new FractionalZoner(grid, districts);   // geometries in the grid's CRS
 * ZoneMask mask = zoner.zones(tiling.tile(i));
 * }</pre>
 *
 * <p>A pixel whose only covering district has fraction at least {@code 1 - }{@link #WHOLE_TOLERANCE} is whole
 * ({@code zone = index + 1}); a pixel covered partly, or by several districts, is {@link ZoneMask#SPLIT} with one
 * entry per district whose fraction is at least {@link #DROP_BELOW}, in district-index order, fractions as computed
 * (not renormalised). Pixels no district covers get 0. On districts that partition an area, the entries of a pixel
 * sum to 1 up to about 1e-13, so district areas add up to the area of the union.
 *
 * <p>Fractions are computed in pixels of the whole grid ({@link PolygonRings#coverage(GridSpec, PixelWindow)}), so a
 * pixel gets the same fractions, bit for bit, in any tile: district sums do not depend on the tile size. Only
 * districts whose envelope intersects the tile are looked at (an STRtree built once). Immutable and thread-safe: the
 * tree is built in the constructor and only queried afterwards.
 */
public final class FractionalZoner implements Zoner {
    private static final long serialVersionUID = 1L;

    /** Fractions within this of 1 count as the whole pixel. */
    public static final double WHOLE_TOLERANCE = 1e-12;
    /** Fractions below this are dropped (rounding noise of a boundary running along a pixel edge). */
    public static final double DROP_BELOW = 1e-12;

    private final GridSpec grid;
    private final PolygonRings[] rings;
    private final STRtree index;

    /**
     * A zoner on {@code grid} for {@code districts}; district {@code i} of the list must have {@code index() == i} and
     * a polygonal geometry in the grid's CRS.
     */
    public FractionalZoner(GridSpec grid, List<District> districts) {
        this.grid = grid;
        if (districts.size() >= Short.MAX_VALUE) {
            throw new IllegalArgumentException("at most " + (Short.MAX_VALUE - 1) + " districts fit a zone mask, got "
                    + districts.size());
        }
        List<String> bad = new ArrayList<>();
        rings = new PolygonRings[districts.size()];
        index = new STRtree();
        for (int i = 0; i < districts.size(); i++) {
            District d = districts.get(i);
            if (d.index() != i) {
                bad.add("district " + d.id() + " has index " + d.index() + " at list position " + i);
                continue;
            }
            try {
                rings[i] = PolygonRings.of(d.geometry());
            } catch (IllegalArgumentException e) {
                bad.add("district " + d.id() + ": " + e.getMessage());
                continue;
            }
            Envelope env = rings[i].envelope();
            if (!env.isNull()) {
                index.insert(env, i);
            }
        }
        if (!bad.isEmpty()) {
            throw new IllegalArgumentException("bad districts: " + String.join("; ", bad));
        }
        index.build();
    }

    @Override
    public GridSpec grid() {
        return grid;
    }

    @Override
    public ZoneMask zones(PixelWindow window) {
        if (window.col() < 0 || window.row() < 0 || window.endCol() > grid.width() || window.endRow() > grid.height()) {
            throw new IllegalArgumentException("window " + window + " outside the grid " + grid.width() + " x "
                    + grid.height());
        }
        return merge(window.width(), window.height(), coverages(window));
    }

    /** The coverage of each district whose envelope meets the window, indexed by district; null for the others. */
    private CoverageMatrix[] coverages(PixelWindow window) {
        CoverageMatrix[] out = new CoverageMatrix[rings.length];
        if (window.isEmpty()) {
            return out;
        }
        GridSpec tile = grid.crop(window);
        Envelope tileEnv = new Envelope(tile.minX(), tile.maxX(), tile.minY(), tile.maxY());
        for (Object o : index.query(tileEnv)) {
            int i = (Integer) o;
            CoverageMatrix m = rings[i].coverage(grid, window);
            if (!m.isEmpty()) {
                out[i] = m;
            }
        }
        return out;
    }

    /**
     * Per row: each district writes its whole pixels and marks shared or partial ones SPLIT, looking only at the
     * columns its matrix spans; then the SPLIT pixels, in pixel order, get one entry per district in index order.
     */
    private static ZoneMask merge(int width, int height, CoverageMatrix[] covers) {
        int k = 0;
        for (CoverageMatrix m : covers) {
            if (m != null) {
                k++;
            }
        }
        if (k == 0) {
            return ZoneMask.empty(width, height);
        }
        short[] zones = new short[k];
        CoverageMatrix[] ms = new CoverageMatrix[k];
        k = 0;
        for (int i = 0; i < covers.length; i++) {
            if (covers[i] != null) {
                zones[k] = (short) (i + 1);
                ms[k++] = covers[i];
            }
        }
        ZoneMask.Builder mask = new ZoneMask.Builder(width, height);
        short[] zone = new short[width];
        // the per-pixel loops are small methods of their own: the JIT compiles each once, quickly, instead of
        // recompiling one large method whenever a tile takes a branch earlier tiles did not
        for (int r = 0; r < height; r++) {
            Arrays.fill(zone, (short) 0);
            int lo = width;
            int hi = 0;
            for (int j = 0; j < k; j++) {
                CoverageMatrix m = ms[j];
                PixelWindow w = m.window();
                int wr = r - w.row();
                if (wr >= 0 && wr < w.height() && m.spanStart(wr) < m.spanEnd(wr)) {
                    paint(m, wr, zones[j], zone);
                    lo = Math.min(lo, w.col() + m.spanStart(wr));
                    hi = Math.max(hi, w.col() + m.spanEnd(wr));
                }
            }
            splitEntries(ms, zones, r, width, zone, lo, hi, mask);
            mask.row(zone, 0);
        }
        return mask.build();
    }

    /**
     * Writes district {@code z}'s pixels of window row {@code wr} of its matrix into the tile row {@code zone}: whole
     * pixels of no other district get {@code z}, partial or shared ones {@link ZoneMask#SPLIT}.
     */
    private static void paint(CoverageMatrix m, int wr, short z, short[] zone) {
        int fi = wr * m.window().width();
        int p = m.window().col();
        for (int c = m.spanStart(wr), end = m.spanEnd(wr); c < end; c++) {
            double x = m.fractionAt(fi + c);
            if (x >= DROP_BELOW) {
                zone[p + c] = zone[p + c] == 0 && x >= 1 - WHOLE_TOLERANCE ? z : ZoneMask.SPLIT;
            }
        }
    }

    /** The split entries of tile row {@code r}'s SPLIT pixels in columns {@code lo .. hi - 1}, in pixel order. */
    private static void splitEntries(CoverageMatrix[] ms, short[] zones, int r, int width, short[] zone, int lo, int hi,
                                     ZoneMask.Builder mask) {
        for (int c = lo; c < hi; c++) {
            if (zone[c] == ZoneMask.SPLIT) {
                addEntries(ms, zones, c, r, r * width + c, mask);
            }
        }
    }

    private static void addEntries(CoverageMatrix[] ms, short[] zones, int c, int r, int p, ZoneMask.Builder mask) {
        for (int j = 0; j < ms.length; j++) {
            double x = ms[j].fraction(c, r);
            if (x >= DROP_BELOW) {
                mask.split(p, zones[j], x);
            }
        }
    }
}
