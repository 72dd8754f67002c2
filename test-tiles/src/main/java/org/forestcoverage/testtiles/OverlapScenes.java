package org.forestcoverage.testtiles;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.forestcoverage.grid.GridSpec;
import org.forestcoverage.grid.PixelWindow;
import org.forestcoverage.io.gdal.Crs;
import org.forestcoverage.io.gdal.GeoTiffWriter;
import org.forestcoverage.kernel.LandClass;
import org.forestcoverage.raster.PixelType;

/**
 * Known answers for scenes in different UTM zones, overlapping footprints and clouds (issue 3). One ground truth,
 * defined on the analysis grid ({@value #GRID_EPSG}, {@value #SIZE} x {@value #SIZE} pixels of 30 m near 114.1 E,
 * 40.1 N, top-left corner ({@value #ORIGIN_X}, {@value #ORIGIN_Y})): square blocks of {@value #BLOCK} x
 * {@value #BLOCK} pixels (3 km), block {@code (bi, bj)} forest when {@code (3 bi + 5 bj) mod 7 < 3}, else
 * non-forest. Every scene pixel takes the class of the ground under its centre (its centre transformed into the
 * grid CRS), so resampling can change a grid pixel's class only next to a block edge.
 *
 * <p>Scenes (three-band UInt16 GeoTIFFs, band 1 red, band 2 NIR, band 3 a QA_PIXEL-style quality band: 64 = clear
 * bit 6, 776 = cloud bit 3 with high cloud confidence; reflectance = DN x 1e-4; forest red 400 / NIR 3600, NDVI 0.8;
 * non-forest 1800 / 2400, NDVI 1/7; cloud 5000 / 5200; nodata 0 never occurs):
 * <ul>
 * <li>{@value #SINGLE_YEAR}: {@code single.tif}, one scene on the grid's lattice covering everything;</li>
 * <li>{@value #OVERLAP_YEAR}: {@code west_2021.tif} in {@value #WEST_EPSG} (its own rotated lattice, covering at
 *     least grid columns [-20, 420)) and {@code east_2021.tif} in {@value #GRID_EPSG} on the grid lattice covering
 *     exactly columns [{@value #EAST_COL}, 620); both clear; the west scene is first in the manifest;</li>
 * <li>{@value #CLOUD_YEAR}: the same two scenes with clouds: west cloudy over {@link #WEST_CLOUD} and
 *     {@link #WEST_CLOUD_AROUND_TILE} (which holds {@link #CLOUDY_TILE} with a 20-pixel margin), east cloudy over
 *     {@link #EAST_CLOUD} and exactly over {@link #CLOUDY_TILE} (tile (2, 4) of a 128-pixel tiling).</li>
 * </ul>
 * So in {@value #CLOUD_YEAR} the unobserved pixels are exactly those of {@link #CLOUDY_TILE}: a pixel cloudy in one
 * scene and clear in the other is observed.
 *
 * <p>Districts (pixel rectangles of the grid, pixel-centre zoning): N = [0, 600) x [0, 448); SW = [0, 320) x [448,
 * 600), with the left half of the cloudy tile; C = [320, 384) x [512, 600), inside the cloudy tile; SE = the rest.
 */
public final class OverlapScenes {
    public static final String GRID_EPSG = "EPSG:32650";
    public static final String WEST_EPSG = "EPSG:32649";
    public static final int SIZE = 600;
    public static final double PIXEL_M = 30;
    public static final double ORIGIN_X = 249_990;
    public static final double ORIGIN_Y = 4_438_020;
    public static final int BLOCK = 100;
    public static final int TILE = 128;
    public static final int SINGLE_YEAR = 2020;
    public static final int OVERLAP_YEAR = 2021;
    public static final int CLOUD_YEAR = 2022;
    /** First grid column of the east scene. */
    public static final int EAST_COL = 220;
    /** Grid columns [-20, WEST_MIN_END) are certainly inside the west scene's footprint. */
    public static final int WEST_MIN_END = 420;
    /** Cloudy in the west scene only ({@value #CLOUD_YEAR}). */
    public static final PixelWindow WEST_CLOUD = new PixelWindow(240, 100, 60, 100);
    /** Cloudy in the east scene only ({@value #CLOUD_YEAR}). */
    public static final PixelWindow EAST_CLOUD = new PixelWindow(300, 100, 60, 100);
    /** Tile (2, 4) of the 128-pixel tiling: cloudy in every scene in {@value #CLOUD_YEAR}. */
    public static final PixelWindow CLOUDY_TILE = new PixelWindow(256, 512, 128, 88);
    /** The west scene's cloud over the cloudy tile, 20 pixels wider on every side. */
    public static final PixelWindow WEST_CLOUD_AROUND_TILE = new PixelWindow(236, 492, 168, 128);

    static final int CLEAR_QA = 64;
    static final int CLOUD_QA = 8 | (3 << 8);
    /** QA_PIXEL cloud bit, the manifest's maskedBits. */
    public static final int CLOUD_BIT = 8;

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final DistrictLayout layout;

    private OverlapScenes(DistrictLayout layout) {
        this.layout = layout;
    }

    /** The analysis grid (what --grid-crs EPSG:32650 --pixel-size 30 over the districts gives). */
    public static GridSpec grid() {
        return new GridSpec(Crs.toWkt(GRID_EPSG), ORIGIN_X, ORIGIN_Y, PIXEL_M, PIXEL_M, SIZE, SIZE);
    }

    public static DistrictLayout districts() {
        return new DistrictLayout(grid(), List.of(
                SyntheticDistrict.rect("N", "north", 0, 0, 600, 448),
                SyntheticDistrict.rect("SW", "south-west with half the cloudy tile", 0, 448, 320, 152),
                SyntheticDistrict.rect("C", "inside the cloudy tile", 320, 512, 64, 88),
                SyntheticDistrict.polygon("SE", "south-east", 320, 448, 600, 448, 600, 600, 384, 600, 384, 512,
                        320, 512)));
    }

    public DistrictLayout layout() {
        return layout;
    }

    /** Ground class of grid pixel {@code (col, row)} (any integers; blocks continue outside the grid). */
    public static byte truth(int col, int row) {
        int bi = Math.floorDiv(col, BLOCK);
        int bj = Math.floorDiv(row, BLOCK);
        return Math.floorMod(3 * bi + 5 * bj, 7) < 3 ? LandClass.FOREST : LandClass.NON_FOREST;
    }

    /**
     * True when no resampling of these scenes can change the pixel's class: its 3 x 3 neighbourhood has one class,
     * so the ground within 45 m of its centre (in x and y) is uniform. A nearest-neighbour source pixel lies within
     * 21.2 m (half a 30 m diagonal), a bilinear kernel within 31 m (30 m rotated by the 2 degrees between the zones),
     * plus GDAL's approximate-transformer error of 0.125 pixel (3.75 m).
     */
    public static boolean certain(int col, int row) {
        byte t = truth(col, row);
        for (int dr = -1; dr <= 1; dr++) {
            for (int dc = -1; dc <= 1; dc++) {
                if (truth(col + dc, row + dr) != t) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Writes the scenes, {@code manifest.json} and {@code districts.geojson} (EPSG:32650) into {@code dir}. */
    public static OverlapScenes write(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        GridSpec g = grid();
        GridSpec single = new GridSpec(g.crsWkt(), g.x(-20), g.y(-20), PIXEL_M, PIXEL_M, 640, 640);
        GridSpec east = new GridSpec(g.crsWkt(), g.x(EAST_COL), g.y(-20), PIXEL_M, PIXEL_M, 620 - EAST_COL, 640);
        GridSpec west = westGrid(g);
        writeScene(dir.resolve("single.tif"), single, g, List.of());
        writeScene(dir.resolve("west_2021.tif"), west, g, List.of());
        writeScene(dir.resolve("east_2021.tif"), east, g, List.of());
        writeScene(dir.resolve("west_2022.tif"), west, g, List.of(WEST_CLOUD, WEST_CLOUD_AROUND_TILE));
        writeScene(dir.resolve("east_2022.tif"), east, g, List.of(EAST_CLOUD, CLOUDY_TILE));
        writeManifest(dir.resolve("manifest.json"));
        DistrictLayout layout = districts();
        layout.writeGeoJson(dir.resolve("districts.geojson"), GRID_EPSG);
        return new OverlapScenes(layout);
    }

    /** The west scene's grid: 30 m pixels in EPSG:32649 over the bounding box of grid columns [-20, 420] x rows [-20, 620]. */
    static GridSpec westGrid(GridSpec g) {
        double[] xs = new double[65 * 4];
        double[] ys = new double[65 * 4];
        for (int k = 0; k <= 64; k++) {
            double f = k / 64.0;
            double[][] pts = {
                {g.x(-20 + 440 * f), g.y(-20)}, {g.x(-20 + 440 * f), g.y(620)},
                {g.x(-20), g.y(-20 + 640 * f)}, {g.x(420), g.y(-20 + 640 * f)}};
            for (int j = 0; j < 4; j++) {
                xs[4 * k + j] = pts[j][0];
                ys[4 * k + j] = pts[j][1];
            }
        }
        double[][] q = Crs.transform(g.crsWkt(), Crs.toWkt(WEST_EPSG), xs, ys);
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (int i = 0; i < xs.length; i++) {
            minX = Math.min(minX, q[0][i]);
            maxX = Math.max(maxX, q[0][i]);
            minY = Math.min(minY, q[1][i]);
            maxY = Math.max(maxY, q[1][i]);
        }
        double x0 = Math.floor(minX / PIXEL_M) * PIXEL_M;
        double y0 = Math.ceil(maxY / PIXEL_M) * PIXEL_M;
        int w = (int) Math.ceil((maxX - x0) / PIXEL_M);
        int h = (int) Math.ceil((y0 - minY) / PIXEL_M);
        return new GridSpec(Crs.toWkt(WEST_EPSG), x0, y0, PIXEL_M, PIXEL_M, w, h);
    }

    /** Red, NIR and quality of every pixel of {@code scene} from the ground under its centre. */
    private static void writeScene(Path file, GridSpec scene, GridSpec g, List<PixelWindow> clouds) {
        int n = Math.toIntExact(scene.pixelCount());
        short[] red = new short[n];
        short[] nir = new short[n];
        short[] qa = new short[n];
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int r = 0; r < scene.height(); r++) {
            for (int c = 0; c < scene.width(); c++) {
                xs[r * scene.width() + c] = scene.x(c + 0.5);
                ys[r * scene.width() + c] = scene.y(r + 0.5);
            }
        }
        double[][] onGrid = Crs.transform(scene.crsWkt(), g.crsWkt(), xs, ys);
        for (int i = 0; i < n; i++) {
            double gc = g.col(onGrid[0][i]);
            double gr = g.row(onGrid[1][i]);
            boolean cloudy = false;
            for (PixelWindow w : clouds) {
                cloudy |= gc >= w.col() && gc < w.endCol() && gr >= w.row() && gr < w.endRow();
            }
            if (cloudy) {
                red[i] = 5000;
                nir[i] = 5200;
                qa[i] = CLOUD_QA;
            } else {
                boolean forest = truth((int) Math.floor(gc), (int) Math.floor(gr)) == LandClass.FOREST;
                red[i] = (short) (forest ? 400 : 1800);
                nir[i] = (short) (forest ? 3600 : 2400);
                qa[i] = CLEAR_QA;
            }
        }
        try (GeoTiffWriter w = GeoTiffWriter.create(file.toString(), scene, PixelType.UINT16, 3, 0.0)) {
            w.write(1, scene.window(), red);
            w.write(2, scene.window(), nir);
            w.write(3, scene.window(), qa);
            w.describe(1, "red, SYNTHETIC overlap test");
            w.describe(2, "nir, SYNTHETIC overlap test");
            w.describe(3, "QA_PIXEL-style quality, SYNTHETIC overlap test");
        }
    }

    private static void writeManifest(Path manifest) {
        ObjectNode root = JSON.createObjectNode();
        root.put("description", "SYNTHETIC: OverlapScenes (test-tiles), two UTM zones, overlapping scenes, clouds");
        ArrayNode scenes = root.putArray("scenes");
        // the EPSG:32649 scene first: without --grid-crs the grid would be in its CRS
        for (String[] s : new String[][] {{"2021", "west_2021"}, {"2021", "east_2021"}, {"2020", "single"},
                {"2022", "west_2022"}, {"2022", "east_2022"}}) {
            ObjectNode o = scenes.addObject();
            o.put("year", Integer.parseInt(s[0]));
            o.put("id", s[1]);
            o.put("sensor", "generic");
            o.putObject("red").put("file", s[1] + ".tif").put("band", 1);
            o.putObject("nir").put("file", s[1] + ".tif").put("band", 2);
            o.putObject("quality").put("file", s[1] + ".tif").put("band", 3).put("maskedBits", CLOUD_BIT);
            o.put("scale", 1e-4);
            o.put("offset", 0);
        }
        try {
            Files.writeString(manifest, JSON.writeValueAsString(root) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + manifest, e);
        }
    }
}
