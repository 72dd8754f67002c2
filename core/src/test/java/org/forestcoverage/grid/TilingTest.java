package org.forestcoverage.grid;

import org.junit.jupiter.api.Tag;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

@Tag("unit")
class TilingTest {
    @Test
    void edgeTilesAreSmallerAndTilesPartitionTheGrid() {
        GridSpec g = new GridSpec("", 0, 0, 30, 30, 1000, 700);
        Tiling t = new Tiling(g, 256);
        assertEquals(4, t.tilesX());
        assertEquals(3, t.tilesY());
        assertEquals(new PixelWindow(768, 512, 232, 188), t.tile(11));
        int[] hits = new int[1000 * 700];
        for (PixelWindow w : t.tiles()) {
            for (int r = w.row(); r < w.endRow(); r++) {
                for (int c = w.col(); c < w.endCol(); c++) {
                    hits[r * 1000 + c]++;
                }
            }
        }
        for (int h : hits) {
            assertEquals(1, h);
        }
    }

    @Test
    void snappedGridContainsTheExtentOnTheLattice() {
        GridSpec g = GridSpec.snapped("", 400010, 4259990, 400100, 4260065, 30, 30, 400000, 4500000);
        assertEquals(400000, g.originX());
        assertEquals(4260090, g.originY());
        assertEquals(4, g.width());
        assertEquals(4, g.height());
        assertEquals(new PixelWindow(2, 1, 1, 1), g.windowOf(g.crop(new PixelWindow(2, 1, 1, 1))));
    }
}
