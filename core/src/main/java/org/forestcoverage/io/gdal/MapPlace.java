package org.forestcoverage.io.gdal;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.forestcoverage.coverage.CrsUnits;
import org.forestcoverage.grid.GridSpec;
import org.forestcoverage.maps.MapCatalog;

/**
 * Where the maps of a grid lie, as the STAC catalogue states it ({@link MapCatalog.Place}): the CRS's EPSG code and
 * WKT2, the grid's outline in WGS84 longitude/latitude (transformed by PROJ, axis order longitude first), and metres
 * per grid unit. Thread-safe.
 *
 * <pre>{@code
 * MapCatalog.Place place = MapPlace.of(plan.grid());
 * }</pre>
 *
 * <p>The outline is not split at the antimeridian: a grid that crosses it gives a polygon spanning the globe the
 * wrong way (no use of this tool is known there).
 */
public final class MapPlace {
    private MapPlace() {
    }

    /**
     * The place of {@code grid}.
     *
     * @throws IllegalArgumentException when the grid's CRS is unknown or its outline does not transform to WGS84
     */
    public static MapCatalog.Place of(GridSpec grid) {
        double[][] ring = Footprint.outline(grid, "EPSG:4326");
        List<MapCatalog.LonLat> outline = new ArrayList<>();
        for (int i = 0; i < ring[0].length; i++) {
            outline.add(new MapCatalog.LonLat(ring[0][i], ring[1][i]));
        }
        OptionalInt epsg = Crs.epsgCode(grid.crsWkt());
        CrsUnits units = Crs.units(grid.crsWkt());
        return new MapCatalog.Place(grid, epsg.isPresent() ? "EPSG:" + epsg.getAsInt() : null,
                epsg.isPresent() ? epsg.getAsInt() : null, Crs.toWkt2(grid.crsWkt()), outline,
                units.geographic() ? null : units.unitFactor());
    }
}
