package org.forestcoverage.patch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.forestcoverage.definition.MinimumMappingUnit;
import org.forestcoverage.grid.PixelWindow;
import org.forestcoverage.grid.Tiling;

/**
 * The driver's half of the minimum mapping unit: joins the tiles' border patches into whole patches and returns the
 * parts of the whole patches below the unit.
 *
 * <pre>{@code
 * List<RemovedPatch> removed = PatchResolver.resolve(tiling, unit, borders);
 * for (RemovedPatch r : removed) r.candidate().forest().forEach((z, px, mm2) -> sums.transfer(...));
 * }</pre>
 *
 * <p>Every candidate is a node of a union-find, with one node per year for "kept" (a part that reaches the unit by
 * itself). For each pixel on a tile's right and bottom edge, its neighbours across the edge (the 3 of 8-connectivity,
 * corners included, or the 1 of 4-connectivity) are looked up on the edges of the tiles holding them; two patch pixels
 * join their nodes. A whole patch joined to "kept" stays; any other is kept when the sum of its parts' areas reaches
 * the unit, else each of its parts is returned. Integer areas, so the decision does not depend on the tiling or on
 * the order of the tiles. Stateless and thread-safe.
 */
public final class PatchResolver {

    private PatchResolver() {
    }

    /**
     * @param tiling  the tiling the tasks used
     * @param unit    the minimum mapping unit (its connectivity too)
     * @param borders every tile's and year's {@link TilePatches} (tiles without any left out)
     * @return the removed parts, by year, tile and candidate order
     */
    public static List<RemovedPatch> resolve(Tiling tiling, MinimumMappingUnit unit, List<TilePatches> borders) {
        Map<Long, TilePatches> byTile = new HashMap<>();
        List<TilePatches> ordered = new ArrayList<>(borders);
        ordered.sort((a, b) -> a.year() != b.year() ? Integer.compare(a.year(), b.year())
                : Integer.compare(a.tile(), b.tile()));
        Map<Long, Integer> firstNode = new HashMap<>();
        Map<Integer, Integer> keptNode = new HashMap<>();
        int nodes = 0;
        for (TilePatches t : ordered) {
            if (byTile.put(key(t.year(), t.tile()), t) != null) {
                throw new IllegalArgumentException("tile " + t.tile() + " of year " + t.year() + " reported twice");
            }
            if (!keptNode.containsKey(t.year())) {
                keptNode.put(t.year(), nodes++);
            }
            firstNode.put(key(t.year(), t.tile()), nodes);
            nodes += t.candidates().size();
        }
        int[] parent = new int[nodes];
        for (int i = 0; i < nodes; i++) {
            parent[i] = i;
        }
        Edges edges = new Edges(byTile, firstNode, keptNode, tiling, unit.connectivity() == 8);
        for (TilePatches t : ordered) {
            PixelWindow w = t.window();
            // the right edge joins the column to its right, the bottom edge the row below (corners included)
            edges.join(parent, t, w.col() + w.width() - 1, w.row(), 0, 1, w.height(), 1, 0);
            edges.join(parent, t, w.col(), w.row() + w.height() - 1, 1, 0, w.width(), 0, 1);
        }
        // whole patches: total area per root; kept when joined to "kept" or reaching the unit
        long[] total = new long[nodes];
        for (TilePatches t : ordered) {
            int first = firstNode.get(key(t.year(), t.tile()));
            for (int k = 0; k < t.candidates().size(); k++) {
                total[find(parent, first + k)] += t.candidates().get(k).areaMm2();
            }
        }
        List<RemovedPatch> removed = new ArrayList<>();
        for (TilePatches t : ordered) {
            int first = firstNode.get(key(t.year(), t.tile()));
            int keptRoot = find(parent, keptNode.get(t.year()));
            for (int k = 0; k < t.candidates().size(); k++) {
                int root = find(parent, first + k);
                if (root != keptRoot && !unit.keepsMm2(total[root])) {
                    removed.add(new RemovedPatch(t.year(), t.tile(), t.candidates().get(k)));
                }
            }
        }
        return removed;
    }

    private static long key(int year, int tile) {
        return ((long) year << 32) | tile;
    }

    /** The node of an edge label: -1 for no patch. */
    private static int node(int label, int first, int kept) {
        return label == TilePatches.NONE ? -1 : label == TilePatches.KEPT ? kept : first + label - 1;
    }

    /** Looks up the nodes of edge pixels of any tile, and joins each edge pixel with its neighbours across the edge. */
    private record Edges(Map<Long, TilePatches> byTile, Map<Long, Integer> firstNode, Map<Integer, Integer> keptNode,
                         Tiling tiling, boolean eight) {

        /**
         * For the {@code length} pixels from (x, y) stepping (sx, sy) along one edge of tile {@code t}, joins each
         * patch pixel with the patch pixels across the edge at offset (nx, ny) (and its two diagonal neighbours).
         */
        void join(int[] parent, TilePatches t, int x, int y, int sx, int sy, int length, int nx, int ny) {
            int kept = keptNode.get(t.year());
            int first = firstNode.get(key(t.year(), t.tile()));
            for (int i = 0; i < length; i++) {
                int px = x + i * sx;
                int py = y + i * sy;
                int a = PatchResolver.node(t.edgeLabel(px, py), first, kept);
                if (a < 0) {
                    continue;
                }
                for (int d = eight ? -1 : 0; d <= (eight ? 1 : 0); d++) {
                    PatchResolver.join(parent, a, at(t.year(), px + nx + d * sx, py + ny + d * sy));
                }
            }
        }

        /** The node of grid pixel (x, y) on the edge of its tile, or -1 (outside the grid, no record, no patch). */
        int at(int year, int x, int y) {
            if (x < 0 || y < 0 || x >= tiling.grid().width() || y >= tiling.grid().height()) {
                return -1;
            }
            int tile = (y / tiling.tileSize()) * tiling.tilesX() + x / tiling.tileSize();
            TilePatches t = byTile.get(key(year, tile));
            return t == null ? -1 : PatchResolver.node(t.edgeLabel(x, y), firstNode.get(key(year, tile)),
                    keptNode.get(year));
        }
    }

    private static void join(int[] parent, int a, int b) {
        if (b < 0) {
            return;
        }
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }

    private static int find(int[] parent, int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }
}
