package org.forestcoverage.catalog;

import org.forestcoverage.io.gdal.Crs;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateFilter;
import org.locationtech.jts.geom.Geometry;

/**
 * A JTS geometry moved between CRSs vertex by vertex through GDAL's OSR (x/y = longitude/latitude order for geographic
 * CRSs). Vertices only: edges are not densified, which is right for footprints and district outlines whose vertices
 * are metres to a cell apart. Stateless.
 */
final class GeometryCrs {
    private GeometryCrs() {
    }

    /** A copy of {@code g} with every vertex transformed from {@code fromCrs} to {@code toCrs}. */
    static Geometry transform(Geometry g, String fromCrs, String toCrs) {
        Geometry out = g.copy();
        Coordinate[] cs = out.getCoordinates();
        double[] xs = new double[cs.length];
        double[] ys = new double[cs.length];
        for (int i = 0; i < cs.length; i++) {
            xs[i] = cs[i].x;
            ys[i] = cs[i].y;
        }
        double[][] t = Crs.transform(fromCrs, toCrs, xs, ys);
        int[] i = {0};
        out.apply((CoordinateFilter) c -> {
            c.x = t[0][i[0]];
            c.y = t[1][i[0]];
            i[0]++;
        });
        out.geometryChanged();
        return out;
    }
}
