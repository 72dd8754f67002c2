package org.forestcoverage.patch;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToLongFunction;
import org.forestcoverage.definition.MinimumMappingUnit;
import org.forestcoverage.grid.PixelWindow;
import org.forestcoverage.kernel.LandClass;

/**
 * The tile task's half of the minimum mapping unit: labels the tile's forest patches, turns the patches that lie
 * wholly inside the tile and are below the unit into non-forest, and describes the patches that touch the tile's edge
 * and are below the unit in the tile ({@link TilePatches}) for the driver ({@link PatchResolver}).
 *
 * <pre>{@code
 * PatchFilter f = new PatchFilter(unit, tileSize * tileSize);
 * TilePatches border = f.apply(year, tile, window, classes, flags, shares, area::rowAreaMm2, removed); // null: nothing
 * tally.add(year, window, classes);                                                                    // then the tile
 * }</pre>
 *
 * <p>A patch pixel is a {@link LandClass#FOREST} pixel that lies at least partly in a district
 * ({@link PixelShares#inArea}). A patch's area is the sum of its pixels' row areas in mm2 ({@code rowAreaMm2} of the
 * grid row). Reuses its buffers: not thread-safe, one per task.
 */
public final class PatchFilter {
    private final MinimumMappingUnit unit;
    private final ComponentLabeler labeler;
    private boolean[] selected;
    private int[] labels;

    public PatchFilter(MinimumMappingUnit unit, int capacity) {
        if (!unit.active()) {
            throw new IllegalArgumentException("minimum mapping unit " + unit.describe() + " removes nothing");
        }
        this.unit = unit;
        this.labeler = new ComponentLabeler(capacity);
        this.selected = new boolean[capacity];
        this.labels = new int[capacity];
    }

    /**
     * Applies the unit to one year of one tile.
     *
     * @param classes    the tile's classes (row-major, {@code window.width()} per row); interior patches below the
     *                   unit are set to {@link LandClass#NON_FOREST} in place
     * @param flags      per-pixel flags whose layers of the sums a removed border patch must also move (e.g. filled
     *                   from another year; in a rule layer): {@code flags[k][p]} non-zero; null or null entries for none
     * @param rowAreaMm2 a pixel's area in grid row {@code row}, mm2
     * @param removed    receives 1 for each pixel turned non-forest here, 0 for the others
     * @return the border patches and edge labels, or null when no patch touches the tile's edge
     */
    public TilePatches apply(int year, int tile, PixelWindow window, byte[] classes, byte[][] flags, PixelShares shares,
                             IntToLongFunction rowAreaMm2, byte[] removed) {
        int w = window.width();
        int h = window.height();
        int n = w * h;
        if (selected.length < n) {
            selected = new boolean[n];
            labels = new int[n];
        }
        for (int i = 0; i < n; i++) {
            selected[i] = classes[i] == LandClass.FOREST && shares.inArea(i);
        }
        java.util.Arrays.fill(removed, 0, n, (byte) 0);
        int count = labeler.label(selected, w, h, unit.connectivity(), labels);
        if (count == 0) {
            return null;
        }
        long[] area = new long[count + 1];
        int[] pixels = new int[count + 1];
        boolean[] edge = new boolean[count + 1];
        for (int r = 0; r < h; r++) {
            long a = rowAreaMm2.applyAsLong(window.row() + r);
            boolean edgeRow = r == 0 || r == h - 1;
            for (int c = 0; c < w; c++) {
                int l = labels[r * w + c];
                if (l != 0) {
                    area[l] += a;
                    pixels[l]++;
                    edge[l] |= edgeRow || c == 0 || c == w - 1;
                }
            }
        }
        // candidate numbers: border parts below the unit; interior parts below it turn non-forest now
        int[] candidate = new int[count + 1];
        int candidates = 0;
        for (int l = 1; l <= count; l++) {
            if (!unit.keepsMm2(area[l])) {
                candidate[l] = edge[l] ? ++candidates : -1;
            }
        }
        int[][] members = new int[candidates + 1][];
        for (int l = 1; l <= count; l++) {
            if (candidate[l] > 0) {
                members[candidate[l]] = new int[pixels[l]];
            }
        }
        int[] at = new int[candidates + 1];
        for (int i = 0; i < n; i++) {
            int l = labels[i];
            if (l == 0 || candidate[l] == 0) {
                continue;
            }
            if (candidate[l] < 0) {
                classes[i] = LandClass.NON_FOREST;
                removed[i] = 1;
            } else {
                int k = candidate[l];
                members[k][at[k]++] = i;
            }
        }
        List<PatchCandidate> out = new ArrayList<>(candidates);
        int[] number = new int[count + 1];
        for (int l = 1; l <= count; l++) {
            int k = candidate[l];
            if (k <= 0) {
                continue;
            }
            int f = flags == null ? 0 : flags.length;
            Contribution.Builder forest = new Contribution.Builder();
            Contribution.Builder[] flagged = new Contribution.Builder[f];
            for (int j = 0; j < f; j++) {
                flagged[j] = new Contribution.Builder();
            }
            for (int p : members[k]) {
                long a = rowAreaMm2.applyAsLong(window.row() + p / w);
                shares.shares(p, a, forest);
                for (int j = 0; j < f; j++) {
                    if (flags[j] != null && flags[j][p] != 0) {
                        shares.shares(p, a, flagged[j]);
                    }
                }
            }
            out.add(new PatchCandidate(area[l], members[k], forest.build(),
                    java.util.Arrays.stream(flagged).map(Contribution.Builder::build).toList()));
            number[l] = out.size();
        }
        int[] top = new int[w];
        int[] bottom = new int[w];
        int[] left = new int[h];
        int[] right = new int[h];
        boolean any = false;
        for (int c = 0; c < w; c++) {
            top[c] = edgeLabel(labels[c], candidate, number);
            bottom[c] = edgeLabel(labels[(h - 1) * w + c], candidate, number);
            any |= top[c] != TilePatches.NONE || bottom[c] != TilePatches.NONE;
        }
        for (int r = 0; r < h; r++) {
            left[r] = edgeLabel(labels[r * w], candidate, number);
            right[r] = edgeLabel(labels[r * w + w - 1], candidate, number);
            any |= left[r] != TilePatches.NONE || right[r] != TilePatches.NONE;
        }
        return any ? new TilePatches(year, tile, window, top, bottom, left, right, out) : null;
    }

    private static int edgeLabel(int label, int[] candidate, int[] number) {
        if (label == 0) {
            return TilePatches.NONE;
        }
        return candidate[label] > 0 ? number[label] : TilePatches.KEPT;
    }
}
