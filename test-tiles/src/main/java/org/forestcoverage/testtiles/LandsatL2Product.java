package org.forestcoverage.testtiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.forestcoverage.grid.GridSpec;
import org.forestcoverage.grid.PixelWindow;
import org.forestcoverage.io.gdal.Crs;
import org.forestcoverage.io.gdal.GeoTiffWriter;
import org.forestcoverage.raster.PixelType;

/**
 * A Landsat 8 Collection 2 Level-2 product folder, small and with answers known by construction: {@value #ID}
 * holding {@code SR_B3} (green), {@code SR_B4} (red), {@code SR_B5} (NIR), {@code SR_B6} (SWIR1) and {@code QA_PIXEL}
 * as GeoTIFFs (UInt16) and an {@code _MTL.txt} in the Collection 2 layout (the groups and keys a reader needs:
 * {@code PRODUCT_CONTENTS}, {@code IMAGE_ATTRIBUTES}, {@code LEVEL2_SURFACE_REFLECTANCE_PARAMETERS}).
 *
 * <pre>{@code
 * LandsatL2Product p = LandsatL2Product.write(dir);
 * p.mtl();                           // what a manifest names as 'metadata'
 * p.truth().row("L1").waterPx();     // known water pixels of district L1
 * }</pre>
 *
 * <p>{@value #WIDTH} x {@value #HEIGHT} pixels of 30 m in EPSG:32650 from ({@value #ORIGIN_X}, {@value #ORIGIN_Y});
 * covers follow {@link CoverPattern} (blocks of 1); DN = (reflectance + 0.2) / 2.75e-5 rounded, 0 where there is no
 * data. QA_PIXEL: clear land 21824 (bit 6 and the low confidences), water 21952 (bit 7 too), cloud 22280 (bit 3), no
 * data 1 (fill). Districts {@code L1} (columns [0, 60)) and {@code L2} (columns [60, 120), rows [20, 100)).
 * Deterministic.
 */
public record LandsatL2Product(Path folder, Path mtl, Path districts, GridSpec grid, DistrictLayout layout,
                               CoverTruth truth) {
    public static final String ID = "LC08_L2SP_123032_20220801_20220806_02_T1";
    public static final int WIDTH = 120;
    public static final int HEIGHT = 100;
    public static final double ORIGIN_X = 450000.0;
    public static final double ORIGIN_Y = 4430010.0;
    public static final String EPSG = "EPSG:32650";
    public static final int YEAR = 2022;
    static final CoverPattern PATTERN = new CoverPattern(1);

    /** Writes the product into {@code dir/ID} and its districts beside it ({@code districts.geojson}). */
    public static LandsatL2Product write(Path dir) {
        GridSpec grid = new GridSpec(Crs.toWkt(EPSG), ORIGIN_X, ORIGIN_Y, 30, 30, WIDTH, HEIGHT);
        Path folder = dir.resolve(ID);
        try {
            Files.createDirectories(folder);
            band(folder, grid, "SR_B3", Cover::green);
            band(folder, grid, "SR_B4", Cover::red);
            band(folder, grid, "SR_B5", Cover::nir);
            band(folder, grid, "SR_B6", Cover::swir);
            short[] qa = new short[WIDTH * HEIGHT];
            for (int i = 0; i < qa.length; i++) {
                qa[i] = (short) switch (PATTERN.at(i % WIDTH, i / WIDTH)) {
                    case FOREST, NON_FOREST -> 21824;
                    case WATER -> 21952;
                    case CLOUD -> 22280;
                    case NODATA -> 1;
                };
            }
            try (GeoTiffWriter w = GeoTiffWriter.create(folder.resolve(ID + "_QA_PIXEL.TIF").toString(), grid,
                    PixelType.UINT16, 1, 1.0)) {
                w.write(1, grid.window(), qa);
            }
            Files.writeString(folder.resolve(ID + "_MTL.txt"), mtlText());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + folder, e);
        }
        DistrictLayout layout = new DistrictLayout(grid, List.of(SyntheticDistrict.rect("L1", "West", 0, 0, 60, 100),
                SyntheticDistrict.rect("L2", "East", 60, 20, 60, 80)));
        Path districts = layout.writeGeoJson(dir.resolve("districts.geojson"), EPSG);
        return new LandsatL2Product(folder, folder.resolve(ID + "_MTL.txt"), districts, grid, layout,
                CoverTruth.of(layout, PATTERN, WIDTH, HEIGHT));
    }

    /** The file of a band ({@code SR_B4}, {@code QA_PIXEL}). */
    public Path band(String name) {
        return folder.resolve(ID + "_" + name + ".TIF");
    }

    private static void band(Path folder, GridSpec grid, String name, java.util.function.ToDoubleFunction<Cover> f) {
        short[] v = new short[WIDTH * HEIGHT];
        for (int i = 0; i < v.length; i++) {
            Cover c = PATTERN.at(i % WIDTH, i / WIDTH);
            v[i] = c == Cover.NODATA ? 0 : (short) Math.round((f.applyAsDouble(c) + 0.2) / 2.75e-5);
        }
        try (GeoTiffWriter w = GeoTiffWriter.create(folder.resolve(ID + "_" + name + ".TIF").toString(), grid,
                PixelType.UINT16, 1, 0.0)) {
            w.write(1, grid.window(), v);
        }
    }

    private static String mtlText() {
        StringBuilder files = new StringBuilder();
        for (int b = 1; b <= 7; b++) {
            files.append(String.format(Locale.ROOT, "    FILE_NAME_BAND_%d = \"%s_SR_B%d.TIF\"%n", b, ID, b));
        }
        StringBuilder scaling = new StringBuilder();
        for (int b = 1; b <= 7; b++) {
            scaling.append(String.format(Locale.ROOT, "    REFLECTANCE_MULT_BAND_%d = 2.75E-05%n", b));
        }
        for (int b = 1; b <= 7; b++) {
            scaling.append(String.format(Locale.ROOT, "    REFLECTANCE_ADD_BAND_%d = -0.200000%n", b));
        }
        return "GROUP = LANDSAT_METADATA_FILE\n"
                + "  GROUP = PRODUCT_CONTENTS\n"
                + "    ORIGIN = \"Image courtesy of the U.S. Geological Survey\"\n"
                + "    DIGITAL_OBJECT_IDENTIFIER = \"https://doi.org/10.5066/P9OGBGM6\"\n"
                + "    LANDSAT_PRODUCT_ID = \"" + ID + "\"\n"
                + "    PROCESSING_LEVEL = \"L2SP\"\n"
                + "    COLLECTION_NUMBER = 02\n"
                + "    COLLECTION_CATEGORY = \"T1\"\n"
                + "    OUTPUT_FORMAT = \"GEOTIFF\"\n"
                + files
                + "    FILE_NAME_QUALITY_L1_PIXEL = \"" + ID + "_QA_PIXEL.TIF\"\n"
                + "    FILE_NAME_METADATA_ODL = \"" + ID + "_MTL.txt\"\n"
                + "  END_GROUP = PRODUCT_CONTENTS\n"
                + "  GROUP = IMAGE_ATTRIBUTES\n"
                + "    SPACECRAFT_ID = \"LANDSAT_8\"\n"
                + "    SENSOR_ID = \"OLI_TIRS\"\n"
                + "    WRS_PATH = 123\n"
                + "    WRS_ROW = 32\n"
                + "    DATE_ACQUIRED = 2022-08-01\n"
                + "    SCENE_CENTER_TIME = \"02:53:10.1234560Z\"\n"
                + "    SUN_AZIMUTH = 133.41567251\n"
                + "    SUN_ELEVATION = 62.21870459\n"
                + "    EARTH_SUN_DISTANCE = 1.0149808\n"
                + "  END_GROUP = IMAGE_ATTRIBUTES\n"
                + "  GROUP = LEVEL2_SURFACE_REFLECTANCE_PARAMETERS\n"
                + scaling
                + "  END_GROUP = LEVEL2_SURFACE_REFLECTANCE_PARAMETERS\n"
                + "END_GROUP = LANDSAT_METADATA_FILE\n"
                + "END\n";
    }
}
