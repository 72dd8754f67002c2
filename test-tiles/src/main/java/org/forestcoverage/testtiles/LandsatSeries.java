package org.forestcoverage.testtiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.forestcoverage.grid.GridSpec;
import org.forestcoverage.io.gdal.Crs;
import org.forestcoverage.io.gdal.GeoTiffWriter;
import org.forestcoverage.raster.PixelType;

/**
 * SYNTHETIC yearly Landsat 8 Collection 2 Level-2 products in the real folder and MTL layout, one per year, for the
 * scene catalogue: each product is a folder {@code LC08_L2SP_123032_YYYYMMDD_YYYYMMDD_02_T1/} holding
 * {@code ..._MTL.txt}, {@code ..._SR_B4.TIF}, {@code ..._SR_B5.TIF} and {@code ..._QA_PIXEL.TIF} (UInt16, fill 0),
 * as USGS delivers them (the other bands are left out). Nothing in it is an observation.
 *
 * <pre>{@code
 * LandsatSeries s = LandsatSeries.write(dir, 2020, 2025);   // six products, districts.geojson
 * s.product(2021);                                          // the 2021 product folder
 * }</pre>
 *
 * <p>Grid: {@value #WIDTH} x {@value #HEIGHT} px of 30 m in EPSG:32650. The valid data of each product is a
 * parallelogram (a Landsat path crosses the grid obliquely), so the footprint is not the bounding box: pixels left of
 * column {@code row / 4} (plus a shift per year) are fill (QA_PIXEL bit 0, SR 0). Clear pixels have QA bit 6, a cloud
 * disc per year has bits 1 and 3 (dilated cloud, cloud). NDVI follows a smooth field that rises by 0.01 a year, so
 * forest grows slowly. The four districts {@code D1..D4} are quarters of the grid. Deterministic: the same call
 * writes byte-identical files.
 */
public final class LandsatSeries {
    public static final int WIDTH = 240;
    public static final int HEIGHT = 200;
    public static final double ORIGIN_X = 440010.0;
    public static final double ORIGIN_Y = 4426020.0;
    public static final String EPSG = "EPSG:32650";
    /** Surface reflectance DN of the red band everywhere valid: reflectance 0.05 (DN x 2.75e-5 - 0.2). */
    static final int RED_DN = 9091;
    static final int QA_FILL = 1;
    static final int QA_CLEAR = 1 << 6;
    static final int QA_CLOUD = (1 << 1) | (1 << 3);

    private final Path dir;
    private final List<Path> products;

    private LandsatSeries(Path dir, List<Path> products) {
        this.dir = dir;
        this.products = List.copyOf(products);
    }

    /** Writes the series into {@code args[0]} for the years {@code args[1]..args[2]} (default 2020..2025). */
    public static void main(String[] args) {
        if (args.length != 1 && args.length != 3) {
            System.err.println("usage: LandsatSeries OUTPUT_DIR [FIRST_YEAR LAST_YEAR]");
            System.exit(2);
        }
        int first = args.length == 3 ? Integer.parseInt(args[1]) : 2020;
        int last = args.length == 3 ? Integer.parseInt(args[2]) : 2025;
        LandsatSeries s = write(Path.of(args[0]), first, last);
        s.products().forEach(p -> System.out.println("SYNTHETIC product " + p));
        System.out.println("districts " + s.districts());
    }

    /** The grid every product is on. */
    public static GridSpec grid() {
        return new GridSpec(Crs.toWkt(EPSG), ORIGIN_X, ORIGIN_Y, 30, 30, WIDTH, HEIGHT);
    }

    /** The four districts: quarters of the grid. */
    public static DistrictLayout layout() {
        int w = WIDTH / 2;
        int h = HEIGHT / 2;
        return new DistrictLayout(grid(), List.of(
                SyntheticDistrict.rect("D1", "Synthetic North-West", 0, 0, w, h),
                SyntheticDistrict.rect("D2", "Synthetic North-East", w, 0, w, h),
                SyntheticDistrict.rect("D3", "Synthetic South-West", 0, h, w, h),
                SyntheticDistrict.rect("D4", "Synthetic South-East", w, h, w, h)));
    }

    /**
     * Writes one product per year {@code first..last} under {@code dir/products/} and {@code dir/districts.geojson}.
     */
    public static LandsatSeries write(Path dir, int first, int last) {
        List<Path> out = new ArrayList<>();
        for (int year = first; year <= last; year++) {
            out.add(writeProduct(dir.resolve("products"), year));
        }
        layout().writeGeoJson(dir.resolve("districts.geojson"), EPSG);
        return new LandsatSeries(dir, out);
    }

    /** Writes the product of {@code year} into {@code parent} and returns its folder. */
    public static Path writeProduct(Path parent, int year) {
        String acquired = year + "-07-" + String.format(Locale.ROOT, "%02d", 10 + year % 7);
        String id = productId(year);
        Path folder = parent.resolve(id);
        KnownAnswerScene.createDirectories(folder);
        GridSpec grid = grid();
        int n = WIDTH * HEIGHT;
        short[] red = new short[n];
        short[] nir = new short[n];
        short[] qa = new short[n];
        int shift = year % 5;
        int cloudCol = 40 + (year * 37) % 160;
        int cloudRow = 30 + (year * 53) % 140;
        for (int r = 0; r < HEIGHT; r++) {
            for (int c = 0; c < WIDTH; c++) {
                int i = r * WIDTH + c;
                if (c < r / 4 + shift) {
                    qa[i] = QA_FILL;
                    continue;
                }
                double ndvi = 0.3 + 0.45 * Math.sin(c / 23.0) * Math.cos(r / 17.0) + 0.01 * (year - 2020);
                double nirRefl = 0.05 * (1 + ndvi) / (1 - ndvi);
                red[i] = (short) RED_DN;
                nir[i] = (short) Math.round((nirRefl + 0.2) / 2.75e-5);
                int dc = c - cloudCol;
                int dr = r - cloudRow;
                qa[i] = (short) (dc * dc + dr * dr < 15 * 15 ? QA_CLOUD : QA_CLEAR);
            }
        }
        write(folder.resolve(id + "_SR_B4.TIF"), grid, red, "SYNTHETIC SR_B4 " + year);
        write(folder.resolve(id + "_SR_B5.TIF"), grid, nir, "SYNTHETIC SR_B5 " + year);
        write(folder.resolve(id + "_QA_PIXEL.TIF"), grid, qa, "SYNTHETIC QA_PIXEL " + year);
        try {
            Files.writeString(folder.resolve(id + "_MTL.txt"), mtl(id, acquired));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return folder;
    }

    /** The product id of {@code year}'s product, e.g. {@code LC08_L2SP_123032_20200710_20200720_02_T1}. */
    public static String productId(int year) {
        String day = String.format(Locale.ROOT, "%02d", 10 + year % 7);
        return "LC08_L2SP_123032_" + year + "07" + day + "_" + year + "07" + String.format(Locale.ROOT, "%02d",
                20 + year % 7) + "_02_T1";
    }

    private static void write(Path file, GridSpec grid, short[] values, String description) {
        // fill 0 is the nodata of SR bands; QA_PIXEL states none (its fill is bit 0), as USGS writes them
        boolean sr = !file.getFileName().toString().contains("QA_PIXEL");
        try (GeoTiffWriter w = GeoTiffWriter.create(file.toString(), grid, PixelType.UINT16, 1, sr ? 0.0 : null)) {
            w.write(1, grid.window(), values);
            w.describe(1, description);
        }
    }

    private static String mtl(String id, String acquired) {
        return String.join("\n",
                "GROUP = LANDSAT_METADATA_FILE",
                "  GROUP = PRODUCT_CONTENTS",
                "    ORIGIN = \"SYNTHETIC test data written by org.forestcoverage.testtiles.LandsatSeries\"",
                "    LANDSAT_PRODUCT_ID = \"" + id + "\"",
                "    PROCESSING_LEVEL = \"L2SP\"",
                "    COLLECTION_NUMBER = 02",
                "    COLLECTION_CATEGORY = \"T1\"",
                "    FILE_NAME_BAND_4 = \"" + id + "_SR_B4.TIF\"",
                "    FILE_NAME_BAND_5 = \"" + id + "_SR_B5.TIF\"",
                "    FILE_NAME_QUALITY_L1_PIXEL = \"" + id + "_QA_PIXEL.TIF\"",
                "    FILE_NAME_METADATA_ODL = \"" + id + "_MTL.txt\"",
                "    DATA_TYPE_BAND_4 = \"UINT16\"",
                "    DATA_TYPE_BAND_5 = \"UINT16\"",
                "    DATA_TYPE_QUALITY_L1_PIXEL = \"UINT16\"",
                "  END_GROUP = PRODUCT_CONTENTS",
                "  GROUP = IMAGE_ATTRIBUTES",
                "    SPACECRAFT_ID = \"LANDSAT_8\"",
                "    SENSOR_ID = \"OLI_TIRS\"",
                "    WRS_TYPE = 2",
                "    WRS_PATH = 123",
                "    WRS_ROW = 32",
                "    DATE_ACQUIRED = " + acquired,
                "    SCENE_CENTER_TIME = \"02:58:11.5000000Z\"",
                "    CLOUD_COVER = 1.47",
                "  END_GROUP = IMAGE_ATTRIBUTES",
                "  GROUP = PROJECTION_ATTRIBUTES",
                "    MAP_PROJECTION = \"UTM\"",
                "    DATUM = \"WGS84\"",
                "    UTM_ZONE = 50",
                "  END_GROUP = PROJECTION_ATTRIBUTES",
                "  GROUP = LEVEL2_SURFACE_REFLECTANCE_PARAMETERS",
                "    REFLECTANCE_MULT_BAND_4 = 2.75e-05",
                "    REFLECTANCE_MULT_BAND_5 = 2.75e-05",
                "    REFLECTANCE_ADD_BAND_4 = -0.2",
                "    REFLECTANCE_ADD_BAND_5 = -0.2",
                "  END_GROUP = LEVEL2_SURFACE_REFLECTANCE_PARAMETERS",
                "END_GROUP = LANDSAT_METADATA_FILE",
                "END", "");
    }

    /** The folder the series was written to. */
    public Path dir() {
        return dir;
    }

    /** The product folders, years ascending. */
    public List<Path> products() {
        return products;
    }

    /** The districts file. */
    public Path districts() {
        return dir.resolve("districts.geojson");
    }
}
