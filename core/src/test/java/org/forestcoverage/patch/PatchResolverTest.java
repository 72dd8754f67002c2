package org.forestcoverage.patch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.forestcoverage.definition.MinimumMappingUnit;
import org.forestcoverage.grid.GridSpec;
import org.forestcoverage.grid.PixelWindow;
import org.forestcoverage.grid.Tiling;
import org.forestcoverage.kernel.LandClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The minimum mapping unit across tiles against a whole-raster breadth-first search written here: for several
 * tilings, connectivities and units the forest left, and the per-zone forest sums after the driver's moves, equal
 * those of the whole raster.
 *
 * <p>Raster: 230 x 170 pixels, forest where a seeded value is below 0.45, in clumps (each 5 x 5 block shares a bias).
 * Area: pixels outside an ellipse are outside every district; zones are 1 + x / 40; pixel row areas grow by 1,000 mm2
 * a row from 900 m2 (as on a geographic grid). Every pixel whose column is a multiple of 37 is split between its zone
 * and the next (fractions 1/3, 2/3): its shares are what a fractional tally would add.
 */
class PatchResolverTest {
    static final int W = 230;
    static final int H = 170;
    static final long PX = 1L << 24;

    static boolean inArea(int x, int y) {
        double dx = (x - W / 2.0) / (W / 2.1);
        double dy = (y - H / 2.0) / (H / 2.1);
        return dx * dx + dy * dy <= 1;
    }

    static long rowMm2(int y) {
        return 900_000_000L + 1000L * y;
    }

    static byte[] raster(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] bias = new double[(W / 5 + 1) * (H / 5 + 1)];
        for (int i = 0; i < bias.length; i++) {
            bias[i] = r.nextDouble() * 0.5 - 0.25;
        }
        byte[] c = new byte[W * H];
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                boolean forest = r.nextDouble() + bias[(y / 5) * (W / 5 + 1) + x / 5] < 0.45;
                c[y * W + x] = forest ? LandClass.FOREST : LandClass.NON_FOREST;
            }
        }
        return c;
    }

    /** What a tally adds for grid pixel (x, y) of area a: whole to zone 1 + x / 40, or split 1/3 and 2/3. */
    static void shares(int x, int y, long a, PixelShares.Sink sink) {
        int z = 1 + x / 40;
        if (x % 37 == 0) {
            sink.add(z, Math.round(PX / 3.0), Math.round(a / 3.0));
            sink.add(z + 1, Math.round(2 * PX / 3.0), Math.round(2 * a / 3.0));
        } else {
            sink.add(z, PX, a);
        }
    }

    /** The oracle: breadth-first search over the whole raster, patches below the unit removed. */
    static boolean[] oracle(byte[] classes, int connectivity, MinimumMappingUnit unit) {
        boolean[] keep = new boolean[W * H];
        boolean[] seen = new boolean[W * H];
        for (int start = 0; start < W * H; start++) {
            if (seen[start] || !patch(classes, start)) {
                continue;
            }
            List<Integer> members = new ArrayList<>();
            ArrayDeque<Integer> queue = new ArrayDeque<>(List.of(start));
            seen[start] = true;
            long area = 0;
            while (!queue.isEmpty()) {
                int p = queue.poll();
                members.add(p);
                area += rowMm2(p / W);
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        if ((dx == 0 && dy == 0) || (connectivity == 4 && dx != 0 && dy != 0)) {
                            continue;
                        }
                        int x = p % W + dx;
                        int y = p / W + dy;
                        int q = y * W + x;
                        if (x >= 0 && y >= 0 && x < W && y < H && !seen[q] && patch(classes, q)) {
                            seen[q] = true;
                            queue.add(q);
                        }
                    }
                }
            }
            boolean kept = unit.keepsMm2(area);
            for (int p : members) {
                keep[p] = kept;
            }
        }
        return keep;
    }

    static boolean patch(byte[] classes, int p) {
        return classes[p] == LandClass.FOREST && inArea(p % W, p / W);
    }

    /** Forest sums per zone (index = zone) of a raster, as a tally would add them. */
    static long[][] sums(byte[] classes) {
        long[][] s = new long[2][W / 40 + 3];
        for (int p = 0; p < W * H; p++) {
            int x = p % W;
            int y = p / W;
            if (classes[p] == LandClass.FOREST && inArea(x, y)) {
                shares(x, y, rowMm2(y), (z, px, mm2) -> {
                    s[0][z] += px;
                    s[1][z] += mm2;
                });
            }
        }
        return s;
    }

    @ParameterizedTest
    @CsvSource({"17, 8, 0.5, false", "64, 8, 0.5, false", "100, 8, 0.5, true", "230, 8, 0.5, false",
                "17, 4, 0.5, false", "50, 4, 0.27, true", "33, 8, 1.2, false", "9, 8, 0.18, true"})
    void tilesAndDriverAgreeWithTheWholeRaster(int tileSize, int connectivity, String ha, boolean strict) {
        MinimumMappingUnit unit = new MinimumMappingUnit(new BigDecimal(ha), strict, connectivity);
        byte[] original = raster(7 + tileSize);
        boolean[] keep = oracle(original, connectivity, unit);
        byte[] expected = original.clone();
        for (int p = 0; p < W * H; p++) {
            if (patch(original, p) && !keep[p]) {
                expected[p] = LandClass.NON_FOREST;
            }
        }
        GridSpec grid = new GridSpec("LOCAL_CS[\"test\"]", 0, 0, 1, 1, W, H);
        Tiling tiling = new Tiling(grid, tileSize);
        byte[] result = new byte[W * H];
        List<TilePatches> borders = new ArrayList<>();
        PatchFilter filter = new PatchFilter(unit, tileSize * tileSize);
        for (int t = 0; t < tiling.count(); t++) {
            PixelWindow w = tiling.tile(t);
            byte[] tile = new byte[w.width() * w.height()];
            for (int r = 0; r < w.height(); r++) {
                System.arraycopy(original, (w.row() + r) * W + w.col(), tile, r * w.width(), w.width());
            }
            PixelShares s = new PixelShares() {
                public boolean inArea(int p) {
                    return PatchResolverTest.inArea(w.col() + p % w.width(), w.row() + p / w.width());
                }

                public void shares(int p, long a, Sink sink) {
                    PatchResolverTest.shares(w.col() + p % w.width(), w.row() + p / w.width(), a, sink);
                }
            };
            byte[] removedHere = new byte[tile.length];
            TilePatches b = filter.apply(0, t, w, tile, null, s, PatchResolverTest::rowMm2, removedHere);
            for (int p = 0; p < tile.length; p++) {
                // the flags name exactly the pixels the filter turned non-forest in the tile
                int g = (w.row() + p / w.width()) * W + w.col() + p % w.width();
                assertEquals(original[g] == LandClass.FOREST && tile[p] == LandClass.NON_FOREST, removedHere[p] == 1,
                        "removed flag of pixel " + g);
            }
            if (b != null) {
                borders.add(b);
            }
            for (int r = 0; r < w.height(); r++) {
                System.arraycopy(tile, r * w.width(), result, (w.row() + r) * W + w.col(), w.width());
            }
        }
        // the tiles' sums, then the driver's moves
        long[][] sums = sums(result);
        for (RemovedPatch removed : PatchResolver.resolve(tiling, unit, borders)) {
            PixelWindow w = tiling.tile(removed.tile());
            removed.candidate().forest().forEach((z, px, mm2) -> {
                sums[0][z] -= px;
                sums[1][z] -= mm2;
            });
            for (int p : removed.candidate().pixels()) {
                result[(w.row() + p / w.width()) * W + w.col() + p % w.width()] = LandClass.NON_FOREST;
            }
        }
        for (int p = 0; p < W * H; p++) {
            assertEquals(expected[p], result[p], "pixel (" + p % W + ", " + p / W + ")");
        }
        long[][] oracleSums = sums(expected);
        assertArrayEquals(oracleSums[0], sums[0], "pixel units per zone");
        assertArrayEquals(oracleSums[1], sums[1], "mm2 per zone");
        long before = 0;
        long after = 0;
        for (int p = 0; p < W * H; p++) {
            before += patch(original, p) ? 1 : 0;
            after += patch(expected, p) ? 1 : 0;
        }
        assertTrue(after < before && after > 0, "the unit removes some patches and keeps others: " + before + " -> " + after);
    }
}
