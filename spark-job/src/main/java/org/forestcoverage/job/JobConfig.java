package org.forestcoverage.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.forestcoverage.definition.DefinitionChoice;
import org.forestcoverage.definition.Definitions;
import org.forestcoverage.definition.ForestDefinition;
import org.forestcoverage.kernel.Compositor;
import org.forestcoverage.plan.AnalysisRequest;
import org.forestcoverage.plan.GridChoice;
import org.forestcoverage.plan.Harmonise;
import org.forestcoverage.plan.Season;
import org.forestcoverage.raster.Resampling;
import org.forestcoverage.scene.BandRef;
import org.forestcoverage.scene.Manifest;
import org.forestcoverage.scene.ManifestReader;
import org.forestcoverage.scene.SceneSpec;
import org.forestcoverage.sensor.SceneRequest;
import org.forestcoverage.sensor.SensorException;
import org.forestcoverage.sensor.SensorPreset;
import org.forestcoverage.sensor.Sensors;
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
 * @param composite     yearly composite: {@code max}, {@code median}, {@code pNN}, {@code bap}, {@code bap:DOY} or
 *                      {@code medoid}
 * @param resampling    GDAL resampling of reflectance when a scene is warped onto the grid (near, bilinear...)
 * @param writeMaps     also write forest_YEAR.tif, ndvi_YEAR.tif and count_YEAR.tif (cloud-optimized GeoTIFFs)
 * @param label         free text stored with the results (e.g. "SYNTHETIC demo data")
 * @param trajectory    official trajectory file to compare the city with, or {@code null}
 * @param gridCrs       CRS of the analysis grid (e.g. {@code EPSG:32650}), or {@code null} to choose it from the scenes
 * @param pixelSize     pixel size of the analysis grid in grid CRS units, or {@code null} for the first scene's
 * @param districtInput how district geometry is taken in: GCJ-02 conversion, invalid polygons repaired or refused
 * @param catalog       the scene catalogue and the products to take from it, instead of a manifest or a scene
 * @param results       results store of per (tile, year) sums ({@code .gpkg} or {@code PG:...}), {@code none} for
 *                      none, or {@code null}: the catalogue's database for a catalogue run, else none
 * @param overwrite     replace a previous output of forest at {@code out} ({@link org.forestcoverage.output.OutputFolder})
 * @param cloudBufferM  cloud and shadow buffer in metres for every scene, or {@code null} for each sensor's default
 * @param harmonise     {@code auto} (ETM+/TM and MSI to OLI when the scenes mix sensors), {@code on} or {@code off}
 * @param season        {@code MM-DD..MM-DD}: only scenes acquired in that window of their year, or {@code null}
 * @param definition    the forest definition asked for ({@code --definition} and its overrides), or {@code null} for
 *                      the {@code ndvi} profile with {@code thresholdNdvi}
 */
public record JobConfig(Path manifest, SingleScene scene, Path districts, String idField, String nameField,
                        String districtsCrs, Path out, double thresholdNdvi, int tileSize, int partitions,
                        String master, ZoneMode zones, String composite, String resampling, boolean writeMaps,
                        String label, Path trajectory, String gridCrs, Double pixelSize,
                        DistrictInput districtInput, boolean overwrite, Double cloudBufferM, String harmonise,
                        String season, DefinitionChoice definition, CatalogInput catalog, String results) {

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
                false, null, "auto", null, null, null, null);
    }

    /**
     * A configuration with each sensor's default cloud buffer, under the {@code ndvi} definition with
     * {@code thresholdNdvi}, of scenes from a manifest or one scene (no catalogue, no results store).
     */
    public JobConfig(Path manifest, SingleScene scene, Path districts, String idField, String nameField,
                     String districtsCrs, Path out, double thresholdNdvi, int tileSize, int partitions,
                     String master, ZoneMode zones, String composite, String resampling, boolean writeMaps,
                     String label, Path trajectory, String gridCrs, Double pixelSize, DistrictInput districtInput,
                     boolean overwrite) {
        this(manifest, scene, districts, idField, nameField, districtsCrs, out, thresholdNdvi, tileSize, partitions,
                master, zones, composite, resampling, writeMaps, label, trajectory, gridCrs, pixelSize, districtInput,
                overwrite, null, "auto", null, null, null, null);
    }

    /** The same configuration under another forest definition, writing to {@code out}, with or without maps. */
    public JobConfig withDefinition(DefinitionChoice d, Path out, boolean maps) {
        return new JobConfig(manifest, scene, districts, idField, nameField, districtsCrs, out, thresholdNdvi,
                tileSize, partitions, master, zones, composite, resampling, maps, label, trajectory, gridCrs,
                pixelSize, districtInput, overwrite, cloudBufferM, harmonise, season, d, catalog, results);
    }

    /** The forest definition of the run, overrides applied. */
    public ForestDefinition forestDefinition() {
        return definition == null ? Definitions.profile("ndvi").withThreshold(thresholdNdvi) : definition.resolve();
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
        org.forestcoverage.spark.SparkMasters.check(master);
    }

    /** The analysis this configuration asks for, the scenes read from the manifest (or the single scene). */
    public AnalysisRequest request() {
        return request(scenes());
    }

    /** The analysis this configuration asks for, on {@code scenes} as {@link #scenes()} read them. */
    public AnalysisRequest request(Manifest scenes) {
        return new AnalysisRequest(scenes, new AnalysisRequest.Districts(districts, idField, nameField, districtsCrs,
                districtInput.gcj02(), districtInput.refuseInvalid()), new GridChoice(gridCrs, pixelSize),
                forestDefinition(), tileSize, zones, Compositor.parse(composite), Resampling.parse(resampling),
                cloudBufferM, Harmonise.parse(harmonise), season == null ? null : Season.parse(season),
                definition == null ? List.of() : definition.ruleLayerFiles(forestDefinition()));
    }

    /** The scenes of the run, from the catalogue, the manifest or the single scene options. */
    public Manifest scenes() {
        if (catalog != null) {
            return catalog.select(this).manifest();
        }
        if (manifest != null) {
            if (Files.isDirectory(manifest)) {
                throw new IllegalArgumentException(manifest + ": is a folder; --manifest takes the manifest file");
            }
            if (!manifest.toFile().isFile()) {
                throw new IllegalArgumentException(manifest + ": manifest not found");
            }
            return ManifestReader.read(manifest, org.forestcoverage.io.gdal.StacItemReader::read);
        }
        return new Manifest(List.of(singleScene(scene)));
    }

    /**
     * The {@code --scene} options as a scene, through the same presets (and refusals) as a manifest entry: a
     * {@code generic} scene needs {@code --scale} and {@code --offset}.
     */
    private static SceneSpec singleScene(SingleScene s) {
        boolean local = !BandRef.isRemote(s.file());
        String path = local ? Path.of(s.file()).toAbsolutePath().normalize().toString() : s.file();
        if ((s.scale() == null) != (s.offset() == null)) {
            throw new IllegalArgumentException("--scene " + s.file() + ": give --scale and --offset together (--offset 0"
                    + " if there is none)");
        }
        if (s.scale() == null && s.sensor().equals("generic")) {
            throw new IllegalArgumentException("--scene " + s.file() + ": state its radiometry with --scale and --offset"
                    + " (reflectance = DN x scale + offset; --scale 1 --offset 0 if the bands hold reflectance), or name"
                    + " its product with --sensor (" + String.join(", ", SensorPreset.knownIds()) + "): NDVI is not"
                    + " offset-invariant, so unstated scaling gives wrong coverage");
        }
        SceneRequest.Builder b = SceneRequest.builder(s.sensor(), s.year(), Path.of(path).getFileName().toString())
                .red(new BandRef(path, s.redBand())).nir(new BandRef(path, s.nirBand())).nodata(s.nodata());
        if (s.scale() != null) {
            b.scaleOffset(s.scale(), s.offset());
        }
        try {
            return Sensors.sceneSpec(b.build());
        } catch (SensorException e) {
            throw new IllegalArgumentException("--scene " + s.file() + ": " + e.getMessage(), e);
        }
    }

    /** Every local file and folder the run reads ({@code scenes} as {@link #scenes()} read them): none may lie inside the output folder. */
    public List<String> inputs(Manifest scenes) {
        List<String> in = new ArrayList<>();
        if (manifest != null) {
            in.add(manifest.toString());
        }
        for (SceneSpec s : scenes.scenes()) {
            in.add(s.red().path());
            in.add(s.nir().path());
            if (s.quality() != null) {
                in.add(s.quality().band().path());
            }
        }
        in.add(districts.toString());
        if (definition != null) {
            definition.ruleFiles().values().forEach(f -> in.add(f.toString()));
        }
        if (trajectory != null) {
            in.add(trajectory.toString());
        }
        // the catalogue and the results store (written by the run) are GeoPackage files unless they are PG:
        if (catalog != null && !catalog.location().startsWith("PG:")) {
            in.add(catalog.location());
        }
        String store = resultsStore();
        if (store != null && !store.startsWith("PG:")) {
            in.add(store);
        }
        return in;
    }
}
