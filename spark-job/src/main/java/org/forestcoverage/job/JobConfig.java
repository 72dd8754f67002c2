package org.forestcoverage.job;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.forestcoverage.kernel.Compositor;
import org.forestcoverage.plan.AnalysisRequest;
import org.forestcoverage.plan.GridChoice;
import org.forestcoverage.raster.Resampling;
import org.forestcoverage.scene.BandRef;
import org.forestcoverage.scene.Calibration;
import org.forestcoverage.scene.Manifest;
import org.forestcoverage.scene.ManifestReader;
import org.forestcoverage.scene.SceneSpec;
import org.forestcoverage.zones.ZoneMode;

/**
 * Everything {@code analyze} was asked to do, validated and typed: the analysis itself ({@link #request}) plus how to
 * run it (output, Spark master, partitions, labels). Immutable.
 *
 * @param manifest      scene manifest, or {@code null} when a single {@code scene} is given
 * @param scene         a single scene (used when {@code manifest} is null)
 * @param thresholdNdvi forest when composite NDVI >= this
 * @param tileSize      tile edge in pixels
 * @param partitions    Spark partitions for the tiles, 0 = automatic
 * @param master        Spark master URL ({@code local[*]}, {@code spark://host:port}, ...)
 * @param composite     yearly composite: {@code max}, {@code median} or {@code pNN}
 * @param resampling    GDAL resampling of reflectance when a scene is warped onto the grid (near, bilinear...)
 * @param writeMaps     also write forest_YEAR.tif, ndvi_YEAR.tif and count_YEAR.tif (cloud-optimized GeoTIFFs)
 * @param label         free text stored with the results (e.g. "SYNTHETIC demo data")
 * @param trajectory    official trajectory file to compare the city with, or {@code null}
 * @param gridCrs       CRS of the analysis grid (e.g. {@code EPSG:32650}), or {@code null} for the first scene's
 * @param pixelSize     pixel size of the analysis grid in grid CRS units, or {@code null} for the first scene's
 * @param districtInput how district geometry is taken in: GCJ-02 conversion, invalid polygons repaired or refused
 * @param catalog       the scene catalogue and the products to take from it, instead of a manifest or a scene
 * @param results       results store of per (tile, year) sums ({@code .gpkg} or {@code PG:...}), {@code none} for
 *                      none, or {@code null}: the catalogue's database for a catalogue run, else none
 */
public record JobConfig(Path manifest, SingleScene scene, Path districts, String idField, String nameField,
                        String districtsCrs, Path out, double thresholdNdvi, int tileSize, int partitions,
                        String master, ZoneMode zones, String composite, String resampling, boolean writeMaps,
                        String label, Path trajectory, String gridCrs, Double pixelSize,
                        DistrictInput districtInput, CatalogInput catalog, String results) {

    /** One scene given on the command line instead of a manifest. */
    public record SingleScene(Path file, int year, int redBand, int nirBand, double scale, double offset, Double nodata) {
    }

    /**
     * District input options: {@code gcj02} converts GCJ-02 longitude/latitude to WGS84 before reprojection;
     * {@code refuseInvalid} refuses invalid polygons instead of repairing them (with a warning).
     */
    public record DistrictInput(boolean gcj02, boolean refuseInvalid) {
        /** No conversion; invalid polygons are repaired. */
        public static final DistrictInput DEFAULT = new DistrictInput(false, false);
    }

    /** A configuration on the first scene's grid with the default {@link DistrictInput}. */
    public JobConfig(Path manifest, SingleScene scene, Path districts, String idField, String nameField,
                     String districtsCrs, Path out, double thresholdNdvi, int tileSize, int partitions,
                     String master, ZoneMode zones, String composite, String resampling, boolean writeMaps,
                     String label, Path trajectory) {
        this(manifest, scene, districts, idField, nameField, districtsCrs, out, thresholdNdvi, tileSize, partitions,
                master, zones, composite, resampling, writeMaps, label, trajectory, null, null, DistrictInput.DEFAULT);
    }

    /** A configuration of scenes from a manifest or one scene (no catalogue). */
    public JobConfig(Path manifest, SingleScene scene, Path districts, String idField, String nameField,
                     String districtsCrs, Path out, double thresholdNdvi, int tileSize, int partitions,
                     String master, ZoneMode zones, String composite, String resampling, boolean writeMaps,
                     String label, Path trajectory, String gridCrs, Double pixelSize, DistrictInput districtInput) {
        this(manifest, scene, districts, idField, nameField, districtsCrs, out, thresholdNdvi, tileSize, partitions,
                master, zones, composite, resampling, writeMaps, label, trajectory, gridCrs, pixelSize, districtInput,
                null, null);
    }

    /** Where per (tile, year) sums are kept and reused, or {@code null} for a run without a results store. */
    public String resultsStore() {
        if (results != null) {
            return results.equals("none") ? null : results;
        }
        return catalog != null ? catalog.location() : null;
    }

    public JobConfig {
        if (districtInput == null) {
            districtInput = DistrictInput.DEFAULT;
        }
        int inputs = (manifest != null ? 1 : 0) + (scene != null ? 1 : 0) + (catalog != null ? 1 : 0);
        if (inputs == 0) {
            throw new IllegalArgumentException("give --manifest FILE, --catalog CATALOG or --scene FILE --year Y"
                    + " --red-band N --nir-band N");
        }
        if (inputs > 1) {
            throw new IllegalArgumentException("give one of --manifest, --catalog and --scene");
        }
        if (tileSize < 16 || tileSize > 8192) {
            throw new IllegalArgumentException("--tile-size must be in 16..8192, got " + tileSize);
        }
        if (partitions < 0) {
            throw new IllegalArgumentException("--partitions must be >= 0, got " + partitions);
        }
        new GridChoice(gridCrs, pixelSize);
        Compositor.parse(composite);
        Resampling.parse(resampling);
    }

    /** The analysis this configuration asks for, the scenes read from the manifest (or the single scene). */
    public AnalysisRequest request() {
        return request(scenes());
    }

    /** The analysis of {@code scenes} (taken from the catalogue) with this configuration's settings. */
    public AnalysisRequest request(Manifest scenes) {
        return new AnalysisRequest(scenes, new AnalysisRequest.Districts(districts, idField, nameField, districtsCrs,
                districtInput.gcj02(), districtInput.refuseInvalid()), new GridChoice(gridCrs, pixelSize), thresholdNdvi,
                tileSize, zones, Compositor.parse(composite), Resampling.parse(resampling));
    }

    private Manifest scenes() {
        if (catalog != null) {
            return catalog.select(this).manifest();
        }
        if (manifest != null) {
            if (!manifest.toFile().isFile()) {
                throw new IllegalArgumentException(manifest + ": manifest not found");
            }
            return ManifestReader.read(manifest);
        }
        String path = scene.file().toAbsolutePath().toString();
        Calibration cal = new Calibration(scene.scale(), scene.offset());
        return new Manifest(List.of(new SceneSpec(new File(path).getName(), scene.year(), "generic",
                new BandRef(path, scene.redBand()), new BandRef(path, scene.nirBand()), cal, cal, scene.nodata(), null)));
    }
}
