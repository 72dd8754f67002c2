package org.forestcoverage.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.forestcoverage.coverage.PixelArea;
import org.forestcoverage.grid.GridSpec;
import org.forestcoverage.io.gdal.Crs;
import org.forestcoverage.io.gdal.RasterSampler;
import org.forestcoverage.kernel.LandClass;
import org.forestcoverage.qa.AccuracyAssessment;
import org.forestcoverage.qa.AreaQa;
import org.forestcoverage.qa.MapPlot;
import org.forestcoverage.qa.PlacedPlot;
import org.forestcoverage.qa.Plot;
import org.forestcoverage.qa.PlotStatus;
import org.forestcoverage.qa.QaReportWriter;
import org.forestcoverage.qa.StratumAreas;
import org.forestcoverage.qa.SurveyAssessment;
import org.forestcoverage.qa.YearQa;
import org.forestcoverage.raster.RasterException;
import org.forestcoverage.output.OutputFolder;
import org.forestcoverage.sums.DistrictTally;
import org.forestcoverage.zones.District;
import org.forestcoverage.zones.WholeGridZoner;
import org.forestcoverage.zones.ZoneMode;
import org.forestcoverage.zones.Zoner;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code forest qa}: accuracy of forest-class maps against ground-survey plots, per year, for the city and each
 * district with enough plots: error matrix (rows = map, columns = reference), overall / user's / producer's accuracy,
 * kappa and the Olofsson et al. 2014 error-adjusted forest area and coverage with 95 % confidence intervals. Mapped
 * strata come from counting the map's forest and non-forest pixels (times their true area). Writes qa.csv, qa.json
 * and qa_plots.csv to {@code --out}.
 */
@Command(name = "qa", mixinStandardHelpOptions = true,
        description = "Accuracy and error-adjusted forest area of forest maps against ground-survey plots.")
public final class QaCommand implements Callable<Integer> {

    @Option(names = "--plots", required = true, description = "Survey plots: CSV (id,x,y,label[,year][,crs]) or GeoJSON.")
    Path plots;
    @Option(names = "--plots-crs", description = "CRS of the plots when the file states none (e.g. EPSG:4326).")
    String plotsCrs;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Maps maps;

    static final class Maps {
        @Option(names = "--forest-map", description = "Forest-class raster (Byte: 0 unobserved, 1 non-forest, 2 forest, 3 water).")
        Path forestMap;
        @Option(names = "--run", description = "Run folder holding forest_YEAR.tif files; every year is assessed.")
        Path run;
    }

    @Option(names = "--year", description = "Year of --forest-map (default: from its name forest_YEAR.tif).")
    Integer year;
    @Mixin
    DistrictOptions districtOptions = new DistrictOptions();
    @Option(names = "--zones", defaultValue = "fractional",
            description = "How map pixels are given to districts, as analyze does: fractional (default) or centre.")
    String zones;
    @Option(names = "--min-plots", defaultValue = "30", description = "Minimum used plots for a district row (default ${DEFAULT-VALUE}).")
    int minPlots;
    @Option(names = "--tile-size", defaultValue = "512", description = "Tile edge for scanning the map (default ${DEFAULT-VALUE}).")
    int tileSize;
    @Option(names = "--out", required = true, description = "Output folder: new, empty, or an earlier output with --overwrite.")
    Path out;
    @Option(names = "--overwrite", description = "Replace an earlier output of forest in --out (never a folder with other files).")
    boolean overwrite;

    @Override
    public Integer call() {
        if (districtOptions.given() && districtOptions.idField == null) {
            throw new IllegalArgumentException("--districts " + districtOptions.districts + " needs --id-field");
        }
        ZoneMode.parse(zones);
        if (minPlots < 0) {
            throw new IllegalArgumentException("--min-plots must be >= 0, got " + minPlots);
        }
        Map<Integer, Path> yearMaps = yearMaps();
        List<String> inputs = new ArrayList<>(List.of(plots.toString()));
        yearMaps.values().forEach(p -> inputs.add(p.toString()));
        if (maps.run != null) {
            inputs.add(maps.run.toString());
        }
        if (districtOptions.given()) {
            inputs.add(districtOptions.districts.toString());
        }
        List<YearQa> years = new ArrayList<>();
        try (OutputFolder o = OutputFolder.create(out, "qa", overwrite, inputs)) {
            List<Plot> all = PlotInputs.read(plots, plotsCrs);
            for (Map.Entry<Integer, Path> e : yearMaps.entrySet()) {
                years.add(assessYear(e.getKey(), e.getValue(), all));
            }
            write(years, o);
        }
        summary(years, System.out);
        return 0;
    }

    private Map<Integer, Path> yearMaps() {
        Map<Integer, Path> out = new TreeMap<>();
        if (maps.forestMap != null) {
            out.put(PlotInputs.year(maps.forestMap, year, "--year"), maps.forestMap);
            return out;
        }
        if (year != null) {
            throw new IllegalArgumentException("--year applies to --forest-map; with --run every forest_YEAR.tif of "
                    + maps.run + " is assessed");
        }
        if (!Files.isDirectory(maps.run)) {
            throw new IllegalArgumentException(maps.run + ": not a folder");
        }
        try (Stream<Path> s = Files.list(maps.run)) {
            s.filter(p -> p.getFileName().toString().startsWith("forest_"))
                    .forEach(p -> PlotInputs.yearOf(p).ifPresent(y -> out.put(y, p)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + maps.run, e);
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException(maps.run + ": holds no forest_YEAR.tif");
        }
        return out;
    }

    private YearQa assessYear(int y, Path map, List<Plot> all) {
        try (RasterSampler s = RasterSampler.open(map.toString())) {
            GridSpec grid = s.grid();
            List<PlacedPlot> placed = PlotInputs.place(plots, all, grid, map.toString());
            List<District> ds = districtOptions.read(grid.crsWkt());
            // the zoning and the accumulator of analyze: the map's district areas are coverage.csv's
            Zoner zoner = ds.isEmpty() ? new WholeGridZoner(grid) : ZoneMode.parse(zones).zoner(grid, ds);
            List<MapPlot> mapPlots = new ArrayList<>(placed.size());
            for (PlacedPlot p : placed) {
                mapPlots.add(check(p, y, s, ds.isEmpty() ? null : ds, zoner));
            }
            DistrictTally tally = new DistrictTally(zoner, PixelArea.of(grid, Crs.units(grid.crsWkt())), 1,
                    Math.max(1, ds.size()));
            byte[] classes = new byte[tileSize * tileSize];
            try {
                s.scan(tileSize, (w, v) -> {
                    LandClass.fromMap(w, v, classes);
                    tally.add(0, w, classes);
                });
            } catch (IllegalArgumentException e) {
                throw new RasterException(map.toString(), e.getMessage(), e);
            }
            Map<String, StratumAreas> perDistrict = new LinkedHashMap<>();
            StratumAreas city = StratumAreas.ZERO;
            for (int z = 1; z <= Math.max(1, ds.size()); z++) {
                StratumAreas a = StratumAreas.of(tally.sums(), 0, z);
                city = city.plus(a);
                if (!ds.isEmpty()) {
                    perDistrict.put(ds.get(z - 1).id(), a);
                }
            }
            return SurveyAssessment.assess(y, map.toString(), mapPlots, city, perDistrict, minPlots);
        }
    }

    /** The checks in PlotStatus order: raster, year, district, map class. */
    private static MapPlot check(PlacedPlot p, int year, RasterSampler s, List<District> ds, Zoner zoner) {
        if (!p.inside()) {
            return new MapPlot(p, -1, null, PlotStatus.OUTSIDE_RASTER);
        }
        if (p.plot().year().isPresent() && p.plot().year().getAsInt() != year) {
            return new MapPlot(p, -1, null, PlotStatus.OTHER_YEAR);
        }
        int zone = ds == null ? 0 : zoner.districtOf(p.col(), p.row());
        String district = zone > 0 ? ds.get(zone - 1).id() : null;
        // forest maps declare unobserved (0) as NoData, which the sampler returns as NaN
        double v = s.value(p.col(), p.row());
        int cls = Double.isNaN(v) ? LandClass.UNOBSERVED : (int) v;
        if (!Double.isNaN(v) && (cls != v || cls < 0 || cls >= LandClass.COUNT)) {
            throw new RasterException(s.path(), "pixel (col " + p.col() + ", row " + p.row() + ") of plot '"
                    + p.plot().id() + "' has value " + v + ", not a land class (0 unobserved, 1 non-forest, 2 forest,"
                    + " 3 water)");
        }
        if (ds != null && district == null) {
            return new MapPlot(p, cls, null, PlotStatus.OUTSIDE_DISTRICTS);
        }
        PlotStatus status = switch (cls) {
            case LandClass.UNOBSERVED -> PlotStatus.UNOBSERVED;
            case LandClass.WATER -> PlotStatus.WATER;
            default -> PlotStatus.USED;
        };
        return new MapPlot(p, cls, district, status);
    }

    private void write(List<YearQa> years, OutputFolder o) {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("plots", plots.toString());
        settings.put("plots_crs", plotsCrs);
        settings.put("forest_map", maps.forestMap == null ? null : maps.forestMap.toString());
        settings.put("run", maps.run == null ? null : maps.run.toString());
        settings.put("districts", districtOptions.given() ? districtOptions.districts.toString() : null);
        settings.put("id_field", districtOptions.idField);
        settings.put("min_plots", minPlots);
        try {
            Files.writeString(o.dir().resolve("qa.csv"), QaReportWriter.csv(years));
            Files.writeString(o.dir().resolve("qa.json"), QaReportWriter.json(years, settings));
            Files.writeString(o.dir().resolve("qa_plots.csv"), QaReportWriter.plotsCsv(years));
            o.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write QA results to " + out + ": " + e.getMessage(), e);
        }
    }

    static void summary(List<YearQa> years, PrintStream p) {
        for (YearQa y : years) {
            p.printf(Locale.ROOT, "QA %d: %s%n", y.year(), y.map());
            StringBuilder ex = new StringBuilder();
            for (PlotStatus st : PlotStatus.values()) {
                if (st == PlotStatus.USED) {
                    continue;
                }
                List<String> ids = y.city().excludedIds(st);
                if (!ids.isEmpty()) {
                    ex.append(ex.length() == 0 ? "" : "; ").append(ids.size()).append(' ').append(st.text())
                            .append(" (").append(abbreviate(ids)).append(')');
                }
            }
            p.printf(Locale.ROOT, "  plots used %d; not used: %s%n", y.city().plotsUsed(),
                    ex.length() == 0 ? "none" : ex);
            AreaQa c = y.city();
            p.printf(Locale.ROOT, "  error matrix of %s (%s):%n", c.area(), QaReportWriter.ORIENTATION);
            p.printf(Locale.ROOT, "    %-16s %12s %16s%n", "", "ref forest", "ref non-forest");
            p.printf(Locale.ROOT, "    %-16s %12d %16d%n", "map forest", c.matrix().count(0, 0), c.matrix().count(0, 1));
            p.printf(Locale.ROOT, "    %-16s %12d %16d%n", "map non-forest", c.matrix().count(1, 0), c.matrix().count(1, 1));
            p.printf(Locale.ROOT, "  %-12s %6s %15s %7s %9s %9s %10s %26s %30s%n", "area", "plots", "overall (CI)",
                    "kappa", "forest UA", "forest PA", "mapped %", "adjusted % (95 % CI)", "adjusted forest ha (95 % CI)");
            for (AreaQa a : y.areas()) {
                if (a.assessment().isEmpty()) {
                    p.printf(Locale.ROOT, "  %-12s %6d  %s%n", a.area(), a.plotsUsed(), a.note());
                    continue;
                }
                AccuracyAssessment e = a.assessment().get();
                var cov = e.forestCoverage(0);
                var fa = e.area(0);
                p.printf(Locale.ROOT, "  %-12s %6d %7.3f+/-%.3f %7.3f %9.3f %9.3f %10.2f %15.2f +/- %-8.2f %18.0f +/- %-9.0f%n",
                        a.area(), a.plotsUsed(), e.overallAccuracy(), e.overallCiHalfWidth(), a.matrix().kappa(),
                        e.classAccuracy(0).usersAccuracy(), e.classAccuracy(0).producersAccuracy(),
                        a.mapped().mappedCoveragePercent(), cov.coveragePercent(), cov.ciHalfWidthPp(),
                        fa.adjustedAreaHa(), fa.ciHalfWidthHa());
            }
            if (!y.belowMinimum().isEmpty()) {
                p.printf(Locale.ROOT, "  districts with fewer than %d plots (not reported): %s%n", y.minPlots(),
                        y.belowMinimum());
            }
        }
    }

    private static String abbreviate(List<String> ids) {
        return ids.size() <= 10 ? String.join(", ", ids)
                : String.join(", ", ids.subList(0, 10)) + ", ... " + (ids.size() - 10) + " more";
    }
}
