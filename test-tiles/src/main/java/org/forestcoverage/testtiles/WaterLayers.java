package org.forestcoverage.testtiles;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.forestcoverage.grid.GridSpec;
import org.forestcoverage.io.gdal.GeoTiffWriter;
import org.forestcoverage.raster.PixelType;

/**
 * The water of a {@link CoverPattern} over a product's lattice as a user would supply it in a manifest's {@code water}
 * option: polygons ({@link #polygons}, one square per water block, as GeoJSON) and a class raster ({@link #raster},
 * Byte at the block's pixel size: 1 water, 0 land). Block edges fall on pixel edges, so the pixel-centre rule and a
 * nearest-neighbour read both give back exactly the pattern's water pixels. Stateless.
 *
 * <pre>{@code
 * Path lakes = WaterLayers.polygons(dir.resolve("water.geojson"), safe.grid(), new CoverPattern(2), "EPSG:32650");
 * }</pre>
 */
public final class WaterLayers {
    private WaterLayers() {
    }

    /** The pattern's water blocks over {@code grid} as squares in a GeoJSON FeatureCollection in {@code epsg}. */
    public static Path polygons(Path file, GridSpec grid, CoverPattern pattern, String epsg) {
        int b = pattern.block();
        List<SyntheticDistrict> squares = new ArrayList<>();
        for (int r = 0; r < grid.height(); r += b) {
            for (int c = 0; c < grid.width(); c += b) {
                if (pattern.at(c, r) == Cover.WATER) {
                    squares.add(SyntheticDistrict.rect("w" + squares.size(), "water", c, r, b, b));
                }
            }
        }
        // the layout's GeoJSON writer: squares on the lattice, closed counter-clockwise rings
        return new DistrictLayout(grid, squares).writeGeoJson(file, epsg);
    }

    /** The pattern's water over {@code grid} as a Byte GeoTIFF whose pixels are the pattern's blocks. */
    public static Path raster(Path file, GridSpec grid, CoverPattern pattern) {
        int b = pattern.block();
        GridSpec coarse = new GridSpec(grid.crsWkt(), grid.originX(), grid.originY(), grid.pixelWidth() * b,
                grid.pixelHeight() * b, grid.width() / b, grid.height() / b);
        byte[] v = new byte[Math.toIntExact(coarse.pixelCount())];
        for (int r = 0; r < coarse.height(); r++) {
            for (int c = 0; c < coarse.width(); c++) {
                v[r * coarse.width() + c] = (byte) (pattern.at(c * b, r * b) == Cover.WATER ? 1 : 0);
            }
        }
        try (GeoTiffWriter w = GeoTiffWriter.create(file.toString(), coarse, PixelType.BYTE, 1, null)) {
            w.write(1, coarse.window(), v);
        }
        return file;
    }
}
