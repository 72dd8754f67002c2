package org.forestcoverage.qa;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.forestcoverage.coverage.PixelArea;
import org.forestcoverage.grid.PixelWindow;
import org.forestcoverage.kernel.LandClass;

/**
 * Counts the mapped strata (forest, non-forest) of a forest-class raster, for the whole raster and per zone
 * (district), tile by tile, with each pixel's true area from {@link PixelArea} (uniform on projected grids, per row
 * on geographic ones).
 *
 * <pre>{@code
 * MapTally t = new MapTally(List.of("west", "east"));
 * sampler.scan(512, (w, classes) -> t.add(w, classes, zoner.zones(grid.crop(w)).zone(), area));
 * StratumAreas west = t.zone("west");
 * }</pre>
 *
 * <p>Class codes are {@link LandClass}'s (0 unobserved, 1 non-forest, 2 forest, 3 water); any other value is refused.
 * Zones are 1-based in the zone arrays (0 = in no zone), as in {@code ZoneMask}. Without zones ({@code null} zone
 * arrays) the city is the whole raster; with zones it is the pixels inside some zone (the sum of the zones, as the
 * {@code ALL} row of coverage.csv). Not thread-safe.
 */
public final class MapTally {

    private final List<String> zoneIds;
    private final long[][] pixels;      // [zone 0..n][class 0..3]; zone 0 = outside every zone
    private final double[][] areaM2;
    private boolean zoned;

    /** @param zoneIds the zones' ids, zone k (1-based) = {@code zoneIds.get(k - 1)}; empty when there are none */
    public MapTally(List<String> zoneIds) {
        this.zoneIds = List.copyOf(zoneIds);
        this.pixels = new long[zoneIds.size() + 1][LandClass.COUNT];
        this.areaM2 = new double[zoneIds.size() + 1][LandClass.COUNT];
    }

    /**
     * Adds one tile.
     *
     * @param window  the tile's window in the raster
     * @param classes class codes, row-major, {@code window.width()} per row (longer buffers allowed)
     * @param zones   1-based zone per pixel in the same layout, or null when there are no zones
     * @param area    pixel areas of the raster's grid
     * @throws IllegalArgumentException naming the pixel when a value is not a land class or a zone is out of range
     */
    public void add(PixelWindow window, short[] classes, short[] zones, PixelArea area) {
        zoned |= zones != null;
        int w = window.width();
        long[][] rowCounts = new long[pixels.length][LandClass.COUNT];
        for (int r = 0; r < window.height(); r++) {
            for (long[] c : rowCounts) {
                java.util.Arrays.fill(c, 0);
            }
            for (int c = 0; c < w; c++) {
                int i = r * w + c;
                int v = classes[i] & 0xFFFF;
                if (v >= LandClass.COUNT) {
                    throw new IllegalArgumentException("pixel (col " + (window.col() + c) + ", row " + (window.row() + r)
                            + ") has value " + v + ", not a land class (0 unobserved, 1 non-forest, 2 forest, 3 water)");
                }
                int z = zones == null ? 0 : zones[i];
                if (z < 0 || z >= pixels.length) {
                    throw new IllegalArgumentException("pixel (col " + (window.col() + c) + ", row "
                            + (window.row() + r) + ") has zone " + z + " of " + zoneIds.size());
                }
                rowCounts[z][v]++;
            }
            double a = area.rowAreaM2(window.row() + r);
            for (int z = 0; z < pixels.length; z++) {
                for (int v = 0; v < LandClass.COUNT; v++) {
                    if (rowCounts[z][v] != 0) {
                        pixels[z][v] += rowCounts[z][v];
                        areaM2[z][v] += rowCounts[z][v] * a;
                    }
                }
            }
        }
    }

    /** The strata of one zone. @throws IllegalArgumentException for an unknown zone id */
    public StratumAreas zone(String id) {
        int k = zoneIds.indexOf(id);
        if (k < 0) {
            throw new IllegalArgumentException("no zone '" + id + "' among " + zoneIds);
        }
        return strata(k + 1);
    }

    /** Every zone's strata, in zone order. */
    public Map<String, StratumAreas> zones() {
        Map<String, StratumAreas> out = new LinkedHashMap<>();
        for (int k = 0; k < zoneIds.size(); k++) {
            out.put(zoneIds.get(k), strata(k + 1));
        }
        return out;
    }

    /** The whole raster without zones; the sum of the zones with them. */
    public StratumAreas city() {
        if (!zoned) {
            return strata(0);
        }
        StratumAreas s = StratumAreas.ZERO;
        for (int k = 1; k < pixels.length; k++) {
            s = s.plus(strata(k));
        }
        return s;
    }

    /** Pixels of class {@code landClass} (all zones and outside), e.g. to report unobserved pixels. */
    public long pixels(int landClass) {
        long n = 0;
        for (long[] z : pixels) {
            n += z[landClass];
        }
        return n;
    }

    private StratumAreas strata(int z) {
        return new StratumAreas(pixels[z][LandClass.FOREST], pixels[z][LandClass.NON_FOREST],
                areaM2[z][LandClass.FOREST], areaM2[z][LandClass.NON_FOREST]);
    }

    /** Zone ids in order. */
    public List<String> zoneIds() {
        return new ArrayList<>(zoneIds);
    }
}
