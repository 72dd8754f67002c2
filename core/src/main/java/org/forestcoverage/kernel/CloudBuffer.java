package org.forestcoverage.kernel;

import java.io.Serializable;
import java.util.Arrays;
import org.forestcoverage.grid.PixelWindow;

/**
 * A buffer of {@code metres} around cloud and shadow on the analysis grid: a pixel whose centre lies within that
 * distance of the centre of a cloud or shadow pixel of the same scene ({@link MaskTable#isCloud}) is not an
 * observation of that scene. The disk is measured in metres with the grid's pixel size in metres across and down, so a
 * pixel {@code (dx, dy)} away is inside when {@code (dx mx)² + (dy my)² <= metres²}.
 *
 * <pre>{@code
 * CloudBuffer b = CloudBuffer.of(90, 30, 30);                 // radius 3 pixels
 * PixelWindow wide = b.widen(tile);                            // read the quality band over this window
 * b.buffered(table, quality, covered, wide, tile, out);        // out[i] = 1: within 90 m of cloud or shadow
 * }</pre>
 *
 * <p>Tile-invariant: the quality band is read over the tile widened by the radius (reaching into neighbouring tiles
 * and beyond the grid's edge), and each grid pixel's quality value is the same whatever tile reads it, so a cloud in
 * the next tile buffers this one exactly as it would in a single tile. Cost: one pass per row for the horizontal
 * distance to the nearest cloud, then {@code 2 radiusY + 1} look-ups per pixel; nothing allocated per pixel. The
 * disk's half-widths live in a private array that never leaves the class. Immutable and thread-safe, except that
 * {@link #buffered} uses the caller's buffers.
 */
public final class CloudBuffer implements Serializable {
    private static final long serialVersionUID = 1L;
    private final double metres;
    private final double pixelWidthM;
    private final double pixelHeightM;
    private final int radiusX;
    private final int radiusY;
    /** Half-width in pixels of the disk's row {@code dy}, for {@code dy = 0 .. radiusY}. */
    private final int[] halfWidth;

    private CloudBuffer(double metres, double pixelWidthM, double pixelHeightM, int radiusX, int radiusY,
                        int[] halfWidth) {
        this.metres = metres;
        this.pixelWidthM = pixelWidthM;
        this.pixelHeightM = pixelHeightM;
        this.radiusX = radiusX;
        this.radiusY = radiusY;
        this.halfWidth = halfWidth;
    }

    /**
     * The buffer of {@code metres} on a grid whose pixels measure {@code pixelWidthM} by {@code pixelHeightM}; an empty
     * buffer (radius 0) when {@code metres} is under half a pixel in both directions.
     */
    public static CloudBuffer of(double metres, double pixelWidthM, double pixelHeightM) {
        if (!(metres >= 0) || !Double.isFinite(metres)) {
            throw new IllegalArgumentException("--cloud-buffer-m must be a distance >= 0 in metres, got " + metres);
        }
        int ry = (int) Math.floor(metres / pixelHeightM + 1e-9);
        int[] half = new int[ry + 1];
        int rx = 0;
        for (int dy = 0; dy <= ry; dy++) {
            double rest = metres * metres - (dy * pixelHeightM) * (dy * pixelHeightM);
            half[dy] = rest < 0 ? -1 : (int) Math.floor(Math.sqrt(rest) / pixelWidthM + 1e-9);
            rx = Math.max(rx, half[dy]);
        }
        return new CloudBuffer(metres, pixelWidthM, pixelHeightM, rx, ry, half);
    }

    public double metres() {
        return metres;
    }

    /** True when the buffer reaches no other pixel than the cloud's own. */
    public boolean isEmpty() {
        return radiusX == 0 && radiusY == 0;
    }

    public int radiusX() {
        return radiusX;
    }

    public int radiusY() {
        return radiusY;
    }

    /** The window the quality band must be read over to buffer {@code tile}. */
    public PixelWindow widen(PixelWindow tile) {
        return new PixelWindow(tile.col() - radiusX, tile.row() - radiusY,
                tile.width() + 2 * radiusX, tile.height() + 2 * radiusY);
    }

    /**
     * Marks the pixels of {@code tile} within the buffer of a cloud or shadow pixel of {@code wide}.
     *
     * @param quality   quality values over {@code wide}, row-major (16-bit storage)
     * @param covered   1 where {@code wide} has data, or {@code null} when all of it has
     * @param wide      the window {@link #widen} gave for {@code tile}
     * @param distance  work buffer of at least {@code wide}'s pixel count
     * @param out       receives 1 (within the buffer) or 0 per pixel of {@code tile}, row-major
     */
    public void buffered(MaskTable table, short[] quality, byte[] covered, PixelWindow wide, PixelWindow tile,
                         int[] distance, byte[] out) {
        horizontal(table, quality, covered, wide, distance);
        int ww = wide.width();
        int dc = tile.col() - wide.col();
        int dr = tile.row() - wide.row();
        int tw = tile.width();
        Arrays.fill(out, 0, (int) tile.pixelCount(), (byte) 0);
        for (int r = 0; r < tile.height(); r++) {
            for (int dy = -radiusY; dy <= radiusY; dy++) {
                int h = halfWidth[Math.abs(dy)];
                if (h < 0) {
                    continue;
                }
                int at = (r + dr + dy) * ww + dc;
                int o = r * tw;
                for (int c = 0; c < tw; c++) {
                    out[o + c] |= (byte) (distance[at + c] <= h ? 1 : 0);
                }
            }
        }
    }

    /**
     * Distance in metres from each pixel centre of {@code tile} to the nearest cloud or shadow pixel centre of
     * {@code wide}, capped at this buffer's metres (pixels farther, or without cloud within {@code wide}, get the
     * cap); {@code wide} is what {@link #widen} gave for {@code tile} (or wider).
     */
    public void nearestCloudM(MaskTable table, short[] quality, byte[] covered, PixelWindow wide, PixelWindow tile,
                              int[] distance, double[] out) {
        double capM = metres;
        horizontal(table, quality, covered, wide, distance);
        int ry = Math.min(tile.row() - wide.row(), (int) Math.ceil(capM / pixelHeightM));
        int ww = wide.width();
        int dc = tile.col() - wide.col();
        int dr = tile.row() - wide.row();
        int tw = tile.width();
        for (int r = 0; r < tile.height(); r++) {
            int o = r * tw;
            Arrays.fill(out, o, o + tw, capM * capM);
            for (int dy = -ry; dy <= ry; dy++) {
                double y2 = (dy * pixelHeightM) * (dy * pixelHeightM);
                int at = (r + dr + dy) * ww + dc;
                for (int c = 0; c < tw; c++) {
                    double x = Math.min(distance[at + c], 1 << 20) * pixelWidthM;
                    out[o + c] = Math.min(out[o + c], x * x + y2);
                }
            }
            for (int c = 0; c < tw; c++) {
                out[o + c] = Math.min(capM, Math.sqrt(out[o + c]));
            }
        }
    }

    /** Per row of {@code wide}, the distance in pixels to the nearest cloud or shadow pixel of the row (large if none). */
    private static void horizontal(MaskTable table, short[] quality, byte[] covered, PixelWindow wide, int[] distance) {
        int ww = wide.width();
        int far = Integer.MAX_VALUE / 4;
        for (int r = 0; r < wide.height(); r++) {
            int at = r * ww;
            int last = -far;
            for (int c = 0; c < ww; c++) {
                int i = at + c;
                if ((covered == null || covered[i] != 0) && table.isCloud(quality[i])) {
                    last = c;
                }
                distance[i] = c - last;
            }
            last = 2 * far;
            for (int c = ww - 1; c >= 0; c--) {
                int i = at + c;
                if (distance[i] == 0) {
                    last = c;
                }
                distance[i] = Math.min(distance[i], last - c);
            }
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CloudBuffer b && b.metres == metres && b.radiusX == radiusX && b.radiusY == radiusY
                && Arrays.equals(b.halfWidth, halfWidth);
    }

    @Override
    public int hashCode() {
        return Double.hashCode(metres) * 31 + Arrays.hashCode(halfWidth);
    }

    @Override
    public String toString() {
        return metres + " m (" + radiusX + " x " + radiusY + " px)";
    }
}
