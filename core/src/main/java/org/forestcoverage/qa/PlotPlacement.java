package org.forestcoverage.qa;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.forestcoverage.grid.GridSpec;

/**
 * Places plots (already transformed into a raster's CRS) on the raster's pixels, and refuses a plot file none of
 * whose plots falls on the raster: that is almost always a wrong CRS (longitude/latitude labelled as UTM metres, or
 * swapped axes), and it is reported as a {@link PlotFileException} naming the file and the first plot's line.
 *
 * <pre>{@code
 * double[][] xy = Crs.transform(plotCrs, grid.crsWkt(), xs, ys);
 * List<PlacedPlot> placed = PlotPlacement.place("plots.csv", plots, locations, xy[0], xy[1], grid, "forest_2020.tif");
 * }</pre>
 *
 * <p>Pixel (col, row) holds (x, y) when {@code col = floor(grid.col(x))} and {@code row = floor(grid.row(y))}: left
 * and top pixel edges inclusive, the raster's right and bottom edges exclusive. Stateless and thread-safe.
 */
public final class PlotPlacement {

    private PlotPlacement() {
    }

    /**
     * Refuses plots whose CRS is geographic ({@code geographic} says, e.g. GDAL's OSR) but whose coordinates lie
     * outside the longitude/latitude range: almost always projected metres labelled as longitude/latitude.
     *
     * @param locations each plot's location in the file (see {@link PlotLocations})
     * @throws PlotFileException naming the file and the first such plot's location
     */
    public static void checkLonLatRanges(String file, List<Plot> plots, List<String> locations,
                                         java.util.function.Predicate<String> geographic) {
        java.util.Map<String, Boolean> known = new java.util.HashMap<>();
        for (int i = 0; i < plots.size(); i++) {
            Plot p = plots.get(i);
            if ((Math.abs(p.x()) > 180 || Math.abs(p.y()) > 90) && known.computeIfAbsent(p.crs(), geographic::test)) {
                throw new PlotFileException(file, locations.get(i), "coordinates (" + p.x() + ", " + p.y() + ") are"
                        + " outside the longitude/latitude range of " + p.crs() + "; is the CRS wrong (projected metres?)");
            }
        }
    }

    /**
     * @param file      the plot file, for errors
     * @param plots     the plots, in file order
     * @param locations each plot's location in the file (see {@link PlotLocations})
     * @param mapX      each plot's x in the raster CRS, NaN when it could not be transformed
     * @param mapY      each plot's y in the raster CRS, NaN when it could not be transformed
     * @param raster    the raster's name and CRS for errors, e.g. {@code forest_2020.tif (EPSG:32650)}
     * @throws PlotFileException when there are no plots, or when every plot falls outside the raster
     */
    public static List<PlacedPlot> place(String file, List<Plot> plots, List<String> locations, double[] mapX,
                                         double[] mapY, GridSpec grid, String raster) {
        if (plots.isEmpty()) {
            throw new PlotFileException(file, "", "has no plots");
        }
        if (locations.size() != plots.size() || mapX.length != plots.size() || mapY.length != plots.size()) {
            throw new IllegalArgumentException(plots.size() + " plots but " + locations.size() + " locations and "
                    + mapX.length + "/" + mapY.length + " coordinates");
        }
        List<PlacedPlot> out = new ArrayList<>(plots.size());
        int inside = 0;
        for (int i = 0; i < plots.size(); i++) {
            int col = -1;
            int row = -1;
            if (Double.isFinite(mapX[i]) && Double.isFinite(mapY[i])) {
                double c = Math.floor(grid.col(mapX[i]));
                double r = Math.floor(grid.row(mapY[i]));
                if (c >= 0 && c < grid.width() && r >= 0 && r < grid.height()) {
                    col = (int) c;
                    row = (int) r;
                    inside++;
                }
            }
            out.add(new PlacedPlot(plots.get(i), locations.get(i), mapX[i], mapY[i], col, row));
        }
        if (inside == 0) {
            Plot p = plots.get(0);
            throw new PlotFileException(file, locations.get(0), String.format(Locale.ROOT,
                    "none of the %d plots lies on %s (x %.6g..%.6g, y %.6g..%.6g); plot '%s' at (%s, %s) in %s is at"
                            + " (%s, %s) in the raster's CRS: is the plots' CRS wrong?",
                    plots.size(), raster, grid.minX(), grid.maxX(), grid.minY(), grid.maxY(), p.id(), p.x(), p.y(),
                    p.crs(), mapX[0], mapY[0]));
        }
        return List.copyOf(out);
    }
}
