package org.forestcoverage.io.gdal;

import java.util.Arrays;
import org.forestcoverage.grid.PixelWindow;
import org.forestcoverage.raster.BandSource;
import org.forestcoverage.raster.BandTile;
import org.forestcoverage.raster.TileCoverage;

/**
 * A band of a file on the analysis grid's lattice (same CRS, pixel size and pixel corners), read window by window:
 * no resampling, each stored value reaches the kernel as it is. A tile inside the file is one read
 * ({@link TileCoverage#FULL}); a tile across the file's edge reads the common part and marks it
 * ({@link TileCoverage#PARTIAL}, values outside are 0); a tile outside the file reads nothing ({@link TileCoverage#NONE}).
 *
 * <pre>{@code
 * BandSource red = new AlignedRead(files.get("scene.tif"), 1, grid.windowOf(sceneGrid));
 * }</pre>
 *
 * Not thread-safe: one per task.
 */
public final class AlignedRead implements BandSource {
    private final GdalRaster raster;
    private final int band;
    private final PixelWindow inGrid;
    private short[] partShorts = new short[0];
    private double[] partDoubles = new double[0];

    /**
     * @param inGrid where the file's pixels lie in the analysis grid (may reach outside it: a file larger than the
     *               grid, or offset from it)
     */
    public AlignedRead(GdalRaster raster, int band, PixelWindow inGrid) {
        this.raster = raster;
        this.band = band;
        this.inGrid = inGrid;
        raster.band(band);
    }

    @Override
    public BandTile read(PixelWindow window, BandTile into) {
        PixelWindow common = window.intersect(inGrid);
        if (common.isEmpty()) {
            into.filled(window, TileCoverage.NONE);
            return into;
        }
        boolean shorts = into.type().inShortStorage();
        if (common.equals(window)) {
            PixelWindow inFile = window.translate(-inGrid.col(), -inGrid.row());
            if (shorts) {
                raster.read(band, inFile, into.shortBuffer());
            } else {
                raster.read(band, inFile, into.doubleBuffer());
            }
            into.filled(window, TileCoverage.FULL);
            return into;
        }
        int n = (int) window.pixelCount();
        int part = (int) common.pixelCount();
        PixelWindow inFile = common.translate(-inGrid.col(), -inGrid.row());
        if (shorts) {
            if (partShorts.length < part) {
                partShorts = new short[part];
            }
            raster.read(band, inFile, partShorts);
            Arrays.fill(into.shortBuffer(), 0, n, (short) 0);
        } else {
            if (partDoubles.length < part) {
                partDoubles = new double[part];
            }
            raster.read(band, inFile, partDoubles);
            Arrays.fill(into.doubleBuffer(), 0, n, 0);
        }
        byte[] mask = into.maskBuffer();
        Arrays.fill(mask, 0, n, (byte) 0);
        for (int r = 0; r < common.height(); r++) {
            int at = (common.row() - window.row() + r) * window.width() + common.col() - window.col();
            if (shorts) {
                System.arraycopy(partShorts, r * common.width(), into.shortBuffer(), at, common.width());
            } else {
                System.arraycopy(partDoubles, r * common.width(), into.doubleBuffer(), at, common.width());
            }
            Arrays.fill(mask, at, at + common.width(), (byte) 1);
        }
        into.filled(window, TileCoverage.PARTIAL);
        return into;
    }
}
