package org.forestcoverage.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.forestcoverage.grid.GridSpec;
import org.forestcoverage.io.gdal.Crs;
import org.forestcoverage.qa.PlacedPlot;
import org.forestcoverage.qa.Plot;
import org.forestcoverage.qa.PlotFileException;
import org.forestcoverage.qa.PlotLocations;
import org.forestcoverage.qa.PlotPlacement;
import org.forestcoverage.qa.PlotReader;

/**
 * What the QA commands share: reading a plot file and placing its plots on a raster (transformed with GDAL OSR into
 * the raster's CRS) and the year of a {@code forest_YEAR.tif} / {@code ndvi_YEAR.tif} name. Errors name the plot file
 * and line ({@link PlotFileException}). A plot's district is its pixel's, by the zoner (one rule with the areas).
 */
final class PlotInputs {

    private static final Pattern YEAR = Pattern.compile("(?:forest|ndvi)_(\\d{4})\\.tiff?$");

    private PlotInputs() {
    }

    /** The plots of {@code file} (CRS {@code plotsCrs} unless the file states one). */
    static List<Plot> read(Path file, String plotsCrs) {
        return PlotReader.read(file, plotsCrs);
    }

    /**
     * Places {@code plots} on {@code grid}: one transformation per distinct plot CRS.
     *
     * @throws PlotFileException naming the first line of a plot whose CRS GDAL does not know, or when every plot
     *                           falls outside the raster (wrong CRS)
     */
    static List<PlacedPlot> place(Path file, List<Plot> plots, GridSpec grid, String rasterPath) {
        List<String> locations = PlotLocations.of(file, plots.size());
        try {
            PlotPlacement.checkLonLatRanges(file.toString(), plots, locations, Crs::isGeographic);
        } catch (IllegalArgumentException unknownCrs) {
            // reported below with the plot's line, by the transformation
        }
        double[] mx = new double[plots.size()];
        double[] my = new double[plots.size()];
        Map<String, List<Integer>> byCrs = new LinkedHashMap<>();
        for (int i = 0; i < plots.size(); i++) {
            byCrs.computeIfAbsent(plots.get(i).crs(), c -> new ArrayList<>()).add(i);
        }
        for (Map.Entry<String, List<Integer>> e : byCrs.entrySet()) {
            List<Integer> idx = e.getValue();
            double[] xs = new double[idx.size()];
            double[] ys = new double[idx.size()];
            for (int k = 0; k < idx.size(); k++) {
                xs[k] = plots.get(idx.get(k)).x();
                ys[k] = plots.get(idx.get(k)).y();
            }
            double[][] t;
            try {
                t = Crs.transform(e.getKey(), grid.crsWkt(), xs, ys);
            } catch (IllegalArgumentException ex) {
                throw new PlotFileException(file.toString(), locations.get(idx.get(0)),
                        "plot '" + plots.get(idx.get(0)).id() + "': " + ex.getMessage());
            }
            for (int k = 0; k < idx.size(); k++) {
                mx[idx.get(k)] = t[0][k];
                my[idx.get(k)] = t[1][k];
            }
        }
        String raster = Path.of(rasterPath).getFileName() + " (" + Crs.label(grid.crsWkt()) + ")";
        return PlotPlacement.place(file.toString(), plots, locations, mx, my, grid, raster);
    }

    /** The year in a name like {@code forest_2020.tif} or {@code ndvi_2020.tif}, if any. */
    static OptionalInt yearOf(Path raster) {
        Matcher m = YEAR.matcher(raster.getFileName().toString());
        return m.find() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
    }

    /** The year of a raster: {@code given} if set, else from its name; refuses a raster without either. */
    static int year(Path raster, Integer given, String option) {
        if (given != null) {
            return given;
        }
        OptionalInt y = yearOf(raster);
        if (y.isEmpty()) {
            throw new IllegalArgumentException(raster + ": no year in the file name (expected *_YEAR.tif); state "
                    + option);
        }
        return y.getAsInt();
    }
}
