package org.forestcoverage.qa;

import java.util.ArrayList;
import java.util.List;
import org.forestcoverage.grid.PixelWindow;
import org.forestcoverage.kernel.LandClass;
import org.forestcoverage.sums.CoverageSums;

/**
 * The two raster passes of a stratified random sample of a forest-class raster: pass 1 counts the pixels of each
 * stratum with the one accumulator ({@code sums.DistrictTally}, pixel-centre zones: a sampled pixel belongs to one
 * district), {@link SampleDesign} sizes the sample and draws ranks, pass 2 (the same tiles, same order) picks the
 * pixels whose rank within their stratum was drawn. Nothing is stored per pixel.
 *
 * <pre>{@code
 * StratumScan scan = new StratumScan(districtIds, true);
 * sampler.scan(512, (w, v) -> tally.add(0, w, classes(w, v)));                  // pass 1
 * scan.countFrom(tally.sums(), 0);
 * SampleDesign d = SampleDesign.fixedPerStratum(scan.strata(), 50, seed);
 * scan.startSelection(d);
 * sampler.scan(512, (w, v) -> scan.select(w, v, tally.zones(w).zonesPerPixel()));   // pass 2
 * List<SampledPixel> plots = scan.selected();
 * }</pre>
 *
 * <p>Strata are the map classes forest ({@link LandClass#FOREST}) and non-forest ({@link LandClass#NON_FOREST});
 * unobserved and water pixels are never sampled. With zones (districts, 1-based in the zone arrays, 0 = none) only
 * pixels inside a zone are sampled; {@code byZone} splits each class per zone. Strata are listed zone by zone in zone
 * order, forest before non-forest. Both passes must visit the tiles in the same order. Not thread-safe.
 */
public final class StratumScan {

    private static final int[] CLASSES = {LandClass.FOREST, LandClass.NON_FOREST};

    private final List<String> zoneIds;
    private final boolean byZone;
    private final boolean zoned;
    private final List<StratumKey> keys = new ArrayList<>();
    private final long[] counts;
    private final List<SampledPixel> selected = new ArrayList<>();
    private SampleDesign.Cursor cursor;
    private int[] designIndex;

    /**
     * @param zoneIds the zones' ids (zone k, 1-based, is {@code zoneIds.get(k - 1)}); empty for the whole raster
     * @param byZone  one stratum per (zone, class) instead of per class; needs zones
     */
    public StratumScan(List<String> zoneIds, boolean byZone) {
        if (byZone && zoneIds.isEmpty()) {
            throw new IllegalArgumentException("strata by district need districts");
        }
        this.zoneIds = List.copyOf(zoneIds);
        this.byZone = byZone;
        this.zoned = !zoneIds.isEmpty();
        List<String> zones = byZone ? this.zoneIds : List.of(StratumKey.WHOLE_AREA);
        for (String z : zones) {
            for (int c : CLASSES) {
                keys.add(StratumKey.of(c, z));
            }
        }
        this.counts = new long[keys.size()];
    }

    /**
     * Pass 1: the strata's pixel counts from the sums of the accumulator, year index {@code year}: per zone (1-based,
     * as the zone ids) with zones, else zone 1 (the whole raster). The counts must be whole pixels.
     *
     * @throws IllegalArgumentException when a count is a fraction of a pixel (fractional zones)
     */
    public void countFrom(CoverageSums sums, int year) {
        java.util.Arrays.fill(counts, 0);
        for (int z = 1; z <= (zoned ? zoneIds.size() : 1); z++) {
            for (int k = 0; k < CLASSES.length; k++) {
                long units = sums.px(year, z, CLASSES[k]);
                if (units % CoverageSums.PX_UNIT != 0) {
                    throw new IllegalArgumentException("strata need whole pixels (pixel-centre zones), zone " + z
                            + " has " + units / (double) CoverageSums.PX_UNIT);
                }
                counts[byZone ? (z - 1) * 2 + k : k] += units / CoverageSums.PX_UNIT;
            }
        }
    }

    /** The strata with their pixel counts (sample sizes 0), for {@link SampleDesign}. */
    public List<StratumSample> strata() {
        List<StratumSample> out = new ArrayList<>(keys.size());
        for (int s = 0; s < keys.size(); s++) {
            out.add(new StratumSample(keys.get(s), counts[s], 0));
        }
        return out;
    }

    /** Starts pass 2 with the design built from {@link #strata()}. */
    public void startSelection(SampleDesign design) {
        cursor = design.cursor();
        designIndex = new int[keys.size()];
        for (int s = 0; s < keys.size(); s++) {
            designIndex[s] = design.indexOf(keys.get(s));
            if (design.strata().get(designIndex[s]).pixelCount() != counts[s]) {
                throw new IllegalStateException("stratum " + keys.get(s) + " had " + counts[s] + " pixels in pass 1 but "
                        + design.strata().get(designIndex[s]).pixelCount() + " in the design");
            }
        }
        selected.clear();
    }

    /** Pass 2: visits one tile, in the same order as pass 1. */
    public void select(PixelWindow w, short[] classes, short[] zones) {
        if (cursor == null) {
            throw new IllegalStateException("call startSelection before select");
        }
        visit(w, classes, zones);
    }

    /** The selected pixels in scan order. */
    public List<SampledPixel> selected() {
        return List.copyOf(selected);
    }

    /** Checks that pass 2 saw as many pixels per stratum as pass 1 (the raster did not change in between). */
    public void finishSelection() {
        for (int s = 0; s < keys.size(); s++) {
            if (cursor.seen(designIndex[s]) != counts[s]) {
                throw new IllegalStateException("stratum " + keys.get(s) + ": pass 2 saw " + cursor.seen(designIndex[s])
                        + " pixels, pass 1 counted " + counts[s]);
            }
        }
    }

    private void visit(PixelWindow w, short[] classes, short[] zones) {
        int width = w.width();
        for (int r = 0; r < w.height(); r++) {
            for (int c = 0; c < width; c++) {
                int i = r * width + c;
                int v = classes[i] & 0xFFFF;
                int cls = v == LandClass.FOREST ? 0 : v == LandClass.NON_FOREST ? 1 : -1;
                if (cls < 0) {
                    if (v >= LandClass.COUNT) {
                        throw new IllegalArgumentException("pixel (col " + (w.col() + c) + ", row " + (w.row() + r)
                                + ") has value " + v + ", not a land class (0 unobserved, 1 non-forest, 2 forest,"
                                + " 3 water)");
                    }
                    continue;
                }
                int z = zones == null ? 0 : zones[i];
                if (zoned && z <= 0) {
                    continue;
                }
                int s = byZone ? (z - 1) * 2 + cls : cls;
                if (cursor.next(designIndex[s])) {
                    selected.add(new SampledPixel(w.col() + c, w.row() + r, keys.get(s), v,
                            zoned ? zoneIds.get(z - 1) : null));
                }
            }
        }
    }
}
