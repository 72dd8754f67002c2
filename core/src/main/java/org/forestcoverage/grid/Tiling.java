package org.forestcoverage.grid;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a grid into square tiles of {@code tileSize} pixels, row-major from the top-left. The tiles
 * partition the grid exactly: no overlap, no gap; tiles on the right and bottom edges are smaller.
 *
 * <pre>{@code
 * Tiling t = new Tiling(grid, 512);
 * for (int i = 0; i < t.count(); i++) { PixelWindow w = t.tile(i); ... }
 * }</pre>
 */
public record Tiling(GridSpec grid, int tileSize) implements Serializable {

    public Tiling {
        if (tileSize < 1) {
            throw new IllegalArgumentException("tile size must be at least 1 pixel, got " + tileSize);
        }
    }

    public int tilesX() {
        return (grid.width() + tileSize - 1) / tileSize;
    }

    public int tilesY() {
        return (grid.height() + tileSize - 1) / tileSize;
    }

    public int count() {
        return tilesX() * tilesY();
    }

    /** The window of tile {@code index} (row-major). */
    public PixelWindow tile(int index) {
        if (index < 0 || index >= count()) {
            throw new IndexOutOfBoundsException("tile " + index + " of " + count());
        }
        int tx = index % tilesX();
        int ty = index / tilesX();
        int c = tx * tileSize;
        int r = ty * tileSize;
        return new PixelWindow(c, r, Math.min(tileSize, grid.width() - c), Math.min(tileSize, grid.height() - r));
    }

    public List<PixelWindow> tiles() {
        List<PixelWindow> out = new ArrayList<>(count());
        for (int i = 0; i < count(); i++) {
            out.add(tile(i));
        }
        return out;
    }
}
