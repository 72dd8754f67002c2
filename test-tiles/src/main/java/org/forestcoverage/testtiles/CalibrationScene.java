package org.forestcoverage.testtiles;

import java.nio.file.Path;
import java.util.SplittableRandom;
import org.forestcoverage.grid.GridSpec;
import org.forestcoverage.io.gdal.Crs;
import org.forestcoverage.io.gdal.GeoTiffWriter;
import org.forestcoverage.kernel.LandClass;
import org.forestcoverage.raster.PixelType;

/**
 * A scene whose ground truth is known at every pixel (a census), for design-based calibration and QA tests: an NDVI
 * composite, the true forest of each pixel and a forest map of the NDVI at a threshold.
 *
 * <p>400 x 400 pixels of 30 m in EPSG:32650 (top-left 400000, 4500000). Columns 0-59 are a forest zone where 75 % of
 * the pixels are truly forest, the rest of the scene holds 4 % forest. True forest has NDVI 0.45 + 0.4 u, non-forest
 * 0.10 + 0.45 u, u uniform in [0, 1), all drawn from a {@link SplittableRandom} seeded with {@link #SEED} in row-major
 * order. A map at NDVI 0.5 thus has a small, poor forest stratum (user's accuracy about 0.53) and a large, good
 * non-forest stratum (about 0.98): equal allocation over-weights the poor stratum. Immutable once built.
 */
public final class CalibrationScene {

    /** The seed of the truth and the NDVI. */
    public static final long SEED = 20240611L;
    /** Width and height in pixels. */
    public static final int SIZE = 400;
    /** Columns 0 .. FOREST_ZONE - 1 form the forest zone. */
    public static final int FOREST_ZONE = 60;

    private final GridSpec grid;
    private final boolean[] truth;
    private final float[] ndvi;

    private CalibrationScene() {
        this.grid = new GridSpec(Crs.toWkt("EPSG:32650"), 400000, 4500000, 30, 30, SIZE, SIZE);
        int n = SIZE * SIZE;
        this.truth = new boolean[n];
        this.ndvi = new float[n];
        SplittableRandom rnd = new SplittableRandom(SEED);
        for (int i = 0; i < n; i++) {
            int col = i % SIZE;
            boolean forest = rnd.nextDouble() < (col < FOREST_ZONE ? 0.75 : 0.04);
            double u = rnd.nextDouble();
            truth[i] = forest;
            ndvi[i] = (float) (forest ? 0.45 + 0.4 * u : 0.10 + 0.45 * u);
        }
    }

    /** The scene (built on each call; about 160,000 pixels). */
    public static CalibrationScene build() {
        return new CalibrationScene();
    }

    public GridSpec grid() {
        return grid;
    }

    /** Whether pixel (col, row) is truly forest. */
    public boolean forest(int col, int row) {
        return truth[row * SIZE + col];
    }

    /** The pixel's NDVI as stored (Float32). */
    public float ndvi(int col, int row) {
        return ndvi[row * SIZE + col];
    }

    /** Writes the NDVI composite (Float32, no nodata). */
    public Path writeNdvi(Path file) {
        try (GeoTiffWriter w = GeoTiffWriter.create(file.toString(), grid, PixelType.FLOAT32, 1, null)) {
            w.write(1, grid.window(), ndvi);
        }
        return file;
    }

    /** Writes the forest map of NDVI >= {@code threshold} (Byte land classes, NoData 0). */
    public Path writeForestMap(Path file, double threshold) {
        byte[] classes = new byte[ndvi.length];
        for (int i = 0; i < classes.length; i++) {
            classes[i] = ndvi[i] >= threshold ? LandClass.FOREST : LandClass.NON_FOREST;
        }
        try (GeoTiffWriter w = GeoTiffWriter.create(file.toString(), grid, PixelType.BYTE, 1, 0.0)) {
            w.write(1, grid.window(), classes);
        }
        return file;
    }
}
