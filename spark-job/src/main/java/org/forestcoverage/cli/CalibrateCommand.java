package org.forestcoverage.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.forestcoverage.coverage.PixelArea;
import org.forestcoverage.definition.CanopyRule;
import org.forestcoverage.io.gdal.Crs;
import org.forestcoverage.io.gdal.RasterSampler;
import org.forestcoverage.qa.DrawnStrata;
import org.forestcoverage.qa.NdviAreaCurve;
import org.forestcoverage.qa.PlotLocations;
import org.forestcoverage.qa.PlotWeighting;
import org.forestcoverage.sensor.SensorPreset;
import org.forestcoverage.qa.CalibrationCriterion;
import org.forestcoverage.qa.CalibrationResult;
import org.forestcoverage.qa.CalibrationWriter;
import org.forestcoverage.qa.NdviPlot;
import org.forestcoverage.qa.PlacedPlot;
import org.forestcoverage.qa.Plot;
import org.forestcoverage.qa.PlotStatus;
import org.forestcoverage.qa.ThresholdCalibration;
import org.forestcoverage.qa.ThresholdRow;
import org.forestcoverage.raster.RasterException;
import org.forestcoverage.output.OutputFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code forest calibrate}: sweeps the NDVI forest threshold over labelled plots (NDVI read at each plot from an NDVI
 * composite, Float32 with NaN = unobserved) and recommends the threshold that maximises the stated criterion. Prints
 * the table and the recommendation with its reason; writes calibration.csv and calibration.json to {@code --out}.
 */
@Command(name = "calibrate", mixinStandardHelpOptions = true,
        description = "Sweep the NDVI forest threshold against labelled plots and recommend one.")
public final class CalibrateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;
    private boolean unweightedStrata;

    /** The criterion names of the command line. */
    enum Criterion {
        overall(CalibrationCriterion.OVERALL_ACCURACY), balanced(CalibrationCriterion.BALANCED), f1(CalibrationCriterion.F1);

        final CalibrationCriterion criterion;

        Criterion(CalibrationCriterion c) {
            this.criterion = c;
        }
    }

    @Option(names = "--plots", required = true, description = "Survey plots: CSV (id,x,y,label[,year][,crs]) or GeoJSON.")
    Path plots;
    @Option(names = "--plots-crs", description = "CRS of the plots when the file states none (e.g. EPSG:4326).")
    String plotsCrs;
    @Option(names = "--ndvi", required = true, description = "NDVI composite (ndvi_YEAR.tif, NaN = unobserved).")
    Path ndvi;
    @Option(names = "--year", description = "Year of --ndvi (default: from its name ndvi_YEAR.tif; else plots of any year are used).")
    Integer year;
    @Option(names = "--design", description = "The design.json of forest sample (or its folder): weigh the plots by"
            + " the strata they were drawn from (each plot's stratum column).")
    Path design;
    @Option(names = "--sensor", defaultValue = CanopyRule.ANY_SENSOR, description = "The sensor the NDVI composite comes"
            + " from (a manifest sensor name); the threshold is written for it (default ${DEFAULT-VALUE}: every sensor).")
    String sensor;
    @Option(names = "--from", defaultValue = "0.00", description = "First threshold (default ${DEFAULT-VALUE}).")
    BigDecimal from;
    @Option(names = "--to", defaultValue = "0.95", description = "Last threshold (default ${DEFAULT-VALUE}).")
    BigDecimal to;
    @Option(names = "--step", defaultValue = "0.01", description = "Threshold step (default ${DEFAULT-VALUE}).")
    BigDecimal step;
    @Option(names = "--criterion", defaultValue = "overall", description = "What to maximise: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
    Criterion criterion;
    @Option(names = "--out", required = true, description = "Output folder: new, empty, or an earlier output with --overwrite.")
    Path out;
    @Option(names = "--overwrite", description = "Replace an earlier output of forest in --out (never a folder with other files).")
    boolean overwrite;

    @Override
    public Integer call() {
        if (!CanopyRule.ANY_SENSOR.equals(sensor) && !SensorPreset.knownIds().contains(sensor)) {
            throw new IllegalArgumentException("--sensor " + sensor + " is not one of " + CanopyRule.ANY_SENSOR + ", "
                    + String.join(", ", SensorPreset.knownIds()));
        }
        Map<String, List<String>> excluded = new LinkedHashMap<>();
        List<String> inputs = new ArrayList<>(List.of(plots.toString(), ndvi.toString()));
        if (design != null) {
            inputs.add(design.toString());
        }
        CalibrationResult r;
        try (OutputFolder o = OutputFolder.create(out, "calibrate", overwrite, inputs)) {
            r = calibrate(o, excluded);
            print(r, excluded);
        }
        r.warnings().forEach(w -> spec.commandLine().getErr().println("forest: warning: " + w));
        if (unweightedStrata) {
            spec.commandLine().getErr().println("forest: warning: the plots name the strata they were drawn from but"
                    + " no --design was given: they are weighted equally, as a simple random sample, so the accuracies"
                    + " describe the plots, not the map; give --design (the design.json of forest sample)");
        }
        return 0;
    }

    /** Sweeps the thresholds, writes the result into {@code o} and commits it; {@code excluded} gets the plots left out. */
    private CalibrationResult calibrate(OutputFolder o, Map<String, List<String>> excluded) {
        Integer y = year != null ? year : PlotInputs.yearOf(ndvi).isPresent() ? PlotInputs.yearOf(ndvi).getAsInt() : null;
        List<Plot> all = PlotInputs.read(plots, plotsCrs);
        PlotWeighting weighting = PlotWeighting.of(all, design == null ? null : DrawnStrata.read(design),
                plots.toString(), PlotLocations.of(plots, all.size()));
        unweightedStrata = !weighting.weighted() && all.stream().anyMatch(p -> p.design().hasStratum());
        List<NdviPlot> sampled = new ArrayList<>();
        NdviAreaCurve curve;
        excluded.put(PlotStatus.OUTSIDE_RASTER.text(), new ArrayList<>());
        excluded.put(PlotStatus.OTHER_YEAR.text(), new ArrayList<>());
        try (RasterSampler s = RasterSampler.open(ndvi.toString())) {
            List<PlacedPlot> placed = PlotInputs.place(plots, all, s.grid(), ndvi.toString());
            for (PlacedPlot p : placed) {
                if (!p.inside()) {
                    excluded.get(PlotStatus.OUTSIDE_RASTER.text()).add(p.plot().id());
                } else if (y != null && p.plot().year().isPresent() && p.plot().year().getAsInt() != y) {
                    excluded.get(PlotStatus.OTHER_YEAR.text()).add(p.plot().id());
                } else {
                    double v = s.value(p.col(), p.row());
                    if (!Double.isNaN(v) && !(v >= -1 && v <= 1)) {
                        throw new RasterException(ndvi.toString(), "NDVI " + v + " at plot '" + p.plot().id()
                                + "' (col " + p.col() + ", row " + p.row() + ") is outside [-1, 1]: not an NDVI raster?");
                    }
                    sampled.add(new NdviPlot(p.plot().id(), v, p.plot().label(), p.plot().design()));
                }
            }
            double[] thresholds = ThresholdCalibration.thresholds(from, to, step).stream()
                    .mapToDouble(BigDecimal::doubleValue).toArray();
            PixelArea area = PixelArea.of(s.grid(), Crs.units(s.grid().crsWkt()));
            curve = new NdviAreaCurve(thresholds, area::rowAreaM2);
            s.scanValues(512, curve::add);
        }
        CalibrationResult r;
        try {
            r = ThresholdCalibration.sweep(sampled, weighting, curve, from, to, step, criterion.criterion);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(plots + " on " + ndvi + ": " + e.getMessage(), e);
        }
        write(r, excluded, y, o);
        return r;
    }

    private void write(CalibrationResult r, Map<String, List<String>> excluded, Integer y, OutputFolder o) {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("plots", plots.toString());
        settings.put("plots_crs", plotsCrs);
        settings.put("ndvi", ndvi.toString());
        settings.put("year", y);
        settings.put("from", from.toPlainString());
        settings.put("to", to.toPlainString());
        settings.put("step", step.toPlainString());
        settings.put("criterion", criterion.name());
        settings.put("design", design == null ? null : design.toString());
        settings.put("sensor", sensor);
        try {
            Files.writeString(o.dir().resolve("calibration.csv"), CalibrationWriter.csv(r));
            Files.writeString(o.dir().resolve("calibration.json"), CalibrationWriter.json(r, sensor, excluded,
                    settings));
            o.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the calibration to " + out + ": " + e.getMessage(), e);
        }
    }

    private void print(CalibrationResult r, Map<String, List<String>> excluded) {
        System.out.printf(Locale.ROOT, "threshold sweep on %s: %d plots observed, %d unobserved%s; %s%n", ndvi,
                r.observedPlots(), r.unobservedPlots(), excludedText(excluded), r.weighting());
        System.out.printf(Locale.ROOT, "  reference coverage (plots, design-based): %.2f %% +/- %.2f pp%n",
                r.referenceCoverage().value(), r.referenceCoverage().ciHalfWidth());
        System.out.printf(Locale.ROOT, "  %9s %17s %9s %9s %7s %9s%n", "threshold", "overall (95 % CI)", "forest UA",
                "forest PA", "F1", "mapped %");
        for (ThresholdRow row : r.rows()) {
            System.out.printf(Locale.ROOT, "  %9s %8.4f+/-%.4f %9.4f %9.4f %7.4f %9.2f%s%n",
                    row.threshold().toPlainString(), row.overallAccuracy(), row.overallCiHalfWidth(),
                    row.forestUsersAccuracy(), row.forestProducersAccuracy(), row.forestF1(),
                    row.mappedCoveragePercent(), row == r.recommended() ? "  <==" : "");
        }
        System.out.println("recommended: " + r.reason());
        System.out.println("calibration file: " + out.resolve("calibration.json") + " (threshold for " + sensor
                + "; use it with forest analyze --calibration)");
    }

    private static String excludedText(Map<String, List<String>> excluded) {
        StringBuilder sb = new StringBuilder();
        excluded.forEach((k, v) -> {
            if (!v.isEmpty()) {
                sb.append("; ").append(v.size()).append(' ').append(k).append(" (").append(String.join(", ", v)).append(')');
            }
        });
        return sb.toString();
    }
}
