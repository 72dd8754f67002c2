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
import org.forestcoverage.io.gdal.RasterSampler;
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
import picocli.CommandLine.Option;

/**
 * {@code forest calibrate}: sweeps the NDVI forest threshold over labelled plots (NDVI read at each plot from an NDVI
 * composite, Float32 with NaN = unobserved) and recommends the threshold that maximises the stated criterion. Prints
 * the table and the recommendation with its reason; writes calibration.csv and calibration.json to {@code --out}.
 */
@Command(name = "calibrate", mixinStandardHelpOptions = true,
        description = "Sweep the NDVI forest threshold against labelled plots and recommend one.")
public final class CalibrateCommand implements Callable<Integer> {

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
    @Option(names = "--from", defaultValue = "0.3", description = "First threshold (default ${DEFAULT-VALUE}).")
    BigDecimal from;
    @Option(names = "--to", defaultValue = "0.85", description = "Last threshold (default ${DEFAULT-VALUE}).")
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
        Map<String, List<String>> excluded = new LinkedHashMap<>();
        try (OutputFolder o = OutputFolder.create(out, "calibrate", overwrite, List.of(plots.toString(), ndvi.toString()))) {
            CalibrationResult r = calibrate(o, excluded);
            print(r, excluded);
        }
        return 0;
    }

    /** Sweeps the thresholds, writes the result into {@code o} and commits it; {@code excluded} gets the plots left out. */
    private CalibrationResult calibrate(OutputFolder o, Map<String, List<String>> excluded) {
        Integer y = year != null ? year : PlotInputs.yearOf(ndvi).isPresent() ? PlotInputs.yearOf(ndvi).getAsInt() : null;
        List<Plot> all = PlotInputs.read(plots, plotsCrs);
        List<NdviPlot> sampled = new ArrayList<>();
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
                    sampled.add(new NdviPlot(p.plot().id(), v, p.plot().label()));
                }
            }
        }
        CalibrationResult r;
        try {
            r = ThresholdCalibration.sweep(sampled, from, to, step, criterion.criterion);
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
        try {
            Files.writeString(o.dir().resolve("calibration.csv"), CalibrationWriter.csv(r));
            Files.writeString(o.dir().resolve("calibration.json"), CalibrationWriter.json(r, excluded, settings));
            o.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the calibration to " + out + ": " + e.getMessage(), e);
        }
    }

    private void print(CalibrationResult r, Map<String, List<String>> excluded) {
        System.out.printf(Locale.ROOT, "threshold sweep on %s: %d plots observed, %d unobserved%s%n", ndvi,
                r.observedPlots(), r.unobservedPlots(), excludedText(excluded));
        System.out.printf(Locale.ROOT, "  %9s %8s %9s %9s %7s %9s %9s%n", "threshold", "overall", "forest UA",
                "forest PA", "F1", "mapped %", "ref %");
        for (ThresholdRow row : r.rows()) {
            System.out.printf(Locale.ROOT, "  %9s %8.4f %9.4f %9.4f %7.4f %9.2f %9.2f%s%n", row.threshold().toPlainString(),
                    row.overallAccuracy(), row.forestUsersAccuracy(), row.forestProducersAccuracy(), row.forestF1(),
                    row.mappedCoveragePercent(), row.referenceCoveragePercent(), row == r.recommended() ? "  <==" : "");
        }
        System.out.println("recommended: " + r.reason());
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
