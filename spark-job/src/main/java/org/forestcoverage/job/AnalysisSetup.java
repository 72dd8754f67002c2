package org.forestcoverage.job;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.forestcoverage.analysis.AnalysisPlan;
import org.forestcoverage.grid.Extent;
import org.forestcoverage.grid.GridSpec;
import org.forestcoverage.io.gdal.Crs;
import org.forestcoverage.io.gdal.Footprint;
import org.forestcoverage.io.gdal.DistrictReader;
import org.forestcoverage.io.gdal.GdalRaster;
import org.forestcoverage.kernel.Compositor;
import org.forestcoverage.kernel.ForestClassifier;
import org.forestcoverage.raster.BandInfo;
import org.forestcoverage.scene.BandRef;
import org.forestcoverage.scene.Manifest;
import org.forestcoverage.scene.ManifestReader;
import org.forestcoverage.scene.SceneChecks;
import org.forestcoverage.scene.SceneSpec;
import org.forestcoverage.sensor.SceneRequest;
import org.forestcoverage.sensor.SensorException;
import org.forestcoverage.sensor.SensorPreset;
import org.forestcoverage.sensor.Sensors;
import org.forestcoverage.zones.CentreZoner;
import org.forestcoverage.coverage.CrsUnits;
import org.forestcoverage.zones.District;
import org.forestcoverage.zones.DistrictChecks;
import org.forestcoverage.zones.DistrictException;
import org.forestcoverage.zones.DistrictReport;
import org.forestcoverage.zones.Gcj02;
import org.locationtech.jts.geom.Envelope;
import org.forestcoverage.zones.Zoner;

/**
 * The driver-side stages before any tile is read: load the scenes, read and reproject the districts, build
 * the analysis grid (the first scene's CRS and pixel lattice over the districts' extent, or the CRS and pixel
 * size given with {@code --grid-crs} / {@code --pixel-size}) and the plan. Scenes in another CRS or lattice are
 * warped onto the grid tile by tile ({@link org.forestcoverage.io.gdal.TileReader}).
 */
public final class AnalysisSetup {
    private AnalysisSetup() {
    }

    /** The scenes of the run, from the manifest or the single scene options. */
    public static Manifest scenes(JobConfig c) {
        if (c.manifest() != null) {
            if (Files.isDirectory(c.manifest())) {
                throw new IllegalArgumentException(c.manifest() + ": is a folder; --manifest takes the manifest file");
            }
            if (!c.manifest().toFile().isFile()) {
                throw new IllegalArgumentException(c.manifest() + ": manifest not found");
            }
            return ManifestReader.read(c.manifest(), org.forestcoverage.io.gdal.StacItemReader::read);
        }
        return new Manifest(List.of(singleScene(c.scene())));
    }

    /**
     * The {@code --scene} options as a scene, through the same presets (and refusals) as a manifest entry: a
     * {@code generic} scene needs {@code --scale} and {@code --offset}.
     */
    private static SceneSpec singleScene(JobConfig.SingleScene s) {
        boolean local = !s.file().startsWith("/vsi") && !s.file().contains("://");
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

    /** Every local file and folder the run reads: none may lie inside the output folder. */
    public static List<String> inputs(JobConfig c, Manifest m) {
        List<String> in = new ArrayList<>();
        if (c.manifest() != null) {
            in.add(c.manifest().toString());
        }
        for (SceneSpec s : m.scenes()) {
            in.add(s.red().path());
            in.add(s.nir().path());
            if (s.quality() != null) {
                in.add(s.quality().band().path());
            }
        }
        in.add(c.districts().toString());
        if (c.trajectory() != null) {
            in.add(c.trajectory().toString());
        }
        return in;
    }

    /**
     * Checks every scene file up front (exists, opens, has the bands, has a CRS) and what its headers tell
     * ({@link SceneChecks}: red and NIR not the same band, nodata values the band types can hold; a note when red and
     * NIR cover different extents, to {@code notes}), so errors come before Spark starts, and returns the grid of
     * every scene's red band, in manifest order. Each band file is opened once.
     */
    public static List<GridSpec> checkScenes(Manifest m, PrintStream notes) {
        List<GridSpec> redGrids = new ArrayList<>();
        for (SceneSpec s : m.scenes()) {
            SceneChecks.distinctBands(s);
            GridSpec nirGrid = null;
            for (BandRef b : s.quality() == null ? List.of(s.red(), s.nir()) : List.of(s.red(), s.nir(), s.quality().band())) {
                try (GdalRaster r = GdalRaster.open(b.path())) {
                    BandInfo info = r.band(b.band());
                    if (r.grid().crsWkt().isEmpty()) {
                        throw new org.forestcoverage.raster.RasterException(b.path(), "has no CRS");
                    }
                    if (b == s.red()) {
                        redGrids.add(r.grid());
                    }
                    if (b == s.red() || b == s.nir()) {
                        SceneChecks.nodataFits(s, b, info);
                    }
                    if (b == s.nir()) {
                        nirGrid = r.grid();
                    }
                }
            }
            SceneChecks.extentNote(s, redGrids.get(redGrids.size() - 1), nirGrid).ifPresent(notes::println);
        }
        return redGrids;
    }

    /**
     * {@link SceneChecks#districtCoverage}: refuses a year whose every scene misses every district, and returns a
     * warning for each scene that misses them in a year where others do not. {@code redGrids} as returned by
     * {@link #checkScenes}.
     */
    public static List<String> checkSceneCoverage(Manifest m, List<GridSpec> redGrids, List<District> districts,
                                                  String gridWkt) {
        List<Extent> footprints = redGrids.stream().map(g -> Footprint.in(g, gridWkt)).toList();
        List<Extent> extents = districts.stream().map(d -> {
            Envelope e = d.geometry().getEnvelopeInternal();
            return new Extent(e.getMinX(), e.getMinY(), e.getMaxX(), e.getMaxY());
        }).toList();
        return SceneChecks.districtCoverage(m.scenes(), new ArrayList<>(footprints), extents, Crs.label(gridWkt));
    }

    /**
     * The CRS, pixel size and lattice anchor of the analysis grid, as an empty-extent template: the CRS is
     * {@code --grid-crs} or the first scene's; the pixel size {@code --pixel-size} or the first scene's (which
     * must then be in the same kind of units: both CRSs projected or both geographic); the lattice that of the
     * first scene in the grid CRS with that pixel size, so that its reads need no resampling, else multiples of
     * the pixel size from the CRS origin.
     *
     * @return a 0 x 0 grid whose origin is the lattice anchor
     */
    public static GridSpec lattice(JobConfig c, List<GridSpec> scenes) {
        GridSpec first = scenes.get(0);
        String wkt = c.gridCrs() == null ? first.crsWkt() : crsWkt(c.gridCrs());
        boolean sameCrs = Crs.same(wkt, first.crsWkt());
        double pw;
        double ph;
        if (c.pixelSize() != null) {
            pw = c.pixelSize();
            ph = c.pixelSize();
        } else if (sameCrs || Crs.isGeographic(wkt) == Crs.isGeographic(first.crsWkt())) {
            pw = first.pixelWidth();
            ph = first.pixelHeight();
        } else {
            throw new IllegalArgumentException("--grid-crs " + c.gridCrs() + " and the first scene's CRS ("
                    + Crs.label(first.crsWkt()) + ") measure in different units; give --pixel-size");
        }
        for (GridSpec g : scenes) {
            if (Math.abs(g.pixelWidth() / pw - 1) < 1e-9 && Math.abs(g.pixelHeight() / ph - 1) < 1e-9
                    && Crs.same(wkt, g.crsWkt())) {
                return new GridSpec(wkt, g.originX(), g.originY(), pw, ph, 0, 0);
            }
        }
        return new GridSpec(wkt, 0, 0, pw, ph, 0, 0);
    }

    private static String crsWkt(String definition) {
        try {
            return Crs.toWkt(definition);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--grid-crs: " + e.getMessage(), e);
        }
    }

    public static List<District> districts(JobConfig c, String gridWkt) {
        return DistrictReader.read(c.districts().toString(), c.idField(), c.nameField(), gridWkt, c.districtsCrs(),
                c.districtInput().gcj02());
    }

    /**
     * {@link DistrictChecks} on the districts read (in the grid CRS): invalid polygons are repaired, or refused with
     * {@code --invalid-districts refuse} (a {@link DistrictException} naming every invalid feature on one line);
     * overlaps and gaps are measured. Use the report's {@code districts()}.
     */
    public static DistrictReport checkDistricts(JobConfig c, List<District> districts) {
        DistrictReport r = DistrictChecks.check(districts, !c.districtInput().refuseInvalid());
        if (!r.isUsable()) {
            throw new DistrictException(c.districts() + ": invalid district polygon(s), refused (--invalid-districts "
                    + "refuse): " + String.join("; ", r.invalid().stream().map(AnalysisSetup::invalidText).toList()));
        }
        return r;
    }

    private static String invalidText(DistrictReport.Invalid i) {
        return String.format(Locale.ROOT, "district '%s' (feature %d): %s%s", i.id(), i.index(), i.reason(),
                i.location() == null ? "" : String.format(Locale.ROOT, " at (%.6f, %.6f)", i.location().x,
                        i.location().y));
    }

    /** Overlaps and gaps below this many m2 (rounding noise of shared borders) are not listed. */
    static final double REPORT_MIN_M2 = 1.0;

    /**
     * The console lines of a district check: one warning per repaired feature, overlaps (km2, which pairs) and gaps
     * inside the union (km2, where, which districts around), and a note when longitude/latitude districts in China
     * were not declared GCJ-02 (a hint: GCJ-02 cannot be told from WGS84 without a reference).
     */
    public static List<String> districtLines(JobConfig c, DistrictReport r, String gridWkt) {
        CrsUnits units = CrsUnits.fromWkt(gridWkt);
        List<String> lines = new ArrayList<>();
        String file = c.districts().getFileName().toString();
        for (DistrictReport.Invalid i : r.invalid()) {
            lines.add("warning: " + file + ": " + invalidText(i) + "; repaired (--invalid-districts refuse to stop)");
        }
        List<DistrictReport.Overlap> overlaps = r.overlaps().stream()
                .filter(o -> overlapM2(units, o) >= REPORT_MIN_M2)
                .sorted((a, b) -> Double.compare(overlapM2(units, b), overlapM2(units, a))).toList();
        List<DistrictReport.Gap> gaps = r.gaps().stream().filter(g -> gapM2(units, g) >= REPORT_MIN_M2).toList();
        if (overlaps.isEmpty() && gaps.isEmpty()) {
            lines.add("districts: no overlaps, no gaps inside their union");
        }
        if (!overlaps.isEmpty()) {
            double km2 = overlaps.stream().mapToDouble(o -> overlapM2(units, o)).sum() / 1e6;
            StringBuilder b = new StringBuilder(String.format(Locale.ROOT,
                    "warning: districts overlap: %.4f km2 in %d pair(s), counted in both:", km2, overlaps.size()));
            for (DistrictReport.Overlap o : overlaps.subList(0, Math.min(10, overlaps.size()))) {
                b.append(String.format(Locale.ROOT, " %s/%s %.4f km2,", o.idA(), o.idB(), overlapM2(units, o) / 1e6));
            }
            b.setLength(b.length() - 1);
            lines.add(overlaps.size() > 10 ? b + " ..." : b.toString());
        }
        if (!gaps.isEmpty()) {
            double km2 = gaps.stream().mapToDouble(g -> gapM2(units, g)).sum() / 1e6;
            StringBuilder b = new StringBuilder(String.format(Locale.ROOT,
                    "warning: gaps inside the districts' union: %.4f km2 in %d hole(s), counted in none:", km2,
                    gaps.size()));
            for (DistrictReport.Gap g : gaps.subList(0, Math.min(10, gaps.size()))) {
                b.append(String.format(Locale.ROOT, " %.4f km2 at (%.6f, %.6f) between %s,", gapM2(units, g) / 1e6,
                        g.interiorPoint().x, g.interiorPoint().y, String.join("/", g.bordering())));
            }
            b.setLength(b.length() - 1);
            lines.add(gaps.size() > 10 ? b + " ..." : b.toString());
        }
        if (!c.districtInput().gcj02()) {
            Envelope ll = DistrictReader.lonLatExtent(c.districts().toString(), c.districtsCrs());
            if (ll != null && !Gcj02.outOfChina(ll.getMinX(), ll.getMinY()) && !Gcj02.outOfChina(ll.getMaxX(), ll.getMaxY())) {
                lines.add("note: the districts are longitude/latitude in China; boundaries taken from Chinese web maps"
                        + " (AMap, Tencent, DataV) are GCJ-02 and lie 50-500 m off: if so, add --districts-gcj02");
            }
        }
        return lines;
    }

    /** The district check for coverage.json's run info: areas in km2, every overlap and gap of at least 1 m2. */
    public static Map<String, Object> districtCheckInfo(JobConfig c, DistrictReport r, String gridWkt) {
        CrsUnits units = CrsUnits.fromWkt(gridWkt);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("gcj02_converted", c.districtInput().gcj02());
        m.put("invalid_policy", c.districtInput().refuseInvalid() ? "refuse" : "repair");
        List<Map<String, Object>> invalid = new ArrayList<>();
        for (DistrictReport.Invalid i : r.invalid()) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("district", i.id());
            e.put("feature", i.index());
            e.put("reason", i.reason());
            e.put("repaired", i.repaired());
            invalid.add(e);
        }
        m.put("invalid", invalid);
        List<Map<String, Object>> overlaps = new ArrayList<>();
        double overlapM2 = 0;
        for (DistrictReport.Overlap o : r.overlaps()) {
            double a = overlapM2(units, o);
            if (a >= REPORT_MIN_M2) {
                Map<String, Object> e = new LinkedHashMap<>();
                e.put("districts", List.of(o.idA(), o.idB()));
                e.put("area_km2", a / 1e6);
                overlaps.add(e);
                overlapM2 += a;
            }
        }
        m.put("overlap_km2", overlapM2 / 1e6);
        m.put("overlaps", overlaps);
        List<Map<String, Object>> gaps = new ArrayList<>();
        double gapM2 = 0;
        for (DistrictReport.Gap g : r.gaps()) {
            double a = gapM2(units, g);
            if (a >= REPORT_MIN_M2) {
                Map<String, Object> e = new LinkedHashMap<>();
                e.put("area_km2", a / 1e6);
                e.put("point", List.of(g.interiorPoint().x, g.interiorPoint().y));
                e.put("bordering", g.bordering());
                gaps.add(e);
                gapM2 += a;
            }
        }
        m.put("gap_km2", gapM2 / 1e6);
        m.put("gaps", gaps);
        return m;
    }

    private static double overlapM2(CrsUnits u, DistrictReport.Overlap o) {
        return u.areaM2(o.area(), o.interiorPoint().y);
    }

    private static double gapM2(CrsUnits u, DistrictReport.Gap g) {
        return u.areaM2(g.area(), g.interiorPoint().y);
    }

    /** The analysis grid: the lattice of {@code sceneGrid} (CRS, pixel size, origin) snapped over the districts' extent. */
    public static GridSpec grid(GridSpec sceneGrid, List<District> districts) {
        org.locationtech.jts.geom.Envelope env = new org.locationtech.jts.geom.Envelope();
        for (District d : districts) {
            env.expandToInclude(d.geometry().getEnvelopeInternal());
        }
        return GridSpec.snapped(sceneGrid.crsWkt(), env.getMinX(), env.getMinY(), env.getMaxX(), env.getMaxY(),
                sceneGrid.pixelWidth(), sceneGrid.pixelHeight(), sceneGrid.originX(), sceneGrid.originY());
    }

    /** Area of one pixel per grid row, m2. */
    public static double[] rowAreas(GridSpec grid) {
        // projected grids: CRS linear unit squared; geographic grids: ellipsoidal area of each pixel row
        org.forestcoverage.coverage.PixelArea area = org.forestcoverage.coverage.PixelArea.of(grid);
        double[] a = new double[grid.height()];
        for (int r = 0; r < a.length; r++) {
            a[r] = area.rowAreaM2(r);
        }
        return a;
    }

    public static Zoner zoner(JobConfig c, GridSpec grid, List<District> districts) {
        return switch (c.zones()) {
            case CENTRE -> new CentreZoner(grid, districts);
            case FRACTIONAL -> new org.forestcoverage.zones.FractionalZoner(districts);
        };
    }

    public static Compositor compositor(String spec) {
        String s = spec.toLowerCase(java.util.Locale.ROOT);
        if (s.equals("max")) {
            return Compositor.max();
        } else if (s.equals("median")) {
            return Compositor.median();
        } else if (s.matches("p\\d+(\\.\\d+)?")) {
            return Compositor.percentile(Double.parseDouble(s.substring(1)));
        }
        throw new IllegalArgumentException("--composite must be max, median or pNN (e.g. p75), got " + spec);
    }

    public static AnalysisPlan plan(JobConfig c, Manifest m, GridSpec grid, List<District> districts, String mapsDir) {
        Map<Integer, List<SceneSpec>> byYear = m.byYear();
        return new AnalysisPlan(grid, c.tileSize(), new ArrayList<>(byYear.keySet()), byYear,
                new ForestClassifier(c.thresholdNdvi()), compositor(c.composite()), zoner(c, grid, districts),
                districts.size(), rowAreas(grid), org.forestcoverage.io.gdal.TileReader.checkResampling(c.resampling()),
                mapsDir);
    }
}
