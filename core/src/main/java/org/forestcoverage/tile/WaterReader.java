package org.forestcoverage.tile;

import java.util.Arrays;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.integer.ByteType;
import org.forestcoverage.grid.GridSpec;
import org.forestcoverage.grid.PixelWindow;
import org.forestcoverage.io.gdal.OpenRasters;
import org.forestcoverage.kernel.WaterMarks;
import org.forestcoverage.plan.WaterPlan;
import org.forestcoverage.raster.BandSource;
import org.forestcoverage.raster.BandTile;
import org.forestcoverage.raster.NodataRule;
import org.forestcoverage.raster.Resampling;
import org.forestcoverage.zones.ZoneMask;

/**
 * The water source of one scene in one task ({@link WaterPlan}): reads what it needs onto a tile and turns it into
 * water codes ({@link WaterMarks}). Not thread-safe.
 */
final class WaterReader {
    private final WaterPlan plan;
    private final BandSource first;
    private final BandSource second;

    WaterReader(WaterPlan plan, OpenRasters files, GridSpec grid, Resampling resampling) {
        this.plan = plan;
        if (plan instanceof WaterPlan.Index i) {
            first = SceneReader.source(i.green(), files, grid, resampling, i.index().difference().nir().nodata(), false);
            second = SceneReader.source(i.other(), files, grid, resampling, i.index().difference().red().nodata(),
                    false);
        } else if (plan instanceof WaterPlan.Raster r) {
            first = SceneReader.source(r.layer(), files, grid, resampling, new NodataRule(r.layer().info().type(),
                    r.layer().info().nodata()), true);
            second = null;
        } else {
            first = null;
            second = null;
        }
    }

    /** The scene's water codes over {@code window}, or {@code null} when it has no water source. */
    RandomAccessibleInterval<ByteType> read(PixelWindow window, TileBuffers buffers) {
        if (plan instanceof WaterPlan.None) {
            return null;
        }
        RandomAccessibleInterval<ByteType> codes = buffers.waterCodes(window);
        if (plan instanceof WaterPlan.Index i) {
            BandTile green = buffers.tile(TileBuffers.Role.WATER_GREEN, i.green());
            BandTile other = buffers.tile(TileBuffers.Role.WATER_OTHER, i.other());
            first.read(window, green);
            second.read(window, other);
            i.index().codes(green, other, buffers.waterIndex(window), codes);
        } else if (plan instanceof WaterPlan.Raster r) {
            BandTile layer = buffers.tile(TileBuffers.Role.WATER_LAYER, r.layer());
            first.read(window, layer);
            WaterMarks.fromTable(r.values(), layer, codes);
        } else {
            paint(((WaterPlan.Polygons) plan).zoner().zones(window), window, buffers.waterCodeBuffer());
        }
        return codes;
    }

    /** Water where a polygon's zone (1) holds the pixel's centre, land elsewhere. */
    private static void paint(ZoneMask zones, PixelWindow window, byte[] codes) {
        Arrays.fill(codes, 0, (int) window.pixelCount(), WaterMarks.LAND);
        if (zones.isEmpty()) {
            return;
        }
        for (int r = 0; r < window.height(); r++) {
            int c = 0;
            for (int k = zones.firstRun(r); k < zones.firstRun(r + 1); k++) {
                int end = zones.runEnd(k);
                if (zones.runZone(k) != 0) {
                    Arrays.fill(codes, r * window.width() + c, r * window.width() + end, WaterMarks.WATER);
                }
                c = end;
            }
        }
    }
}
