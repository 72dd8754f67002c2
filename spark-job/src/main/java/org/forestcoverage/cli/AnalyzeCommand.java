package org.forestcoverage.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.forestcoverage.catalog.CatalogFilter;
import org.forestcoverage.job.AnalyzeJob;
import java.util.ArrayList;
import java.util.List;
import org.forestcoverage.definition.DefinitionChoice;
import org.forestcoverage.definition.Denominator;
import org.forestcoverage.job.CatalogInput;
import org.forestcoverage.job.JobConfig;
import org.forestcoverage.report.QaEvidence;
import org.forestcoverage.report.TrajectoryReport;
import org.forestcoverage.sums.CoverageRow;
import org.forestcoverage.trajectory.Trajectory;
import org.forestcoverage.spark.SparkSource;
import org.forestcoverage.zones.ZoneMode;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code forest analyze}: per-district forest coverage for every year of a manifest or one scene. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Forest coverage per district and year from a manifest, the scene catalogue or one scene; writes coverage.csv and coverage.json to --out.")
public final class AnalyzeCommand implements Callable<Integer> {
    private final SparkSource spark;

    public AnalyzeCommand() {
        this(SparkSource.PER_RUN);
    }

    AnalyzeCommand(SparkSource spark) {
        this.spark = spark;
    }

    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Input input;

    static final class Input {
        @Option(names = "--manifest", description = "Scene manifest (JSON).") Path manifest;
        @ArgGroup(exclusive = false) CatalogOptions catalog;
        @ArgGroup(exclusive = false) SceneOptions scene;
    }

    static final class CatalogOptions {
        @Option(names = "--catalog", required = true,
                description = "Scene catalogue: a .gpkg file or PG:connection-string (see forest catalog).") String catalog;
        @Option(names = "--years", description = "Years to analyse: YYYY or YYYY-YYYY (default: all catalogued).")
        String years;
        @Option(names = "--max-cloud", description = "Only scenes whose cloud share is at most this, percent.") Double maxCloud;
    }

    static final class SceneOptions {
        @Option(names = "--scene", required = true, description = "A single GDAL-readable scene (a path, /vsi... or a URL).")
        String file;
        @Option(names = "--year", required = true) int year;
        @Option(names = "--red-band", required = true, description = "1-based band index of red.") int redBand;
        @Option(names = "--nir-band", required = true, description = "1-based band index of NIR.") int nirBand;
        @Option(names = "--scale", description = "reflectance = DN x scale + offset; required with --offset for a generic scene"
                + " (1 with --offset 0 when the bands hold reflectance).") Double scale;
        @Option(names = "--offset", description = "Reflectance offset, with --scale (0 if there is none).") Double offset;
        @Option(names = "--sensor", defaultValue = "generic", description = "Sensor preset giving the scaling instead of"
                + " --scale/--offset: generic (default), landsat-c2-l2, landsat-c2-l2-tm, landsat-l1-toa, sentinel-2-l2a.")
        String sensor;
        @Option(names = "--nodata", description = "Raw nodata of red and NIR (default: each band's own).") Double nodata;
    }

    @Option(names = "--districts", required = true, description = "District polygons (GeoJSON, Shapefile, GeoPackage...).")
    Path districts;
    @Option(names = "--id-field", required = true, description = "District id attribute.") String idField;
    @Option(names = "--name-field", description = "District name attribute.") String nameField;
    @Option(names = "--districts-crs", description = "CRS of the districts when the file has none (e.g. EPSG:4326).")
    String districtsCrs;
    @Option(names = "--districts-gcj02", description = "The districts are GCJ-02 lon/lat (Chinese web maps): convert them to WGS84.")
    boolean districtsGcj02;
    @Option(names = "--invalid-districts", defaultValue = "repair",
            description = "Invalid district polygons: repair (default, with a warning) or refuse.")
    String invalidDistricts;
    @Option(names = "--out", required = true, description = "Output folder: new, empty, or an earlier output with --overwrite.")
    Path out;
    @Option(names = "--overwrite", description = "Replace an earlier output of forest in --out (never a folder with other files).")
    boolean overwrite;
    @Option(names = "--threshold", description = "Forest when NDVI >= this, for every sensor (default: the definition's; ndvi: 0.6).")
    Double threshold;
    @Option(names = "--definition", defaultValue = "ndvi", paramLabel = "china|fao|gfw|ndvi|FILE",
            description = "Forest definition: a bundled profile or a definition file (default ${DEFAULT-VALUE}; see the README).")
    String definition;
    @Option(names = "--calibration", paramLabel = "FILE|DIR",
            description = "Calibration file(s) of forest calibrate: the NDVI threshold per sensor (repeatable, one per sensor).")
    List<Path> calibrations = new ArrayList<>();
    @Option(names = "--mmu-ha", description = "Minimum mapping unit in hectares: smaller connected forest patches count as non-forest (default: the definition's).")
    java.math.BigDecimal mmuHa;
    @Option(names = "--mmu-connectivity", description = "Patches connect through 4 (edges) or 8 (edges and corners) neighbours (default: the definition's, 8).")
    Integer mmuConnectivity;
    @Option(names = "--rule-layer", paramLabel = "NAME=FILE",
            description = "Raster of a rule layer the definition declares (china: special_shrubland), counted as forest where non-zero (repeatable).")
    List<String> ruleLayers = new ArrayList<>();
    @Option(names = "--denominator", paramLabel = "land|observed",
            description = "land: forest / land, unobserved pixels filled from the nearest year; observed: forest / observed land (default: the definition's).")
    String denominator;
    @Option(names = "--tile-size", defaultValue = "512", description = "Tile edge in pixels (default ${DEFAULT-VALUE}).")
    int tileSize;
    @Option(names = "--partitions", defaultValue = "0", description = "Spark partitions: tile batches of decreasing size (default: 3 per task slot). "
            + "Tiles are shuffled, so every batch samples the whole scene.")
    int partitions;
    @Option(names = "--master", description = "Spark master (default: spark-submit's --master, else local[*]).")
    String master;
    @Option(names = "--zones", defaultValue = "fractional",
            description = "fractional (exact coverage of boundary pixels, the default) or centre (pixel centre).")
    String zones;
    @Option(names = "--composite", defaultValue = "max", description = "Yearly composite: max, median, pNN, bap (best-available pixel, target day 213), bap:DOY or medoid (the look nearest all others in red and NIR). max and bap keep one tile of running state whatever the number of scenes; with --maps, doy_YEAR.tif and sensor_YEAR.tif say which observation max, bap and medoid took.")
    String composite;
    @Option(names = "--resampling", defaultValue = "near", description = "Resampling of reflectance when a scene must be warped: near (default: reflectance and mask from the same source pixel), bilinear, cubic, cubicspline, lanczos (kernels at the pixel centre, nodata left out). Quality bands are always near.")
    String resampling;
    @Option(names = "--maps", description = "Also write forest_YEAR.tif (classes), ndvi_YEAR.tif, count_YEAR.tif (valid observations), doy_YEAR.tif and sensor_YEAR.tif (day of year and sensor of the chosen observation) as cloud-optimized GeoTIFFs, listed as STAC Items in catalog.json.") boolean maps;
    @Option(names = "--season", paramLabel = "MM-DD..MM-DD", description = "Composite only the scenes acquired in this window of their year (both days included; 11-01..02-28 wraps over the new year). The date comes from the product's metadata (MTL DATE_ACQUIRED, STAC datetime, MTD PRODUCT_START_TIME), else from the product id or file name (_YYYYMMDD).")
    String season;

    @Option(names = "--harmonise", defaultValue = "auto", description = "Transform ETM+/TM (Roy et al. 2016, OLS) and Sentinel-2 MSI (HLS bandpass adjustment, Claverie et al. 2018) red and NIR to Landsat-8 OLI's: auto (default: when the run's scenes mix sensors), on, off (a run mixing sensors then warns). Recorded in coverage.json.")
    String harmonise;

    @Option(names = "--cloud-buffer-m", paramLabel = "METRES", description = "Mask every pixel within this distance of a cloud or shadow pixel of the same scene, for every scene; default per sensor: landsat-* 0 (QA_PIXEL's dilated-cloud flag already buffers 3 px), sentinel-2-l2a 60, generic 0.")
    Double cloudBufferM;

    @Option(names = "--grid-crs", description = "CRS of the analysis grid (e.g. EPSG:32650); default: the scenes' CRS, or when they differ the UTM zone of the districts' centre if a scene is in it, else the CRS of most scene area (never the manifest order). Scenes in other CRSs are warped onto it exactly.")
    String gridCrs;
    @Option(names = "--pixel-size", description = "Pixel size of the analysis grid in grid CRS units; default: that of the first scene (by year, id, file) in the grid CRS.")
    Double pixelSize;
    @Option(names = "--label", description = "Text stored with the results.") String label;
    @Option(names = "--results", description = "Results store of per tile-year sums, reused by later runs: a .gpkg file or "
            + "PG:connection-string; 'none' for none. Default: the catalogue's database with --catalog, else none.")
    String results;
    @Option(names = "--trajectory", description = "Official trajectory (CSV, e.g. config/beijing-trajectory.csv) to compare the city with.")
    Path trajectory;
    @Option(names = "--qa", paramLabel = "DIR", description = "Output folder of forest qa (a plot panel's change.csv,"
            + " else qa.csv): judge each year against --trajectory with its 95 % intervals, as forest trajectory does.")
    Path qa;

    /**
     * The master to run on: {@code --master} when given, else the {@code spark.master} that spark-submit passes,
     * else embedded {@code local[*]}.
     */
    static String resolveMaster(String option, String sparkMaster) {
        if (option != null && !option.isBlank()) {
            return option;
        }
        return sparkMaster != null && !sparkMaster.isBlank() ? sparkMaster : "local[*]";
    }

    @Override
    public Integer call() {
        if (qa != null) {
            if (trajectory == null) {
                throw new IllegalArgumentException("--qa judges the run against a trajectory: give --trajectory too");
            }
            QaEvidence.read(qa, CoverageRow.CITY);              // a folder that is not qa's output fails here
        }
        List<CoverageRow> rows = new AnalyzeJob(config(), System.out, spark)
                .commandLine(spec.root().commandLine().getParseResult().originalArgs()).run();
        if (qa != null) {
            System.out.println("City against " + trajectory.getFileName() + " with the intervals of " + qa + ":");
            System.out.print(TrajectoryReport.evidenceTable(TrajectoryReport.judge(Trajectory.readCsv(trajectory),
                    rows, qa)));
        }
        return 0;
    }

    JobConfig config() {
        JobConfig.SingleScene single = input.scene == null ? null : new JobConfig.SingleScene(input.scene.file,
                input.scene.year, input.scene.redBand, input.scene.nirBand, input.scene.scale, input.scene.offset,
                input.scene.nodata, input.scene.sensor);
        ZoneMode mode = ZoneMode.parse(zones);
        boolean refuseInvalid = switch (invalidDistricts) {
            case "repair" -> false;
            case "refuse" -> true;
            default -> throw new IllegalArgumentException("--invalid-districts must be repair or refuse, got "
                    + invalidDistricts);
        };
        DefinitionChoice choice = new DefinitionChoice(definition, calibrations, threshold, mmuHa, mmuConnectivity,
                denominator == null ? null : Denominator.parse(denominator), ruleFiles(ruleLayers));
        CatalogInput catalog = input.catalog == null ? null : new CatalogInput(input.catalog.catalog,
                CatalogFilter.parse(input.catalog.years, season, null, input.catalog.maxCloud));
        return new JobConfig(input.manifest, single, districts, idField, nameField, districtsCrs, out,
                threshold != null ? threshold : 0.6, tileSize, partitions,
                resolveMaster(master, System.getProperty("spark.master")), mode, composite, resampling, maps, label,
                trajectory, gridCrs, pixelSize, new JobConfig.DistrictInput(districtsGcj02, refuseInvalid), overwrite,
                cloudBufferM, harmonise, season, choice, catalog, results);
    }

    /**
     * The {@code --rule-layer NAME=FILE} options by name.
     *
     * @throws IllegalArgumentException for a value without {@code NAME=} or a file, or a name given twice
     */
    static java.util.Map<String, Path> ruleFiles(List<String> options) {
        java.util.Map<String, Path> files = new java.util.LinkedHashMap<>();
        for (String o : options) {
            int eq = o.indexOf('=');
            if (eq <= 0 || eq == o.length() - 1) {
                throw new IllegalArgumentException("--rule-layer " + o + ": expected NAME=FILE, e.g. "
                        + "special_shrubland=designated-shrubland.tif");
            }
            Path was = files.put(o.substring(0, eq), UserPaths.path(o.substring(eq + 1)));
            if (was != null) {
                throw new IllegalArgumentException("--rule-layer " + o.substring(0, eq) + " is given twice (" + was
                        + ", " + o.substring(eq + 1) + ")");
            }
        }
        return files;
    }

}
