package org.forestcoverage.io.gdal;

import java.awt.Color;
import java.util.List;
import java.util.Vector;
import org.forestcoverage.maps.ClassStyle;
import org.forestcoverage.raster.RasterException;
import org.gdal.gdal.Band;
import org.gdal.gdal.ColorTable;
import org.gdal.gdal.gdal;
import org.gdal.gdalconst.gdalconstConstants;

/**
 * Declares what a class map's band means, so that GDAL tools and GIS viewers show it without set-up: NoData, a
 * palette colour table (one entry per class; the NoData class transparent), category names and a description
 * listing the codes. Applied to the mosaic's VRT band before it is translated to the output file, so the GeoTIFF
 * stores colour table and NoData in its own tags (the file stays a valid cloud-optimized GeoTIFF) and GDAL keeps
 * the category names in the {@code .aux.xml} beside it. Stateless.
 *
 * <pre>{@code
 * ClassMapBand.style(vrt.GetRasterBand(1), ForestLegend.classes(), ForestLegend.NODATA, "land class", path);
 * }</pre>
 */
final class ClassMapBand {
    private ClassMapBand() {
    }

    /**
     * @param classes classes in code order 0 .. n - 1 (category names are indexed by code)
     * @param nodata  the code declared as NoData
     * @param what    a short name of the band's content for its description
     * @param path    the output file, for errors
     */
    static void style(Band band, List<ClassStyle> classes, int nodata, String what, String path) {
        Vector<String> names = new Vector<>();
        ColorTable table = new ColorTable(gdalconstConstants.GPI_RGB);
        StringBuilder description = new StringBuilder(what).append(':');
        for (int i = 0; i < classes.size(); i++) {
            ClassStyle c = classes.get(i);
            if (c.code() != i) {
                throw new IllegalArgumentException("class codes must be 0.." + (classes.size() - 1) + " in order, got "
                        + c.code() + " at " + i);
            }
            names.add(c.name());
            // the NoData class is transparent: viewers that ignore NoData still show nothing there
            table.SetColorEntry(i, new Color(c.red(), c.green(), c.blue(), i == nodata ? 0 : 255));
            description.append(' ').append(i).append(' ').append(c.name()).append(i == nodata ? " (NoData)" : "")
                    .append(i + 1 < classes.size() ? "," : "");
        }
        check(band.SetNoDataValue(nodata), path, "NoData");
        check(band.SetRasterColorTable(table), path, "colour table");
        check(band.SetRasterColorInterpretation(gdalconstConstants.GCI_PaletteIndex), path, "palette interpretation");
        check(band.SetRasterCategoryNames(names), path, "category names");
        band.SetDescription(description.toString());
        table.delete();
    }

    private static void check(int err, String path, String what) {
        if (err != gdalconstConstants.CE_None) {
            throw new RasterException(path, "cannot set the map's " + what + ": " + gdal.GetLastErrorMsg());
        }
    }
}
