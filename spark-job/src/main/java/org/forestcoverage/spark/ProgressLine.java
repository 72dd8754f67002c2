package org.forestcoverage.spark;

import java.util.Locale;

/**
 * The text of the progress line, from counts and elapsed time only (no clock, no Spark).
 *
 * <pre>{@code
 * ProgressLine.format(120, 361, 4.0, 4096.0 * 6)
 *   // "tiles 120/361 (33 %), 30.0 tiles/s, 0.74 Mpx/s, 0:09 left"
 * }</pre>
 *
 * <p>Percent is rounded down (100 % only when every tile is done); throughput is the mean since the start;
 * time left is the remaining tiles at that mean rate, rounded up to the second, {@code --:--} before the first
 * tile is done. Pixels per tile is the mean over the run (scene pixels x years / tiles), so Mpx/s counts every
 * year's pixels.
 */
public final class ProgressLine {
    private ProgressLine() {
    }

    /**
     * @param done        tiles finished (0..total)
     * @param total       tiles in the job (> 0)
     * @param elapsedSec  seconds since the tile job started
     * @param pxPerTile   mean pixels read per tile, all years
     */
    public static String format(long done, long total, double elapsedSec, double pxPerTile) {
        long pct = total == 0 ? 100 : done * 100 / total;
        double rate = elapsedSec > 0 ? done / elapsedSec : 0;
        String left = done == 0 || rate == 0 ? "--:--" : duration((long) Math.ceil((total - done) / rate));
        return String.format(Locale.ROOT, "tiles %d/%d (%d %%), %.1f tiles/s, %.2f Mpx/s, %s left",
                done, total, pct, rate, rate * pxPerTile / 1e6, left);
    }

    /** {@code m:ss} below an hour, {@code h:mm:ss} from an hour on. */
    public static String duration(long seconds) {
        long h = seconds / 3600;
        long m = seconds / 60 % 60;
        long s = seconds % 60;
        return h > 0 ? String.format(Locale.ROOT, "%d:%02d:%02d", h, m, s) : String.format(Locale.ROOT, "%d:%02d", m, s);
    }
}
