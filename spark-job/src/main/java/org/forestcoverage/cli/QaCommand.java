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
import org.forestcoverage.qa.ClusterCheck;
import org.forestcoverage.qa.DrawnStrata;
import org.forestcoverage.qa.PanelAssessment;
import org.forestcoverage.qa.PanelQa;
import org.forestcoverage.qa.PanelWriter;
import org.forestcoverage.qa.PlotLocations;
import org.forestcoverage.qa.PlotSite;
import org.forestcoverage.qa.PlotWeighting;
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
import org.forestcoverage.survey.CoverageChange;
import org.forestcoverage.survey.YearCoverage;
import org.forestcoverage.output.OutputFolder;
import org.forestcoverage.sums.DistrictTally;
import org.forestcoverage.zones.District;
import org.forestcoverage.zones.WholeGridZoner;
import org.forestcoverage.zones.ZoneMode;
import org.forestcoverage.zones.Zoner;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

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

    @Spec
    CommandSpec spec;
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
    @Option(names = "--design", description = "The design.json of forest sample (or its folder): estimate with the"
            + " strata the plots were drawn from (each plot's stratum column), not the map's classes (Stehman 2014).")
    Path design;
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
        if (design != null) {
            inputs.add(design.toString());
        }
        List<YearQa> years = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        PanelQa panel;
        PlotWeighting weighting;
        try (OutputFolder o = OutputFolder.create(out, "qa", overwrite, inputs)) {
            List<Plot> all = PlotInputs.read(plots, plotsCrs);
            weighting = PlotWeighting.of(all, design == null ? null : DrawnStrata.read(design), plots.toString(),
                    PlotLocations.of(plots, all.size()));
            for (Map.Entry<Integer, Path> e : yearMaps.entrySet()) {
                YearQa y = assessYear(e.getKey(), e.getValue(), all, weighting);
                years.add(y);
                if (!weighting.clustered()) {
                    ClusterCheck.warning(y.plots().stream().filter(p -> p.status() == PlotStatus.USED).toList(),
                            y.year()).ifPresent(warnings::add);
                }
            }
            Map.Entry<Integer, Path> first = yearMaps.entrySet().iterator().next();
            panel = panel(all, first.getValue(), weighting, years.get(0));
            write(years, panel, warnings, weighting, o);
        }
        warnings.forEach(w -> spec.commandLine().getErr().println("forest: warning: " + w));
        summary(years, System.out);
        if (panel != null) {
            panelSummary(panel, System.out);
        }
        return 0;
    }

    /**
     * The panel estimates when an id is labelled in two or more years: strata from the design file, inclusion
     * probabilities, or the classes of the first map; districts as the first map's assessment placed the plots.
     */
    private PanelQa panel(List<Plot> all, Path firstMap, PlotWeighting weighting, YearQa firstYear) {
        Map<String, PlotSite> sites = new LinkedHashMap<>();
        try (RasterSampler s = RasterSampler.open(firstMap.toString())) {
            GridSpec grid = s.grid();
            List<PlacedPlot> placed = PlotInputs.place(plots, all, grid, firstMap.toString());
            List<District> ds = districtOptions.read(grid.crsWkt());
            // the same zoning as each year's assessment
            Zoner zoner = ds.isEmpty() ? new WholeGridZoner(grid) : ZoneMode.parse(zones).zoner(grid, ds);
            for (PlacedPlot p : placed) {
                if (sites.containsKey(p.plot().id())) {
                    continue;
                }
                if (!p.inside()) {
                    sites.put(p.plot().id(), new PlotSite(p.plot().id(), false, null, -1));
                    continue;
                }
                int zone = ds.isEmpty() ? 0 : zoner.districtOf(p.col(), p.row());
                String district = zone > 0 ? ds.get(zone - 1).id() : null;
                double v = s.value(p.col(), p.row());
                int cls = Double.isNaN(v) ? LandClass.UNOBSERVED : (int) v;
                sites.put(p.plot().id(), new PlotSite(p.plot().id(), true, district, cls));
            }
            List<String> ids = ds.stream().map(District::id).toList();
            return PanelAssessment.assess(all, sites, ids, weighting, firstYear.city().mapped(),
                    firstMap.getFileName().toString(), minPlots).orElse(null);
        }
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

    private YearQa assessYear(int y, Path map, List<Plot> all, PlotWeighting weighting) {
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
            return SurveyAssessment.assess(y, map.toString(), mapPlots, city, perDistrict, minPlots, weighting);
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

    private void write(List<YearQa> years, PanelQa panel, List<String> warnings, PlotWeighting weighting,
                       OutputFolder o) {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("plots", plots.toString());
        settings.put("plots_crs", plotsCrs);
        settings.put("forest_map", maps.forestMap == null ? null : maps.forestMap.toString());
        settings.put("run", maps.run == null ? null : maps.run.toString());
        settings.put("districts", districtOptions.given() ? districtOptions.districts.toString() : null);
        settings.put("id_field", districtOptions.idField);
        settings.put("min_plots", minPlots);
        settings.put("design", design == null ? null : design.toString());
        try {
            Files.writeString(o.dir().resolve("qa.csv"), QaReportWriter.csv(years));
            Files.writeString(o.dir().resolve("qa.json"), QaReportWriter.json(years, settings, panel, warnings,
                    weighting));
            Files.writeString(o.dir().resolve("qa_plots.csv"), QaReportWriter.plotsCsv(years));
            if (panel != null) {
                Files.writeString(o.dir().resolve("panel.csv"), PanelWriter.panelCsv(panel));
                Files.writeString(o.dir().resolve("change.csv"), PanelWriter.changeCsv(panel));
            }
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

    static void panelSummary(PanelQa panel, PrintStream p) {
        p.printf(Locale.ROOT, "panel: %d plots re-measured in %s; %s%n", panel.plots(), panel.years(), panel.weighting());
        p.printf(Locale.ROOT, "  %-12s %6s %26s%n", "area", "year", "coverage % (95 % CI)");
        for (YearCoverage c : panel.result().coverages()) {
            p.printf(Locale.ROOT, "  %-12s %6d %12.2f (%.2f .. %.2f)%n", c.domain(), c.year(), c.coverage().value(),
                    c.coverage().ciLow(), c.coverage().ciHigh());
        }
        p.printf(Locale.ROOT, "  %-12s %9s %30s %9s %19s%n", "area", "years", "change pp (95 % CI)", "SE pp",
                "SE if independent");
        for (CoverageChange c : panel.result().changes()) {
            p.printf(Locale.ROOT, "  %-12s %4d-%4d %+8.2f (%+6.2f .. %+6.2f) %-1s %9.2f %19.2f%n", c.domain(),
                    c.fromYear(), c.toYear(), c.change().value(), c.change().ciLow(), c.change().ciHigh(),
                    c.significant() ? "*" : "", c.change().se(), c.seIfIndependentPp());
        }
        p.println("  * the 95 % interval of the change excludes 0");
        if (!panel.result().notEstimated().isEmpty()) {
            p.printf(Locale.ROOT, "  not estimated: %s%n", abbreviate(panel.result().notEstimated()));
        }
    }

    private static String abbreviate(List<String> ids) {
        return ids.size() <= 10 ? String.join(", ", ids)
                : String.join(", ", ids.subList(0, 10)) + ", ... " + (ids.size() - 10) + " more";
    }
}
