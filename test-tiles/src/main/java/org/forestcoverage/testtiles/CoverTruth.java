package org.forestcoverage.testtiles;

import java.util.ArrayList;
import java.util.List;
import org.forestcoverage.grid.PixelWindow;

/**
 * Pixel counts per district of a {@link CoverPattern} drawn over a scene, known by construction (pixel-centre
 * zones of a {@link DistrictLayout}, counted with integers): forest, non-forest, water and unobserved (cloud, no data,
 * outside the scene). Immutable.
 *
 * @param rows one row per district in layout order, then the city ({@link ExpectedCounts#CITY})
 */
public record CoverTruth(List<Row> rows) {

    /** Counts of one district, or of the city. */
    public record Row(String district, long forestPx, long nonForestPx, long waterPx, long unobservedPx) {
        public long observedPx() {
            return forestPx + nonForestPx + waterPx;
        }
    }

    public CoverTruth {
        rows = List.copyOf(rows);
    }

    /**
     * The counts of {@code pattern} over a scene covering {@code scene} (lattice indices) for the layout's districts.
     *
     * @param waterKnown whether the product (or a water source) tells water apart; without, water is non-forest land
     */
    public static CoverTruth of(DistrictLayout layout, CoverPattern pattern, PixelWindow scene, boolean waterKnown) {
        int n = layout.districts().size();
        long[][] c = new long[n + 1][4];
        PixelWindow ext = layout.extent();
        int[] zone = layout.zones(ext);
        for (int r = ext.row(); r < ext.endRow(); r++) {
            for (int col = ext.col(); col < ext.endCol(); col++) {
                int z = zone[(r - ext.row()) * ext.width() + (col - ext.col())];
                if (z < 0) {
                    continue;
                }
                boolean inside = col >= scene.col() && col < scene.endCol() && r >= scene.row() && r < scene.endRow();
                int k = !inside ? 3 : switch (pattern.at(col - scene.col(), r - scene.row())) {
                    case FOREST -> 0;
                    case NON_FOREST -> 1;
                    case WATER -> waterKnown ? 2 : 1;
                    case CLOUD, NODATA -> 3;
                };
                c[z][k]++;
                c[n][k]++;
            }
        }
        List<Row> rows = new ArrayList<>();
        for (int z = 0; z <= n; z++) {
            rows.add(new Row(z < n ? layout.districts().get(z).id() : ExpectedCounts.CITY, c[z][0], c[z][1], c[z][2],
                    c[z][3]));
        }
        return new CoverTruth(rows);
    }

    /** The counts of a product of {@code width} x {@code height} pixels at the lattice origin that flags water. */
    public static CoverTruth of(DistrictLayout layout, CoverPattern pattern, int width, int height) {
        return of(layout, pattern, new PixelWindow(0, 0, width, height), true);
    }

    /** The row of a district id (or {@link ExpectedCounts#CITY}). */
    public Row row(String district) {
        return rows.stream().filter(r -> r.district().equals(district)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no district " + district));
    }
}
