package org.forestcoverage.job;

import java.nio.file.Path;

/**
 * Everything {@code analyze} was asked to do, validated and typed. Immutable.
 *
 * @param manifest      scene manifest, or {@code null} when a single {@code scene} is given
 * @param scene         a single scene (used when {@code manifest} is null)
 * @param thresholdNdvi forest when composite NDVI >= this
 * @param tileSize      tile edge in pixels
 * @param partitions    Spark partitions for the tiles, 0 = automatic
 * @param master        Spark master URL ({@code local[*]}, {@code spark://host:port}, ...)
 * @param label         free text stored with the results (e.g. "SYNTHETIC demo data")
 * @param trajectory    official trajectory file to compare the city with, or {@code null}
 * @param resampling    GDAL resampling of reflectance when a scene is warped onto the grid (near, bilinear...)
 * @param writeMaps     also write forest_YEAR.tif, ndvi_YEAR.tif and count_YEAR.tif (cloud-optimized GeoTIFFs)
 * @param gridCrs       CRS of the analysis grid (e.g. {@code EPSG:32650}), or {@code null} for the first scene's
 * @param pixelSize     pixel size of the analysis grid in grid CRS units, or {@code null} for the first scene's
 * @param districtInput how district geometry is taken in: GCJ-02 conversion, invalid polygons repaired or refused
 * @param overwrite     replace a previous output of forest at {@code out} ({@link org.forestcoverage.output.OutputFolder})
 */
public record JobConfig(Path manifest, SingleScene scene, Path districts, String idField, String nameField,
                        String districtsCrs, Path out, double thresholdNdvi, int tileSize, int partitions,
                        String master, ZoneMode zones, String composite, String resampling, boolean writeMaps,
                        String label, Path trajectory, String gridCrs, Double pixelSize,
                        DistrictInput districtInput, boolean overwrite) {

    /** How pixels are assigned to districts. */
    public enum ZoneMode { CENTRE, FRACTIONAL }

    /**
     * One scene given on the command line instead of a manifest: a file path or URL as typed, scale and offset
     * ({@code null} when not given: a {@code generic} scene then is refused, as in a manifest) and a sensor preset.
     */
    public record SingleScene(String file, int year, int redBand, int nirBand, Double scale, Double offset, Double nodata,
                              String sensor) {
        /** A generic scene with stated scaling. */
        public SingleScene(String file, int year, int redBand, int nirBand, double scale, double offset, Double nodata) {
            this(file, year, redBand, nirBand, scale, offset, nodata, "generic");
        }
    }

    /**
     * District input options: {@code gcj02} converts GCJ-02 longitude/latitude to WGS84 before reprojection;
     * {@code refuseInvalid} refuses invalid polygons instead of repairing them (with a warning).
     */
    public record DistrictInput(boolean gcj02, boolean refuseInvalid) {
        /** No conversion; invalid polygons are repaired. */
        public static final DistrictInput DEFAULT = new DistrictInput(false, false);
    }

    /** A configuration on the first scene's grid with the default {@link DistrictInput}, not replacing an output. */
    public JobConfig(Path manifest, SingleScene scene, Path districts, String idField, String nameField,
                     String districtsCrs, Path out, double thresholdNdvi, int tileSize, int partitions,
                     String master, ZoneMode zones, String composite, String resampling, boolean writeMaps,
                     String label, Path trajectory) {
        this(manifest, scene, districts, idField, nameField, districtsCrs, out, thresholdNdvi, tileSize, partitions,
                master, zones, composite, resampling, writeMaps, label, trajectory, null, null, DistrictInput.DEFAULT,
                false);
    }

    public JobConfig {
        if (districtInput == null) {
            districtInput = DistrictInput.DEFAULT;
        }
        if (manifest == null && scene == null) {
            throw new IllegalArgumentException("give --manifest FILE or --scene FILE --year Y --red-band N --nir-band N");
        }
        if (manifest != null && scene != null) {
            throw new IllegalArgumentException("give either --manifest or --scene, not both");
        }
        if (tileSize < 16 || tileSize > 8192) {
            throw new IllegalArgumentException("--tile-size must be in 16..8192, got " + tileSize);
        }
        if (pixelSize != null && !(pixelSize > 0 && Double.isFinite(pixelSize))) {
            throw new IllegalArgumentException("--pixel-size must be a positive number, got " + pixelSize);
        }
        if (partitions < 0) {
            throw new IllegalArgumentException("--partitions must be >= 0, got " + partitions);
        }
        org.forestcoverage.spark.SparkMasters.check(master);
    }
}
