package org.forestcoverage.tile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.forestcoverage.grid.GridSpec;
import org.forestcoverage.grid.PixelWindow;
import org.forestcoverage.io.gdal.OpenRasters;
import org.forestcoverage.plan.RulePlan;
import org.forestcoverage.raster.BandSource;
import org.forestcoverage.raster.BandTile;
import org.forestcoverage.raster.NodataRule;
import org.forestcoverage.raster.Resampling;
import org.forestcoverage.raster.TileCoverage;

/**
 * The forest definition's rule layers in one task ({@link RulePlan}): reads each layer onto a tile, as a categorical
 * band (a window read, or nearest neighbour through the per-pixel warp every band source uses, so a pixel's value
 * does not depend on the tiling), and flags the pixels each layer holds: value neither 0 nor nodata (nor NaN), inside
 * the raster. A pixel an earlier layer holds is not flagged for a later one, so the layers never count a pixel twice.
 * Not thread-safe: one per task.
 */
final class RuleReader {
    private final List<RulePlan> rules;
    private final List<BandSource> sources = new ArrayList<>();
    private final List<BandTile> tiles = new ArrayList<>();

    RuleReader(List<RulePlan> rules, OpenRasters files, GridSpec grid, Resampling resampling, int capacity) {
        this.rules = rules;
        for (RulePlan r : rules) {
            sources.add(SceneReader.source(r.band(), files, grid, resampling, r.nodata(), true));
            tiles.add(BandTile.allocate(r.band().info().type(), capacity));
        }
    }

    /** Sets {@code flags[i][p]} to 1 where layer {@code i} holds pixel {@code p} of {@code window}, no earlier one. */
    void read(PixelWindow window, byte[][] flags) {
        int n = (int) window.pixelCount();
        for (int i = 0; i < rules.size(); i++) {
            BandTile t = sources.get(i).read(window, tiles.get(i));
            mark(t, rules.get(i).nodata(), n, flags[i]);
            for (int j = 0; j < i; j++) {
                for (int p = 0; p < n; p++) {
                    flags[i][p] &= (byte) (1 - flags[j][p]);
                }
            }
        }
    }

    /** The one rule of a layer's pixel: covered, and its value neither 0 nor the band's nodata. */
    private static void mark(BandTile t, NodataRule nodata, int n, byte[] out) {
        if (t.coverage() == TileCoverage.NONE) {
            Arrays.fill(out, 0, n, (byte) 0);
            return;
        }
        boolean partial = t.coverage() == TileCoverage.PARTIAL;
        byte[] covered = t.maskBuffer();
        if (t.type().inShortStorage()) {
            short[] v = t.shortBuffer();
            boolean unsigned = t.type().isUnsigned();
            int nd = nodata.rawShort();
            for (int p = 0; p < n; p++) {
                int x = unsigned ? v[p] & 0xFFFF : v[p];
                out[p] = (byte) ((!partial || covered[p] != 0) && x != 0 && x != nd ? 1 : 0);
            }
        } else {
            double[] v = t.doubleBuffer();
            for (int p = 0; p < n; p++) {
                out[p] = (byte) ((!partial || covered[p] != 0) && v[p] != 0 && !nodata.isNodata(v[p]) ? 1 : 0);
            }
        }
    }
}
