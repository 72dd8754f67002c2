package org.forestcoverage.zones;

/**
 * Which district each pixel of one tile belongs to, and with which fraction of its area.
 *
 * <p>{@code zone[p]} for pixel {@code p = row * width + col} of the tile is {@code 0} when no district covers
 * the pixel, {@code k > 0} when district {@code k - 1} takes the whole pixel, and {@link #SPLIT} when the pixel
 * is shared: its parts are listed in {@code splitPixel/splitZone/splitFraction} (same length, grouped by pixel,
 * fractions in (0, 1], zones 1-based like {@code zone}). {@code zone} may be longer than the tile (a reused
 * buffer): only its first {@code width * height} entries count. Instances are immutable by convention: do not
 * modify the arrays after construction. Built once per tile and reused for every year and scene.
 */
public record ZoneMask(int width, int height, short[] zone, int[] splitPixel, short[] splitZone,
                       double[] splitFraction) {
    public static final short SPLIT = -1;

    public ZoneMask {
        if (zone.length < width * height) {
            throw new IllegalArgumentException("zone array has " + zone.length + " entries for a " + width + " x " + height + " tile");
        }
        if (splitPixel.length != splitZone.length || splitPixel.length != splitFraction.length) {
            throw new IllegalArgumentException("split arrays differ in length");
        }
    }

    /** A mask where every pixel is whole: {@code zone} only. */
    public static ZoneMask whole(int width, int height, short[] zone) {
        return new ZoneMask(width, height, zone, new int[0], new short[0], new double[0]);
    }

    /** True when no pixel of the tile touches a district, so the tile can be skipped. */
    public boolean isEmpty() {
        if (splitPixel.length > 0) {
            return false;
        }
        for (int i = 0, n = width * height; i < n; i++) {
            if (zone[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
