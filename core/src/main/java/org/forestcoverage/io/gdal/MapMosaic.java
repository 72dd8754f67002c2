package org.forestcoverage.io.gdal;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Vector;
import org.forestcoverage.grid.GridSpec;
import org.forestcoverage.maps.ForestLegend;
import org.forestcoverage.maps.MapLayer;
import org.forestcoverage.maps.QgisStyle;
import org.forestcoverage.raster.RasterException;
import org.gdal.gdal.BuildVRTOptions;
import org.gdal.gdal.Dataset;
import org.gdal.gdal.TranslateOptions;
import org.gdal.gdal.gdal;
import org.gdal.gdalconst.gdalconstConstants;

/**
 * Mosaics the per-tile GeoTIFFs of one map (one kind, one year) into a single cloud-optimized GeoTIFF over the
 * analysis grid: {@code gdal.BuildVRT} over the tiles (target extent and resolution of the grid), then
 * {@code gdal.Translate} to the COG driver (DEFLATE, internal overviews). Where the COG driver is missing
 * (GDAL before 3.1) the result is a tiled DEFLATE GTiff with overviews built afterwards.
 *
 * <pre>{@code
 * MapMosaic.write(tilesOfForest2024, grid, out.resolve("forest_2024.tif").toString(), MapMosaic.Kind.FOREST);
 * }</pre>
 *
 * <p>The forest map declares 0 (unobserved) as NoData and carries a colour table and category names ({@link
 * ClassMapBand}); the forest and NDVI maps get a QGIS style file beside them ({@code forest_2024.qml}), which QGIS
 * loads as the layer's default style.
 *
 * <p>Overviews never average classes or counts: {@link Kind#FOREST} uses MODE (the most frequent observed class
 * of the block; unobserved, its NoData, only where nothing was observed), {@link Kind#COUNT} NEAREST, and only the continuous {@link Kind#NDVI} uses AVERAGE (NaN, its nodata,
 * is left out). Pixels of the grid covered by no tile are 0 (unobserved, no observation) for classes and counts
 * and NaN for NDVI. Not thread-safe with respect to the output file; independent calls may run in parallel.
 */
public final class MapMosaic {

    /** The yearly maps ({@link MapLayer}: file prefix, what the values mean) and their overview resampling. */
    public enum Kind {
        /** {@link org.forestcoverage.kernel.LandClass} codes, Byte. */
        FOREST(MapLayer.FOREST, "MODE"),
        /** Composite NDVI, Float32, NaN = unobserved. */
        NDVI(MapLayer.NDVI, "AVERAGE"),
        /** Valid observations per pixel, UInt16. */
        COUNT(MapLayer.COUNT, "NEAREST"),
        /** Day of year of the observation a max or best-available-pixel composite chose, UInt16, 0 = none. */
        DOY(MapLayer.DOY, "NEAREST"),
        /** Sensor of the chosen observation, Byte: {@link org.forestcoverage.sensor.SensorFamily#mapCode()}, 0 = none. */
        SENSOR(MapLayer.SENSOR, "NEAREST");

        private final MapLayer layer;
        private final String overviews;

        Kind(MapLayer layer, String overviews) {
            this.layer = layer;
            this.overviews = overviews;
        }

        /** What the map holds. */
        public MapLayer layer() {
            return layer;
        }

        /** File prefix: {@code forest}, {@code ndvi}, {@code count}. */
        public String prefix() {
            return layer.prefix();
        }

        /** GDAL overview resampling of this kind. */
        public String overviewResampling() {
            return overviews;
        }
    }

    private MapMosaic() {
    }

    /** True when this GDAL has the COG driver. */
    public static boolean cogAvailable() {
        GdalRuntime.ensure();
        return gdal.GetDriverByName("COG") != null;
    }

    /**
     * Writes the mosaic of every {@code *.tif} in {@code tileDir} over {@code grid} to {@code out}.
     *
     * @throws RasterException naming {@code out} when there is no tile or GDAL fails
     */
    public static void write(File tileDir, GridSpec grid, String out, Kind kind) {
        GdalRuntime.ensure();
        File[] tiles = tileDir.listFiles((d, n) -> n.endsWith(".tif"));
        if (tiles == null || tiles.length == 0) {
            throw new RasterException(out, "no map tiles in " + tileDir);
        }
        Arrays.sort(tiles);
        String[] names = Arrays.stream(tiles).map(File::getPath).toArray(String[]::new);
        String vrtPath = new File(tileDir, "mosaic.vrt").getPath();
        Vector<String> vo = new Vector<>(List.of("-te", d(grid.minX()), d(grid.minY()), d(grid.maxX()), d(grid.maxY()),
                "-tr", d(grid.pixelWidth()), d(grid.pixelHeight())));
        if (kind == Kind.NDVI) {
            vo.addAll(List.of("-vrtnodata", "nan"));
        }
        Dataset vrt = gdal.BuildVRT(vrtPath, new Vector<>(Arrays.asList(names)), new BuildVRTOptions(vo));
        if (vrt == null) {
            throw new RasterException(out, "cannot build the mosaic of " + tileDir + ": " + gdal.GetLastErrorMsg());
        }
        try {
            if (vrt.GetRasterXSize() != grid.width() || vrt.GetRasterYSize() != grid.height()) {
                throw new RasterException(out, "mosaic of " + tileDir + " is " + vrt.GetRasterXSize() + " x "
                        + vrt.GetRasterYSize() + " px, the grid " + grid.width() + " x " + grid.height());
            }
            if (kind == Kind.FOREST) {
                ClassMapBand.style(vrt.GetRasterBand(1), ForestLegend.classes(), ForestLegend.NODATA, "land class", out);
            }
            if (cogAvailable()) {
                translate(vrt, out, cogOptions(kind));
            } else {
                translate(vrt, out, List.of("-of", "GTiff", "-co", "TILED=YES", "-co", "COMPRESS=DEFLATE",
                        "-co", "BIGTIFF=IF_SAFER"));
                buildOverviews(out, grid, kind);
            }
        } finally {
            vrt.delete();
            new File(vrtPath).delete();
        }
        writeStyle(kind, out);
    }

    /** The QGIS style beside the map ({@code forest_2024.qml} beside {@code forest_2024.tif}), which QGIS loads by default. */
    private static void writeStyle(Kind kind, String out) {
        String qml = switch (kind) {
            case FOREST -> QgisStyle.paletted(ForestLegend.classes(), ForestLegend.NODATA);
            case NDVI -> QgisStyle.ramp(QgisStyle.ndviStops());
            case COUNT, DOY, SENSOR -> null;
        };
        if (qml == null) {
            return;
        }
        Path file = Path.of(out.endsWith(".tif") ? out.substring(0, out.length() - 4) + ".qml" : out + ".qml");
        try {
            Files.writeString(file, qml, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new RasterException(file.toString(), "cannot write the QGIS style: " + e.getMessage(), e);
        }
    }

    private static List<String> cogOptions(Kind kind) {
        List<String> o = new ArrayList<>(List.of("-of", "COG", "-co", "COMPRESS=DEFLATE", "-co", "BIGTIFF=IF_SAFER",
                "-co", "OVERVIEW_RESAMPLING=" + kind.overviewResampling(), "-co", "PREDICTOR=YES"));
        return o;
    }

    private static void translate(Dataset src, String out, List<String> options) {
        Dataset ds = gdal.Translate(out, src, new TranslateOptions(new Vector<>(options)));
        if (ds == null) {
            throw new RasterException(out, "cannot write the map: " + gdal.GetLastErrorMsg());
        }
        ds.FlushCache();
        ds.delete();
    }

    /** Overview factors 2, 4, ... until the coarsest level fits in one 256-pixel block. */
    static int[] overviewFactors(GridSpec grid) {
        List<Integer> f = new ArrayList<>();
        for (int k = 2; Math.max(grid.width(), grid.height()) / (k / 2) > 256; k *= 2) {
            f.add(k);
        }
        return f.stream().mapToInt(Integer::intValue).toArray();
    }

    private static void buildOverviews(String out, GridSpec grid, Kind kind) {
        int[] factors = overviewFactors(grid);
        if (factors.length == 0) {
            return;
        }
        Dataset ds = gdal.Open(out, gdalconstConstants.GA_Update);
        if (ds == null) {
            throw new RasterException(out, "cannot reopen the map for overviews: " + gdal.GetLastErrorMsg());
        }
        try {
            if (ds.BuildOverviews(kind.overviewResampling(), factors) != gdalconstConstants.CE_None) {
                throw new RasterException(out, "cannot build overviews: " + gdal.GetLastErrorMsg());
            }
        } finally {
            ds.delete();
        }
    }

    private static String d(double v) {
        return Double.toString(v);
    }
}
